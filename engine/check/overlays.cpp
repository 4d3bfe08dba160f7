// Overlays: a rule set that extends another inherits its entries, may add new
// ids, replace one with `override: true`, remove some, and change parameters.
// A statute rule can be neither removed nor replaced by a weaker kind: a local
// policy may never suppress a statutory entitlement.
#include <algorithm>
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "check/checker.hpp"
#include "core/suggest.hpp"

namespace apdr::check {
namespace {

template <typename Syntax>
auto find_merged(std::vector<Merged<Syntax>>& merged, const std::string& id) {
  return std::find_if(merged.begin(), merged.end(),
                      [&](const Merged<Syntax>& m) { return m.syntax->id.value == id; });
}

template <typename Syntax>
std::vector<std::string> merged_ids(const std::vector<Merged<Syntax>>& merged) {
  std::vector<std::string> ids;
  for (const auto& m : merged) ids.push_back(m.syntax->id.value);
  return ids;
}

std::string at(const SourceLocation& where) {
  return fmt::format("{}:{}:{}", where.file, where.line, where.column);
}

std::optional<Kind> kind_of(const syntax::Rule& rule) {
  if (!rule.kind) return std::nullopt;
  return parse_kind(rule.kind->value);
}

}  // namespace

template <typename Syntax>
void Checker::merge_entries(std::vector<Merged<Syntax>>& merged, const std::vector<Syntax>& entries,
                            std::size_t set, const char* what) {
  // Where each id already sits, so a rule set of 10,000 rules is merged in
  // linear time rather than searching the catalogue once per entry.
  std::unordered_map<std::string_view, std::size_t> position;
  for (std::size_t i = 0; i < merged.size(); ++i) position.emplace(merged[i].syntax->id.value, i);
  auto append = [&](const Syntax& entry) {
    position.emplace(entry.id.value, merged.size());
    merged.push_back({&entry, set});
  };
  for (const auto& entry : entries) {
    if (entry.id.value.empty() && !entry.id.where.known()) {
      append(entry);  // a rule without `id` (reported by the loader) is still checked
      continue;
    }
    auto found = position.find(entry.id.value);
    auto existing = found == position.end() ? merged.end() : merged.begin() + static_cast<std::ptrdiff_t>(found->second);
    if (existing != merged.end() && existing->set == set) continue;  // a duplicate the loader reported
    if (entry.override_) {
      if (existing == merged.end()) {
        diag_.error(Code::OverrideWithoutBase, entry.id.where,
                    fmt::format("{} `{}` has `override: true`, but no rule set it extends has a {} with that id",
                                what, entry.id.value, what),
                    did_you_mean(entry.id.value, merged_ids(merged)));
        append(entry);
        continue;
      }
      if constexpr (std::is_same_v<Syntax, syntax::Rule>) {
        auto old_kind = kind_of(*existing->syntax);
        auto new_kind = kind_of(entry);
        if (old_kind == Kind::statute && new_kind && *new_kind != Kind::statute) {
          diag_.error(Code::StatuteProtected, entry.id.where,
                      fmt::format("rule `{}` is statute in `{}`; a {} rule may not override it",
                                  entry.id.value, model_.chain.sets[existing->set].id.value,
                                  kind_id(*new_kind)),
                      {fmt::format("the statutory rule is at {}", at(existing->syntax->id.where)),
                       "a local policy may add to a statutory entitlement, never replace or weaken it"});
        }
      }
      existing->syntax = &entry;  // keeps its place in the catalogue order
      existing->set = set;
      continue;
    }
    if (existing != merged.end()) {
      diag_.error(Code::RedefinedWithoutOverride, entry.id.where,
                  fmt::format("{} `{}` is already defined in `{}`; add `override: true` to replace it, or choose a new id",
                              what, entry.id.value, model_.chain.sets[existing->set].id.value),
                  {fmt::format("first defined at {}", at(existing->syntax->id.where))});
      continue;
    }
    append(entry);
  }
}

// Runs before the rule set's own entries are merged, so everything it can
// find to remove is inherited.
void Checker::apply_removals(const syntax::RuleSet& set) {
  auto remove_from = [&](auto& merged, const std::vector<syntax::Scalar>& ids, const char* what) {
    for (const auto& id : ids) {
      auto existing = find_merged(merged, id.value);
      if (existing == merged.end()) {
        diag_.error(Code::UnknownReference, id.where,
                    fmt::format("cannot remove {} `{}`: no rule set it extends defines it", what, id.value),
                    did_you_mean(id.value, merged_ids(merged)));
        continue;
      }
      using Syntax = std::remove_cv_t<std::remove_pointer_t<decltype(existing->syntax)>>;
      if constexpr (std::is_same_v<Syntax, syntax::Rule>) {
        if (kind_of(*existing->syntax) == Kind::statute) {
          diag_.error(Code::StatuteProtected, id.where,
                      fmt::format("rule `{}` is statute and may not be removed", id.value),
                      {fmt::format("the statutory rule is at {}", at(existing->syntax->id.where)),
                       "a local policy may add to a statutory entitlement, never remove it"});
          continue;
        }
      }
      merged.erase(existing);
    }
  };
  remove_from(rules_, set.remove.rules, "rule");
  remove_from(provision_, set.remove.provision, "provision item");
  remove_from(steps_, set.remove.steps, "step");
  remove_from(information_, set.remove.information, "information item");
}

void Checker::merge_chain() {
  for (std::size_t index = 0; index < model_.chain.sets.size(); ++index) {
    const syntax::RuleSet& set = model_.chain.sets[index];
    model_.chain_ids.push_back(set.id.value);

    for (const auto& source : set.sources) {
      // Sources are bibliography, not rules: a later rule set may restate one.
      auto existing = std::find_if(sources_.begin(), sources_.end(),
                                   [&](const auto& m) { return m.syntax->id.value == source.id.value; });
      if (existing != sources_.end()) *existing = {&source, index};
      else sources_.push_back({&source, index});
    }

    for (const auto& parameter : set.parameters) {
      auto existing = std::find_if(parameters_.begin(), parameters_.end(), [&](const auto& m) {
        return m.syntax->name.value == parameter.name.value;
      });
      if (existing == parameters_.end()) {
        parameters_.push_back({&parameter, index});
      } else if (existing->set == index) {
        continue;  // reported by the loader as a duplicate key
      } else {
        overridden_parameters_.push_back({existing->syntax, &parameter});
        *existing = {&parameter, index};
      }
    }

    auto add_named = [&](auto& merged, const auto& entries, const char* what) {
      for (const auto& entry : entries) {
        auto existing = std::find_if(merged.begin(), merged.end(), [&](const auto& m) {
          return m.syntax->name.value == entry.name.value;
        });
        if (existing != merged.end()) {
          if (existing->set != index) {
            diag_.error(Code::RedefinedWithoutOverride, entry.name.where,
                        fmt::format("{} `{}` is already declared in `{}`; {}s cannot be redefined by an overlay",
                                    what, entry.name.value, model_.chain.sets[existing->set].id.value, what),
                        {fmt::format("first declared at {}", at(existing->syntax->name.where))});
          }
          continue;
        }
        merged.push_back({&entry, index});
      }
    };
    add_named(inputs_, set.inputs, "input");
    add_named(derived_, set.derive, "derived value");

    apply_removals(set);
    merge_entries(provision_, set.provision, index, "provision item");
    merge_entries(steps_, set.steps, index, "step");
    merge_entries(information_, set.information, index, "information item");
    merge_entries(rules_, set.rules, index, "rule");
  }
  const syntax::RuleSet& last = model_.chain.sets.back();
  model_.id = last.id.value;
  model_.title = last.title ? last.title->value : last.id.value;
  if (last.status) model_.status = last.status->value;
}

}  // namespace apdr::check
