#include "profile/profile_reader.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <span>

#include <unordered_set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/suggest.hpp"
#include "profile/history_dates.hpp"
#include "profile/input_values.hpp"
#include "profile/profile_keys.hpp"
#include "profile/profile_values.hpp"
#include "profile/text_values.hpp"

namespace apdr::profile {
namespace {

using Kind = yaml::Node::Kind;

std::string position(const SourceLocation& where) { return fmt::format("{}:{}", where.line, where.column); }

// Walks one document, collecting diagnostics; a member per part of the schema.
class Reader {
 public:
  Reader(const Schema& schema, Diagnostics& diagnostics) : schema_(schema), out_(diagnostics) {}

  void read(const yaml::Node& root, Profile& profile) {
    if (root.kind != Kind::mapping) {
      out_.error(Code::WrongShape, root.where,
                 fmt::format("a profile should be a mapping of keys (id, pupil, needs, …), not {}",
                             shape_name(root)));
      return;
    }
    const yaml::Node* as_of_node = nullptr;
    const yaml::Node* birth_node = nullptr;
    for_each_entry(root, "the profile", profile_keys::top, [&](const std::string& key, const yaml::Node& value) {
      if (key == "apdr-profile") read_version(value);
      else if (key == "id") read_id(value, profile.id);
      else if (key == "as_of") { profile.as_of = date(value); as_of_node = &value; }
      else if (key == "pupil") birth_node = read_pupil(value, profile.pupil);
      else if (key == "needs") read_needs(value, profile.needs);
      else if (key == "cycles") read_cycles(value, profile.cycles);
      else if (key == "in_place") read_in_place(value, profile.in_place);
      else if (key == "ehc") read_ehc(value, profile.ehc);
      else if (key == "inputs") read_inputs(value, profile.inputs);
    });
    if (as_of_node && birth_node && profile.as_of && profile.pupil.date_of_birth &&
        *profile.pupil.date_of_birth > *profile.as_of) {
      out_.error(Code::ProfileBadDate, birth_node->where,
                 fmt::format("date_of_birth {} is after the profile's as_of date",
                             profile.pupil.date_of_birth->iso()));
    }
    // What has happened cannot be after the day the profile describes; an
    // agreed review date may be, since it is a plan.
    if (as_of_node && profile.as_of) check_history_dates(profile, *profile.as_of, "the profile's as_of date", out_);
  }

 private:
  // Calls `handle` for each entry whose key is one of `allowed`; reports keys
  // that are not single values or not allowed.
  template <typename Handler>
  void for_each_entry(const yaml::Node& mapping, std::string_view what, const std::vector<std::string>& allowed,
                      Handler handle) {
    for (const auto& [key, value] : mapping.entries) {
      if (key->kind != Kind::scalar) {
        out_.error(Code::WrongShape, key->where,
                   fmt::format("a key in {} should be a single word, not {}", what, shape_name(*key)));
        continue;
      }
      if (std::find(allowed.begin(), allowed.end(), key->text) == allowed.end()) {
        out_.error(Code::UnknownKey, key->where,
                   fmt::format("`{}` is not a key of {}", quoted_value(key->text), what),
                   suggest_among(key->text, allowed));
        continue;
      }
      handle(key->text, *value);
    }
  }

  // A mapping, or nullptr for null (absent) or after reporting another shape.
  const yaml::Node* mapping(const yaml::Node& value, std::string_view what) {
    if (value.kind == Kind::null) return nullptr;
    if (value.kind != Kind::mapping) {
      out_.error(Code::WrongShape, value.where,
                 fmt::format("`{}` should be a mapping, not {}", what, shape_name(value)));
      return nullptr;
    }
    return &value;
  }

  const yaml::Node* sequence(const yaml::Node& value, std::string_view what) {
    if (value.kind == Kind::null) return nullptr;
    if (value.kind != Kind::sequence) {
      out_.error(Code::WrongShape, value.where,
                 fmt::format("`{}` should be a list, not {}", what, shape_name(value)));
      return nullptr;
    }
    return &value;
  }

  // The scalar's text; nullopt for null (unknown) or after reporting a shape error.
  std::optional<std::string> scalar(const yaml::Node& value, std::string_view what) {
    if (value.kind == Kind::null) return std::nullopt;
    if (value.kind != Kind::scalar) {
      out_.error(Code::WrongShape, value.where,
                 fmt::format("`{}` should be a single value, not {}", what, shape_name(value)));
      return std::nullopt;
    }
    return value.text;
  }

  std::optional<Date> date(const yaml::Node& value) {
    auto text = scalar(value, "date");
    if (!text) return std::nullopt;
    auto parsed = parse_profile_date(*text);
    if (auto* reason = std::get_if<std::string>(&parsed)) {
      out_.error(Code::ProfileBadDate, value.where, *reason);
      return std::nullopt;
    }
    return std::get<Date>(parsed);
  }

  template <typename E, std::size_t N>
  std::optional<E> enumeration(const yaml::Node& value, std::string_view what,
                               const std::array<EnumValue<E>, N>& allowed) {
    auto text = scalar(value, what);
    if (!text) return std::nullopt;
    if (auto found = enum_value(*text, allowed)) return found;
    std::vector<std::string> ids = ids_of(allowed);
    out_.error(Code::ProfileBadEnum, value.where,
               fmt::format("`{}` is not a valid {}: expected one of {}", quoted_value(*text), what,
                           fmt::join(ids, ", ")),
               suggest_among(*text, ids));
    return std::nullopt;
  }

  // A list of free ids (advice_from, awaiting_assessment, in_place).
  std::vector<std::string> id_list(const yaml::Node& value, std::string_view what) {
    std::vector<std::string> ids;
    const yaml::Node* list = sequence(value, what);
    if (!list) return ids;
    // The ids so far, so that a list of 100,000 is de-duplicated in linear
    // time. The views point into the tree's nodes, which outlive this call.
    std::unordered_set<std::string_view> seen;
    seen.reserve(list->items.size());
    for (const auto& item : list->items) {
      if (item->kind != Kind::scalar || item->text.empty()) {
        out_.error(Code::WrongShape, item->where,
                   fmt::format("each item of `{}` should be an id, not {}", what,
                               item->kind == Kind::scalar ? "an empty text" : shape_name(*item)));
        continue;
      }
      // A repeated id says nothing more; keep the first.
      if (seen.insert(item->text).second) ids.push_back(item->text);
    }
    return ids;
  }

  std::optional<Area> area(const yaml::Node& value) {
    auto text = scalar(value, "area");
    if (!text) {
      if (value.kind == Kind::null) out_.error(Code::MissingKey, value.where, "`area` needs an area id");
      return std::nullopt;
    }
    if (auto found = parse_area(*text)) return found;
    auto ids = area_ids();
    out_.error(Code::ProfileUnknownArea, value.where,
               fmt::format("`{}` is not an area: expected one of {}", quoted_value(*text), fmt::join(ids, ", ")),
               suggest_among(*text, ids));
    return std::nullopt;
  }

  std::optional<std::string> level(const yaml::Node& value) {
    auto text = scalar(value, "level");
    if (!text) return std::nullopt;
    if (auto found = schema_level(*text, schema_)) return found;
    auto notes = suggest_among(*text, schema_.level_ids);
    std::string levels = fmt::format("the levels are {}", fmt::join(schema_.level_ids, ", "));
    if (!schema_.census_levels.empty()) {
      std::vector<std::string> codes;
      for (const auto& [code, level_id] : schema_.census_levels) codes.push_back(fmt::format("{} ({})", code, level_id));
      levels += fmt::format("; the census codes {}", fmt::join(codes, ", "));
    }
    notes.push_back(std::move(levels));
    out_.error(Code::ProfileUnknownLevel, value.where,
               fmt::format("`{}` is not a level of this rule set's ladder", quoted_value(*text)),
               std::move(notes));
    return std::nullopt;
  }

  void read_version(const yaml::Node& value) {
    auto text = scalar(value, "apdr-profile");
    if (text && *text == "1") return;
    if (value.kind == Kind::scalar || value.kind == Kind::null) {
      out_.error(Code::UnsupportedVersion, value.where,
                 fmt::format("`apdr-profile` is `{}`, but this engine reads version 1",
                             quoted_value(text.value_or(""))));
    }
  }

  void read_id(const yaml::Node& value, std::string& id) {
    auto text = scalar(value, "id");
    if (!text) {
      if (value.kind == Kind::null) out_.error(Code::InvalidValue, value.where, "`id` is empty");
      return;
    }
    if (IdProblem problem = id_problem(*text); problem != IdProblem::none) {
      out_.error(Code::InvalidValue, value.where,
                 problem == IdProblem::blank ? "`id` is empty"
                                             : "`id` holds a control character (a line break or tab)");
      return;
    }
    id = *text;
  }

  // Returns the date_of_birth node, for the later check against as_of.
  const yaml::Node* read_pupil(const yaml::Node& value, Pupil& pupil) {
    const yaml::Node* map = mapping(value, "pupil");
    if (!map) return nullptr;
    const yaml::Node* birth = nullptr;
    for_each_entry(*map, "pupil", profile_keys::pupil, [&](const std::string& key, const yaml::Node& field) {
      if (key == "date_of_birth") { pupil.date_of_birth = date(field); birth = &field; }
      else if (key == "year_group") pupil.year_group = year_group(field);
      else if (key == "phase") pupil.phase = enumeration(field, "phase", phases);
      else if (key == "setting") pupil.setting = enumeration(field, "setting", settings);
    });
    return birth;
  }

  std::optional<long long> year_group(const yaml::Node& value) {
    auto text = scalar(value, "year_group");
    if (!text) return std::nullopt;
    if (auto number = year_group_value(*text)) return number;
    if (integer_too_long(*text)) {
      out_.error(Code::InvalidValue, value.where,
                 too_many_digits_message(*text) + "; a year group is a whole number from -1 (nursery) to 14");
      return std::nullopt;
    }
    out_.error(Code::InvalidValue, value.where,
               fmt::format("`{}` is not a year group: expected a whole number from -1 (nursery) to 14; "
                           "reception is 0",
                           quoted_value(*text)));
    return std::nullopt;
  }

  void read_needs(const yaml::Node& value, std::vector<Need>& needs) {
    const yaml::Node* list = sequence(value, "needs");
    if (!list) return;
    std::map<Area, SourceLocation> first_need;
    for (const auto& item : list->items) {
      if (item->kind == Kind::null) {
        out_.error(Code::WrongShape, item->where, "a need should be a mapping, not nothing");
        continue;
      }
      const yaml::Node* map = mapping(*item, "each need");
      if (!map) continue;
      Need need;
      need.where = map->where;
      bool has_area = false;
      std::optional<Area> need_area;
      const yaml::Node* area_node = nullptr;
      const yaml::Node* codes_node = nullptr;
      for_each_entry(*map, "a need", profile_keys::need, [&](const std::string& key, const yaml::Node& field) {
        if (key == "area") { has_area = true; need_area = area(field); area_node = &field; }
        else if (key == "level") need.level = level(field);
        else if (key == "codes") codes_node = &field;
        else if (key == "awaiting_assessment") need.awaiting_assessment = id_list(field, "awaiting_assessment");
      });
      if (!has_area) out_.error(Code::MissingKey, map->where, "a need must give its `area`");
      if (codes_node) need.codes = codes(*codes_node, need_area);
      if (!need_area) continue;
      need.area = *need_area;
      auto [earlier, inserted] = first_need.emplace(*need_area, area_node->where);
      if (!inserted) {
        out_.error(Code::DuplicateId, area_node->where,
                   fmt::format("a second need for {}: give each area once, with its codes together",
                               area_id(*need_area)),
                   {fmt::format("first given at {}", position(earlier->second))});
        continue;
      }
      needs.push_back(std::move(need));
    }
  }

  // Census codes, each known and of the need's area (OTH and NSA fit any).
  std::vector<std::string> codes(const yaml::Node& value, std::optional<Area> need_area) {
    std::vector<std::string> result;
    const yaml::Node* list = sequence(value, "codes");
    if (!list) return result;
    std::vector<std::string> known;
    for (const auto& code : census_codes()) known.emplace_back(code.code);
    for (const auto& item : list->items) {
      auto text = scalar(*item, "codes");
      if (!text) {
        if (item->kind == Kind::null) out_.error(Code::WrongShape, item->where, "an empty census code");
        continue;
      }
      const CensusCode* code = find_census_code(*text);
      if (!code) {
        out_.error(Code::ProfileBadEnum, item->where,
                   fmt::format("`{}` is not a census SEN type code: expected one of {}", quoted_value(*text),
                               fmt::join(known, ", ")),
                   suggest_among(*text, known));
        continue;
      }
      if (!code_fits_area(*code, need_area)) {
        out_.error(Code::ProfileBadEnum, item->where,
                   fmt::format("{} is a {} code, not {}", code->code, area_id(*code->area), area_id(*need_area)),
                   {fmt::format("give it under a need with area: {}", area_id(*code->area))});
        continue;
      }
      if (std::find(result.begin(), result.end(), *text) == result.end()) result.push_back(*text);
    }
    return result;
  }

  void read_cycles(const yaml::Node& value, std::vector<Cycle>& cycles) {
    const yaml::Node* list = sequence(value, "cycles");
    if (!list) return;
    for (const auto& item : list->items) {
      if (item->kind == Kind::null) {
        out_.error(Code::WrongShape, item->where, "a cycle should be a mapping, not nothing");
        continue;
      }
      const yaml::Node* map = mapping(*item, "each cycle");
      if (!map) continue;
      Cycle cycle;
      cycle.where = map->where;
      bool has_area = false;
      bool area_ok = false;
      const yaml::Node* reviewed_node = nullptr;
      const yaml::Node* due_node = nullptr;
      for_each_entry(*map, "a cycle", profile_keys::cycle, [&](const std::string& key, const yaml::Node& field) {
        if (key == "area") {
          has_area = true;
          if (auto found = area(field)) { cycle.area = *found; area_ok = true; }
        }
        else if (key == "level") cycle.level = level(field);
        else if (key == "started") cycle.started = date(field);
        else if (key == "reviewed") { cycle.reviewed = date(field); reviewed_node = &field; }
        else if (key == "review_due") { cycle.review_due = date(field); due_node = &field; }
        else if (key == "outcome") cycle.outcome = enumeration(field, "outcome", outcomes);
        else if (key == "advice_from") cycle.advice_from = id_list(field, "advice_from");
      });
      if (!has_area) out_.error(Code::MissingKey, map->where, "a cycle must give its `area`");
      if (cycle.started && cycle.reviewed && *cycle.reviewed < *cycle.started) {
        out_.error(Code::ProfileBadDate, reviewed_node->where,
                   fmt::format("reviewed {} is before this cycle's started date", cycle.reviewed->iso()));
      }
      if (cycle.started && cycle.review_due && *cycle.review_due < *cycle.started) {
        out_.error(Code::ProfileBadDate, due_node->where,
                   fmt::format("review_due {} is before this cycle's started date", cycle.review_due->iso()));
      }
      if (area_ok) cycles.push_back(std::move(cycle));
    }
    sort_cycles(cycles);
  }

  void read_in_place(const yaml::Node& value, std::optional<std::vector<std::string>>& in_place) {
    // `in_place:` with no value (or `~`) records nothing, like leaving it out.
    if (value.kind == Kind::null) return;
    in_place = id_list(value, "in_place");
    if (schema_.provision_ids.empty()) return;
    const yaml::Node* list = value.kind == Kind::sequence ? &value : nullptr;
    if (!list) return;
    const auto& known = schema_.provision_ids;
    std::unordered_set<std::string_view> known_ids(known.begin(), known.end());
    std::unordered_set<std::string_view> warned;
    std::size_t unknown = 0;
    const yaml::Node* last_unknown = nullptr;
    for (const auto& item : list->items) {
      if (item->kind != Kind::scalar || item->text.empty()) continue;
      if (known_ids.count(item->text) || !warned.insert(item->text).second) continue;
      // A school may record provision the rule set does not list: keep it,
      // but say so, since a typo would otherwise show a gap that is not one.
      // Each id once, and the first few only: the rest are counted.
      if (++unknown <= max_unknown_provision_warnings) {
        out_.warning(Code::ProfileUnknownProvision, item->where,
                     fmt::format("`{}` is not a provision item of this rule set", quoted_value(item->text)),
                     suggest_among(item->text, known));
      } else {
        last_unknown = item.get();
      }
    }
    if (unknown > max_unknown_provision_warnings && last_unknown != nullptr) {
      out_.warning(Code::ProfileUnknownProvision, last_unknown->where,
                   fmt::format("and {} more ids in `in_place` are not provision items of this rule set (the "
                               "first {} are shown)",
                               unknown - max_unknown_provision_warnings, max_unknown_provision_warnings));
    }
  }

  // How many unknown `in_place` ids are named one by one.
  static constexpr std::size_t max_unknown_provision_warnings = 10;

  void read_ehc(const yaml::Node& value, Ehc& ehc) {
    const yaml::Node* map = mapping(value, "ehc");
    if (!map) return;
    for_each_entry(*map, "ehc", profile_keys::ehc, [&](const std::string& key, const yaml::Node& field) {
      if (key == "requested") ehc.requested = date(field);
      else if (key == "requested_by") ehc.requested_by = enumeration(field, "requested_by", requesters);
      else if (key == "decided") ehc.decided = date(field);
      else if (key == "decision") ehc.decision = enumeration(field, "decision", decisions);
      else if (key == "draft_issued") ehc.draft_issued = date(field);
      else if (key == "plan_issued") ehc.plan_issued = date(field);
      else if (key == "last_review") ehc.last_review = date(field);
      else if (key == "review_notice") ehc.review_notice = date(field);
      else if (key == "review_outcome") ehc.review_outcome = enumeration(field, "review_outcome", review_outcomes);
      else if (key == "amendment_notice") ehc.amendment_notice = date(field);
      else if (key == "amended") ehc.amended = date(field);
      else if (key == "mediation_certificate") ehc.mediation_certificate = date(field);
    });
  }

  void read_inputs(const yaml::Node& value, std::map<std::string, InputValue>& inputs) {
    const yaml::Node* map = mapping(value, "inputs");
    if (!map) return;
    std::vector<std::string> declared;
    for (const auto& [name, spec] : schema_.inputs) declared.push_back(name);
    for (const auto& [key, field] : map->entries) {
      if (key->kind != Kind::scalar) {
        out_.error(Code::WrongShape, key->where,
                   fmt::format("an input name should be a single word, not {}", shape_name(*key)));
        continue;
      }
      auto spec = schema_.inputs.find(key->text);
      if (spec == schema_.inputs.end()) {
        std::vector<std::string> notes = suggest_among(key->text, declared);
        // Inputs belong to a toolkit: a profile written for one and
        // evaluated without it names inputs the national rules never ask.
        if (notes.empty()) {
          notes.push_back(declared.empty() ? "this rule set declares no inputs: is the profile meant for a "
                                             "local toolkit (--rules FILE)?"
                                           : fmt::format("the inputs it declares are {}", fmt::join(declared, ", ")));
        }
        out_.error(Code::ProfileBadInput, key->where,
                   fmt::format("`{}` is not an input this rule set declares", quoted_value(key->text)), notes);
        continue;
      }
      if (auto parsed = read_input_value(*field, key->text, spec->second, out_)) {
        inputs.emplace(key->text, std::move(*parsed));
      }
    }
  }

  const Schema& schema_;
  Diagnostics& out_;
};

bool same_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

std::vector<std::string> suggest_among(std::string_view wrong, std::span<const std::string> candidates) {
  for (const auto& candidate : candidates) {
    if (same_ignoring_case(wrong, candidate)) return {fmt::format("did you mean `{}`?", candidate)};
  }
  return did_you_mean(wrong, candidates);
}

std::optional<Profile> profile_from_tree(const yaml::Node& root, const std::string& default_id,
                                         const std::string& file, const Schema& schema,
                                         Diagnostics& diagnostics) {
  Diagnostics found;
  Profile profile;
  profile.id = default_id;
  profile.file = file;
  Reader(schema, found).read(root, profile);
  bool failed = found.has_errors();
  diagnostics.append(found);
  if (failed) return std::nullopt;
  return profile;
}

}  // namespace apdr::profile
