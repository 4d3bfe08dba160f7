#include "schema_places.hpp"

#include "core/area.hpp"
#include "load/rule_file_keys.hpp"
#include "profile/profile_keys.hpp"
#include "ruletest/test_file_keys.hpp"

namespace apdr::schema_test {

using Pointer = nlohmann::ordered_json::json_pointer;
namespace rule_file = load::rule_file;

std::vector<Place> rule_file_places() {
  const std::string head = "apdr: 1\nid: t\n";
  std::vector<std::string> areas;
  for (Area area : all_areas) areas.emplace_back(area_id(area));
  return {
      {"main file", Pointer(""), rule_file::main_file.allowed, {}, "{MAP}\n"},
      {"source", Pointer("/$defs/source"), rule_file::source.allowed, rule_file::source.required,
       head + "sources:\n  s: {MAP}\n"},
      {"level", Pointer("/$defs/level"), rule_file::level.allowed, rule_file::level.required,
       head + "levels:\n  - {MAP}\n"},
      {"input", Pointer("/$defs/input"), rule_file::input.allowed, rule_file::input.required,
       head + "inputs:\n  i: {MAP}\n"},
      {"provision", Pointer("/$defs/provision"), rule_file::provision.allowed, rule_file::provision.required,
       head + "provision:\n  p: {MAP}\n"},
      {"step", Pointer("/$defs/step"), rule_file::step.allowed, rule_file::step.required,
       head + "steps:\n  s: {MAP}\n"},
      {"information", Pointer("/$defs/information"), rule_file::information.allowed,
       rule_file::information.required, head + "information:\n  i: {MAP}\n"},
      {"rule", Pointer("/$defs/rule"), rule_file::rule.allowed, rule_file::rule.required,
       head + "rules:\n  - {MAP}\n"},
      {"then", Pointer("/$defs/action"), rule_file::action.allowed, rule_file::action.required,
       head + "rules:\n  - {id: r, then: {MAP}}\n"},
      {"escalation", Pointer("/$defs/escalation"), rule_file::escalation.allowed, rule_file::escalation.required,
       head + "rules:\n  - {id: r, then: {escalate: [{MAP}]}}\n"},
      {"remove", Pointer("/properties/remove"), rule_file::removal.allowed, rule_file::removal.required,
       head + "remove: {MAP}\n"},
      {"effective", Pointer("/$defs/effective"), rule_file::window.allowed, rule_file::window.required,
       head + "effective: {MAP}\n"},
      // The loader takes any key here; the checker refuses one that is not an area.
      {"then.level", Pointer("/$defs/action/properties/level"), areas, {}, ""},
  };
}

std::vector<Place> profile_places() {
  namespace keys = profile::profile_keys;
  return {
      {"profile", Pointer(""), keys::top, {}, "{MAP}\n"},
      {"pupil", Pointer("/$defs/pupil"), keys::pupil, {}, "pupil: {MAP}\n"},
      {"need", Pointer("/$defs/need"), keys::need, {"area"}, "needs: [{MAP}]\n"},
      {"cycle", Pointer("/$defs/cycle"), keys::cycle, {"area"}, "cycles: [{MAP}]\n"},
      {"ehc", Pointer("/$defs/ehc"), keys::ehc, {}, "ehc: {MAP}\n"},
  };
}

std::vector<Place> test_file_places() {
  namespace keys = ruletest::test_file_keys;
  const std::string head = "apdr-test: 1\nrules: apdr:national\ncases:\n";
  const std::string a_case = head + "  - {name: x, profile: p.yaml, ";
  std::vector<std::string> levels;
  for (Area area : all_areas) levels.emplace_back(area_id(area));
  levels.push_back("only");
  return {
      {"test file", Pointer(""), keys::file.allowed, keys::file.required, "{MAP}\n"},
      {"case", Pointer("/$defs/case"), keys::test_case.allowed, keys::test_case.required, head + "  - {MAP}\n"},
      {"levels", Pointer("/$defs/levels"), levels, {}, ""},  // areas are E060, not E003
      {"escalation", Pointer("/$defs/escalation/anyOf/1"), keys::escalation.allowed, keys::escalation.required,
       a_case + "escalate: [{MAP}]}\n"},
      {"deadline", Pointer("/$defs/deadline"), keys::deadline.allowed, keys::deadline.required,
       a_case + "escalate: [{step: s, deadlines: [{MAP}]}]}\n"},
      {"list with only", Pointer("/$defs/exact-ids/anyOf/1"), keys::exact_list.allowed, keys::exact_list.required,
       a_case + "provide: {MAP}}\n"},
      {"steps with only", Pointer("/$defs/escalations/anyOf/1"), keys::exact_list.allowed,
       keys::exact_list.required, a_case + "escalate: {MAP}}\n"},
      {"undetermined entry", Pointer("/$defs/undetermined-entry/anyOf/1"), keys::undetermined.allowed,
       keys::undetermined.required, a_case + "undetermined: [{MAP}]}\n"},
  };
}

std::vector<std::string> property_names(const nlohmann::ordered_json& object) {
  std::vector<std::string> names;
  for (const auto& [key, value] : object.at("properties").items()) names.push_back(key);
  return names;
}

std::string flow_mapping(const std::vector<std::string>& keys) {
  std::string out;
  for (const auto& key : keys) out += (out.empty() ? "" : ", ") + key + ": null";
  return out;
}

}  // namespace apdr::schema_test
