// The JSON Schema of a profile. Keys and closed sets come from the profile
// reader's own lists (profile/profile_keys.hpp); what lives here is what each
// key means and the shape of its value. Every value may be null, because
// the reader takes null (`as_of:`, `"as_of": null`) as unknown.
#include <apdr/schema.hpp>

#include "core/area.hpp"
#include "profile/profile_keys.hpp"
#include "schema/schema_parts.hpp"

namespace apdr {
namespace {

using schema::Json;
using schema::KeySchemas;
using profile::ids_of;
namespace keys = profile::profile_keys;

std::vector<std::string> area_words() {
  std::vector<std::string> words;
  for (Area area : all_areas) words.emplace_back(area_id(area));
  return words;
}

std::vector<std::string> census_words() {
  std::vector<std::string> words;
  for (const auto& code : census_codes()) words.emplace_back(code.code);
  return words;
}

// Null is unknown; in a list, null is an empty list.
Json maybe(Json value) { return schema::or_null(std::move(value)); }

// A list of free ids, each a non-empty single value.
Json id_list() {
  return maybe(schema::list_of({{"type", {"string", "number", "boolean"}}, {"minLength", 1}}));
}

Json definitions() {
  using namespace schema;
  Json defs = Json::object();
  // A key's own description stays beside the reference (`started`, `as_of`),
  // and an editor shows that one on hover, not this.
  defs["date"] = {{"description", "A date written YYYY-MM-DD, e.g. 2026-09-01."},
                  {"type", "string"},
                  {"format", "date"},
                  {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};
  defs["area"] = {{"description", "One of the four areas of need of the SEND Code of Practice."},
                  {"enum", area_words()}};
  defs["level"] = {{"description",
                    "A level id of the rule set's ladder (local or national), e.g. `sen_support`, or a census SEN "
                    "provision code the root ladder declares (N, K, E under apdr:national)."},
                   {"type", {"string", "null"}}};
  defs["pupil"] = closed_object(
      "Facts about the pupil; leave out whatever is not known.", keys::pupil, {},
      {{"date_of_birth", {"The pupil's date of birth (YYYY-MM-DD), not after `as_of`.", maybe(date())}},
       {"year_group",
        {"The school year: a whole number from -1 (nursery) to 14; reception is 0.",
         {{"anyOf",
           {{{"type", "integer"}, {"minimum", -1}, {"maximum", 14}},
            {{"type", "string"}, {"pattern", "^-?[0-9]+$"}},
            {{"type", "null"}}}}}}},
       {"phase", {"The phase of education.", maybe(word_from(ids_of(profile::phases)))}},
       {"setting", {"The kind of setting the pupil attends.", maybe(word_from(ids_of(profile::settings)))}}});
  defs["need"] = closed_object(
      "One area of need; give each area at most once.", keys::need, std::vector<std::string>{"area"},
      {{"area", {"The area of need (required).", ref("area")}},
       {"codes",
        {"School census SEN type codes for this need, upper case (OTH and NSA fit any area).",
         maybe(list_of(word_from(census_words())))}},
       {"level", {"The level the pupil is at in this area; absent means the ladder's lowest.", ref("level")}},
       {"awaiting_assessment",
        {"Specialist assessments the pupil is waiting for (free ids, e.g. `autism`).", id_list()}}});
  defs["cycle"] = closed_object(
      "One assess, plan, do, review cycle.", keys::cycle, std::vector<std::string>{"area"},
      {{"area", {"The area of need the cycle is for (required).", ref("area")}},
       {"level", {"The level the cycle ran at.", ref("level")}},
       {"started", {"When the cycle started (YYYY-MM-DD).", maybe(date())}},
       {"reviewed", {"When the cycle was reviewed (YYYY-MM-DD), not before `started`.", maybe(date())}},
       {"outcome", {"What the review found.", maybe(word_from(ids_of(profile::outcomes)))}},
       {"review_due",
        {"The review date agreed with the parents for a running cycle (YYYY-MM-DD); without it the rule set's "
         "review interval gives an estimate.",
         maybe(date())}},
       {"advice_from",
        {"Specialists whose advice the cycle drew on (free ids, e.g. `ep`).", id_list()}}});
  KeySchemas ehc_dates;
  const std::map<std::string, std::string> date_meaning = {
      {"requested", "When the EHC needs assessment was requested"},
      {"decided", "When the local authority decided whether to assess"},
      {"draft_issued", "When the draft EHC plan was issued"},
      {"plan_issued", "When the final EHC plan was issued"},
      {"last_review", "When the last annual review meeting of the plan was held"},
      {"review_notice", "When the local authority sent its notice of what it decided after that review"},
      {"amendment_notice", "When the local authority sent the proposed amendments to the plan"},
      {"amended", "When the amended plan was issued"},
      {"mediation_certificate", "When a mediation certificate was issued"}};
  for (const auto& [key, meaning] : date_meaning) ehc_dates[key] = {meaning + " (YYYY-MM-DD).", maybe(date())};
  ehc_dates["requested_by"] = {"Who asked for the assessment.", maybe(word_from(ids_of(profile::requesters)))};
  ehc_dates["decision"] = {"Whether the local authority agreed to assess.",
                           maybe(word_from(ids_of(profile::decisions)))};
  ehc_dates["review_outcome"] = {"What the local authority decided after the last review.",
                                 maybe(word_from(ids_of(profile::review_outcomes)))};
  defs["ehc"] = closed_object("The EHC needs assessment and plan, as far as they have gone.", keys::ehc, {},
                              ehc_dates);
  // What an editor calls each definition, instead of its internal name.
  const std::vector<std::pair<std::string, std::string>> titles = {
      {"date", "Date (YYYY-MM-DD)"},
      {"area", "Area of need"},
      {"level", "Level"},
      {"pupil", "Pupil {date_of_birth, year_group, phase, setting}"},
      {"need", "Need {area, level, codes, …}"},
      {"cycle", "Cycle {area, started, reviewed, outcome, …}"},
      {"ehc", "EHC assessment and plan {requested, decided, …}"}};
  for (const auto& [name, title] : titles) defs[name] = titled(title, "", defs.at(name));
  return defs;
}

}  // namespace

Json profile_json_schema() {
  using namespace schema;
  Json document = closed_object(
      "One pupil's needs and history, for apdr (docs/profiles.md). Use a pseudonym: no names are needed.",
      keys::top, {},
      {{"apdr-profile", {"The profile format version: 1 if given.", {{"enum", {1, "1"}}}}},
       {"id",
        {"A pseudonym for the pupil; by default the file name without its extension.",
         maybe({{"type", {"string", "number"}}, {"minLength", 1}})}},
       {"as_of", {"The date to evaluate on (YYYY-MM-DD); absent means today.", maybe(date())}},
       {"pupil", {"Facts about the pupil.", maybe(ref("pupil"))}},
       {"needs", {"The pupil's areas of need, at most one per area.", maybe(list_of(ref("need")))}},
       {"cycles", {"The history of assess, plan, do, review cycles.", maybe(list_of(ref("cycle")))}},
       {"in_place", {"Ids of the provision already in place.", id_list()}},
       {"ehc", {"The EHC needs assessment and plan, if one was asked for.", maybe(ref("ehc"))}},
       {"inputs",
        {"Values of the extra facts the rule set declares under `inputs`, keyed by name.",
         maybe({{"type", "object"},
                {"additionalProperties",
                 {{"type", {"string", "number", "boolean", "array", "null"}},
                  {"items", {{"type", {"string", "number", "boolean"}}}}}}})}}});
  Json schema = {{"$schema", "https://json-schema.org/draft/2020-12/schema"},
                 {"$id", "urn:apdr:schema:profile:1"},
                 {"title", "apdr profile"}};
  schema.update(document);
  schema["$defs"] = definitions();
  return schema;
}

}  // namespace apdr
