// Converts the merged catalogue into model entries, resolving every id an
// entry names (areas, levels, sources, provision, steps, information) and
// reporting each one that does not exist, with the nearest real one.
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "check/checker.hpp"
#include "core/suggest.hpp"

namespace apdr::check {
namespace {

std::string text_of(const std::optional<syntax::Scalar>& scalar) { return scalar ? scalar->value : std::string(); }

// Each entry's id to its index, the first of an id winning as a scan in
// order would. A rule set of 10,000 rules names about as many items and
// steps, and a scan of the catalogue for each made checking it quadratic.
using IdIndex = std::unordered_map<std::string_view, int>;

template <typename Entries>
IdIndex index_of_ids(const Entries& entries) {
  IdIndex index;
  index.reserve(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) index.emplace(entries[i].id, static_cast<int>(i));
  return index;
}

int find_id(const IdIndex& index, std::string_view id) {
  auto found = index.find(id);
  return found == index.end() ? -1 : found->second;
}

std::vector<std::string> area_choices(bool with_all) {
  std::vector<std::string> choices;
  for (Area area : all_areas) choices.emplace_back(area_id(area));
  if (with_all) choices.emplace_back("all");
  return choices;
}

}  // namespace

Window Checker::window_of(const std::optional<syntax::Window>& window, std::size_t set) {
  Window own;
  if (window) own = {window->from, window->to};
  Window result = own.within(model_.set_windows[set].second);
  if (window && result.from && result.to && *result.to < *result.from) {
    const Window& outer = model_.set_windows[set].second;
    diag_.warning(Code::NeverInForce, window->where,
                  fmt::format("this window lies outside the window of rule set `{}` ({} to {}), so the entry can never take part",
                              model_.set_windows[set].first, outer.from ? outer.from->iso() : "the start",
                              outer.to ? outer.to->iso() : "the end"));
  }
  return result;
}

std::string Checker::checked_source(const std::optional<syntax::Scalar>& source) {
  if (!source) return {};
  const std::string& text = source->value;
  std::string id = text.substr(0, text.find('#'));
  for (const auto& merged : sources_) {
    if (merged.syntax->id.value == id) return text;
  }
  std::vector<std::string> ids;
  for (const auto& merged : sources_) ids.push_back(merged.syntax->id.value);
  auto notes = did_you_mean(id, ids);
  notes.push_back("declare it under `sources:` (title, published, url), then cite it as `id#section`");
  diag_.error(Code::UnknownReference, source->where, fmt::format("source `{}` is not declared", id), notes);
  return text;
}

EntryInfo Checker::entry_info(const syntax::EntryCommon& common, std::size_t set) {
  EntryInfo info;
  info.id = common.id.value;
  info.title = text_of(common.title);
  info.plain = text_of(common.plain);
  info.source = checked_source(common.source);
  if (common.kind) {
    info.kind = parse_kind(common.kind->value);  // an invalid kind was reported by the loader
  }
  info.window = window_of(common.effective, set);
  info.defined_in = model_.chain.sets[set].id.value;
  return info;
}

void Checker::convert_entries() {
  for (const auto& merged : sources_) {
    const auto& s = *merged.syntax;
    model_.sources.push_back({s.id.value, s.title.value, text_of(s.published), text_of(s.url), text_of(s.section_url),
                              text_of(s.section_name)});
  }

  for (const auto& merged : provision_) {
    const syntax::Provision& p = *merged.syntax;
    Provision item;
    static_cast<EntryInfo&>(item) = entry_info(p, merged.set);
    item.syntax = &p;
    item.when = p.when ? &*p.when : nullptr;
    if (p.area && p.area->value != "all") {
      item.area = parse_area(p.area->value);
      if (!item.area) {
        diag_.error(Code::UnknownReference, p.area->where, fmt::format("`{}` is not an area of need", p.area->value),
                    did_you_mean(p.area->value, area_choices(true)));
      }
    }
    if (p.level) resolve_level_name(*p.level, item.level, item.level_is_root);
    model_.provision.push_back(std::move(item));
  }

  for (const auto& merged : steps_) {
    Step step;
    static_cast<EntryInfo&>(step) = entry_info(*merged.syntax, merged.set);
    step.syntax = merged.syntax;
    for (const auto& who : merged.syntax->who) step.who.push_back(who.value);
    model_.steps.push_back(std::move(step));
  }

  for (const auto& merged : information_) {
    Information info;
    static_cast<EntryInfo&>(info) = entry_info(*merged.syntax, merged.set);
    info.syntax = merged.syntax;
    info.text = text_of(merged.syntax->text);
    model_.information.push_back(std::move(info));
  }

  std::vector<std::string> provision_ids, step_ids, information_ids;
  for (const auto& p : model_.provision) provision_ids.push_back(p.id);
  for (const auto& s : model_.steps) step_ids.push_back(s.id);
  for (const auto& i : model_.information) information_ids.push_back(i.id);
  const IdIndex provision_index = index_of_ids(model_.provision);
  const IdIndex step_index = index_of_ids(model_.steps);
  const IdIndex information_index = index_of_ids(model_.information);

  auto reference = [&](const syntax::Scalar& id, int found, const std::vector<std::string>& ids, const char* what) {
    if (found < 0) {
      diag_.error(Code::UnknownReference, id.where, fmt::format("no {} has the id `{}`", what, id.value),
                  did_you_mean(id.value, ids));
    }
    return found;
  };

  for (const auto& merged : rules_) {
    const syntax::Rule& r = *merged.syntax;
    Rule rule;
    rule.id = r.id.value;
    rule.syntax = &r;
    rule.title = text_of(r.title);
    rule.because = text_of(r.because);
    rule.plain = text_of(r.plain);
    rule.source = checked_source(r.source);
    rule.window = window_of(r.effective, merged.set);
    rule.defined_in = model_.chain.sets[merged.set].id.value;
    rule.when = r.when ? &*r.when : nullptr;
    if (!r.kind) {
      diag_.error(Code::MissingKind, r.id.where.known() ? r.id.where : r.where,
                  fmt::format("rule `{}` has no `kind`: say what it rests on (statute, guidance or local-policy)", r.id.value),
                  {"every output carries the kind, so a family can tell law from local practice"});
    } else if (auto kind = parse_kind(r.kind->value)) {
      rule.kind = *kind;
    }  // an invalid kind was reported by the loader
    if (r.area && r.area->value != "all") {
      rule.area = parse_area(r.area->value);
      if (!rule.area) {
        diag_.error(Code::UnknownReference, r.area->where, fmt::format("`{}` is not an area of need", r.area->value),
                    did_you_mean(r.area->value, area_choices(true)));
      }
    }
    for (const auto& action : r.then.levels) {
      auto area = parse_area(action.area.value);
      if (!area) {
        diag_.error(Code::UnknownReference, action.area.where,
                    fmt::format("`{}` is not an area of need", action.area.value),
                    did_you_mean(action.area.value, area_choices(false)));
      }
      int index = 0;
      bool is_root = false;
      if (!resolve_level_name(action.level, index, is_root) || !area) continue;
      if (is_root) {
        int local = model_.ladder.lowest_local_in_root[static_cast<std::size_t>(index)];
        if (local < 0) continue;  // the ladder's gap is reported once, at the ladder
        index = local;
      }
      rule.levels.push_back({*area, index});
    }
    for (const auto& id : r.then.provide) {
      int found = reference(id, find_id(provision_index, id.value), provision_ids, "provision item");
      if (found >= 0) rule.provide.push_back(found);
    }
    for (const auto& escalation : r.then.escalate) {
      if (!escalation.step.where.known()) continue;  // no `step:`, reported by the loader
      int found = reference(escalation.step, find_id(step_index, escalation.step.value), step_ids, "step");
      if (found >= 0) rule.escalate.push_back({found, escalation.due ? &*escalation.due : nullptr});
    }
    for (const auto& id : r.then.inform) {
      int found = reference(id, find_id(information_index, id.value), information_ids, "information item");
      if (found >= 0) rule.inform.push_back(found);
    }
    model_.rules.push_back(std::move(rule));
  }
}

}  // namespace apdr::check
