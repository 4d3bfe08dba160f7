// The JSON Schema of a *.test.yaml file (docs/rule-tests.md). Every
// mapping's keys come from the reader's own lists (ruletest/test_file_keys.hpp);
// what lives here is what each key means and the shape of its value. An
// inline profile is checked against the profile schema itself, copied in
// under `profile` with its definitions renamed `profile-NAME`.
#include <apdr/schema.hpp>

#include "core/area.hpp"
#include "ruletest/test_file_keys.hpp"
#include "schema/schema_parts.hpp"

namespace apdr {
namespace {

using schema::Json;
namespace keys = ruletest::test_file_keys;

// Every `#/$defs/NAME` in `value` becomes `#/$defs/PREFIXNAME`.
void rename_refs(Json& value, const std::string& prefix) {
  if (value.is_object()) {
    for (auto& [key, item] : value.items()) {
      if (key == "$ref" && item.is_string()) {
        std::string target = item.get<std::string>();
        const std::string defs = "#/$defs/";
        if (target.rfind(defs, 0) == 0) item = defs + prefix + target.substr(defs.size());
      } else {
        rename_refs(item, prefix);
      }
    }
  } else if (value.is_array()) {
    for (auto& item : value) rename_refs(item, prefix);
  }
}

Json id() { return {{"type", {"string", "number", "boolean"}}, {"minLength", 1}}; }

// `{ only: true, items: ITEMS }`, beside the plain list.
Json exact(const std::string& what, Json items) {
  using namespace schema;
  return closed_object(
      "The list with `only`: `only: true` says nothing else may be there.", keys::exact_list.allowed,
      keys::exact_list.required,
      {{"only", {"`true`: the result's " + what + " must be exactly `items`, nothing more.", {{"type", "boolean"}}}},
       {"items", {"The list itself (`[]` for none at all).", std::move(items)}}});
}

Json definitions() {
  using namespace schema;
  Json defs = Json::object();
  defs["date"] = titled("Date", "A date written YYYY-MM-DD, e.g. 2026-11-22.",
                        {{"type", "string"}, {"format", "date"}, {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}});
  defs["ids"] = titled("Ids", "One id, or a list of ids, of the rule set under test.", one_or_list_of(id()));
  defs["exact-ids"] = titled(
      "Ids, or the exact set", "A list of ids, or `{ only: true, items: [...] }` for exactly these and no other.",
      {{"anyOf", {ref("ids"), exact("set", ref("ids"))}}});
  KeySchemas by_area;
  std::vector<std::string> areas;
  for (Area area : all_areas) {
    areas.emplace_back(area_id(area));
    by_area[areas.back()] = {"The level this area must be at, or `none`: the area must not be listed.", scalar()};
  }
  by_area["only"] = {"`true`: no area other than those given (and not `none`) may be listed.", {{"type", "boolean"}}};
  defs["levels"] = titled("Levels by area", "",
                          closed_object("Area to the level it must be at (`none`: not listed); `only: true` for "
                                        "exactly these areas.",
                                        areas, {}, by_area));
  defs["deadline"] = titled(
      "Deadline {kind, due}", "",
      closed_object("One deadline the step must have: the date rules of one kind give it.", keys::deadline.allowed,
                    keys::deadline.required,
                    {{"kind", {"The kind of the rules behind the date.", word_from(load::rule_file::kinds)}},
                     {"due", {"The date (YYYY-MM-DD).", ref("date")}}}));
  Json step = closed_object(
      "A step that must be listed, with what must hold of it; a field left out is not checked.",
      keys::escalation.allowed, keys::escalation.required,
      {{"step", {"The step's id.", scalar()}},
       {"due", {"The date it must be due (YYYY-MM-DD).", ref("date")}},
       {"overdue", {"Whether it must be overdue.", {{"type", "boolean"}}}},
       {"kind",
        {"The kind it must rest on: `statute`, `guidance` or `local-policy`.", word_from(load::rule_file::kinds)}},
       {"deadlines", {"Deadlines that must be among the step's, each { kind, due }.", list_of(ref("deadline"))}},
       {"missing", {"The step has no date and lacks exactly these facts.", one_or_list_of(scalar())}},
       {"assumes",
        {"The tunable defaults its date rests on, exactly (`[]` for none).", one_or_list_of(scalar())}}});
  defs["escalation"] = titled("Step {step, due, …}", "A step id, or a mapping {step, due, overdue, kind, …}.",
                              {{"anyOf", {id(), step}}});
  defs["escalations"] = titled(
      "Steps, or the exact set", "A list of steps, or `{ only: true, items: [...] }` for exactly these steps.",
      {{"anyOf", {list_of(ref("escalation")), exact("steps", list_of(ref("escalation")))}}});
  Json entry = closed_object(
      "A rule that must be undetermined, with the facts it must lack.", keys::undetermined.allowed,
      keys::undetermined.required,
      {{"rule", {"The id of the rule (or provision item).", scalar()}},
       {"missing", {"The facts it must lack, as a set: `[attendance]` (`[]` for none).", list_of(scalar())}},
       {"reason",
        {"Why it is undetermined: `missing` (a fact is unknown) or `cannot-compute` (a value such as a division "
         "by zero cannot be worked out).",
         word_from(keys::reasons)}}});
  defs["undetermined-entry"] = titled(
      "Undetermined rule {rule, missing, reason}", "A rule id, or a mapping {rule, missing, reason}.",
      {{"anyOf", {id(), entry}}});
  defs["undetermined"] = titled(
      "Undetermined rules, or the exact set",
      "A rule id, a list of them, or `{ only: true, items: [...] }` for exactly these.",
      {{"anyOf",
        {id(), list_of(ref("undetermined-entry")), exact("undetermined rules", list_of(ref("undetermined-entry")))}}});
  defs["case"] = titled(
      "Case {name, profile, …}", "",
      closed_object(
          "One case: a profile and what must hold of its result. Anything not mentioned is not checked.",
          keys::test_case.allowed, keys::test_case.required,
          {{"name", {"What the case is about; unique in the file.", scalar()}},
           {"source", {"Where the expectation comes from (`sendregs2014#reg5(1)`).", scalar()}},
           {"profile",
            {"The profile: a file relative to this one (inside its folder), or the profile itself as a mapping.",
             {{"anyOf", {{{"type", "string"}, {"minLength", 1}}, ref("profile")}}}}},
           {"as_of", {"The date to evaluate on; overrides the file's and the profile's.", ref("date")}},
           {"levels", {"Area to level, each exactly; `none`: the area must not be listed.", ref("levels")}},
           {"provide", {"Provision items that must be listed.", ref("exact-ids")}},
           {"not_provide", {"Provision items none of which may be listed.", ref("ids")}},
           {"gaps", {"Provision items that must be gaps (listed, known not to be in place).", ref("exact-ids")}},
           {"escalate", {"Steps that must be listed, with their due date, overdue, kind.", ref("escalations")}},
           {"not_escalate", {"Steps none of which may be listed.", ref("ids")}},
           {"inform", {"Information entries that must be given.", ref("exact-ids")}},
           {"not_inform", {"Information entries none of which may be given.", ref("ids")}},
           {"undetermined",
            {"Rules (or provision items) that must be undetermined, with the facts they lack.", ref("undetermined")}},
           {"fires", {"Rules that must have fired.", ref("ids")}},
           {"not_fires", {"Rules none of which may have fired.", ref("ids")}}}));

  // The profile schema, whole, for inline profiles.
  Json profile = profile_json_schema();
  Json profile_defs = profile.at("$defs");
  for (const auto* key : {"$schema", "$id", "$defs"}) profile.erase(key);
  profile = titled("Profile", "", std::move(profile));
  rename_refs(profile, "profile-");
  defs["profile"] = std::move(profile);
  for (auto& [name, definition] : profile_defs.items()) {
    rename_refs(definition, "profile-");
    defs["profile-" + name] = definition;
  }
  return defs;
}

}  // namespace

Json test_file_json_schema() {
  using namespace schema;
  Json document = closed_object(
      "Tests of a rule set (docs/rule-tests.md): cases of a profile and what must hold of its result.",
      keys::file.allowed, keys::file.required,
      {{"apdr-test", {"The test file format version: 1.", {{"enum", {1, "1"}}}}},
       {"rules",
        {"The rule set under test, relative to this file, or apdr:NAME; by default NAME.yaml beside NAME.test.yaml.",
         scalar()}},
       {"as_of", {"The date every case is evaluated on, unless the case gives its own.", ref("date")}},
       {"cases", {"The cases, each a profile and what must hold.", list_of(ref("case"))}}});
  Json schema = {{"$schema", "https://json-schema.org/draft/2020-12/schema"},
                 {"$id", "urn:apdr:schema:tests:1"},
                 {"title", "apdr test file"}};
  schema.update(document);
  schema["$defs"] = definitions();
  return schema;
}

}  // namespace apdr
