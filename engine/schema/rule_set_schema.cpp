// The JSON Schema of a rule file. Every mapping's keys come from the
// loader's own lists (load/rule_file_keys.hpp); what lives here is what each
// key means, in words an editor shows on hover, and the shape of its value.
#include <apdr/schema.hpp>

#include "core/area.hpp"
#include "load/rule_file_keys.hpp"
#include "schema/schema_parts.hpp"

namespace apdr {
namespace {

using schema::Json;
using schema::KeySchemas;
namespace keys = load::rule_file;

std::vector<std::string> area_words(bool with_all) {
  std::vector<std::string> words;
  for (Area area : all_areas) words.emplace_back(area_id(area));
  if (with_all) words.emplace_back("all");
  return words;
}

// The keys every catalogue entry (provision, steps, information) may carry.
KeySchemas entry_common() {
  using namespace schema;
  return {
      {"title", {"A short name for the entry, shown in results.", scalar()}},
      {"plain", {"The same in plain words for a family: short sentences, no unexplained acronyms.", scalar()}},
      {"source",
       {"Where this comes from: a source id, optionally with a locator after `#` (`cop#6.59`).", scalar()}},
      {"kind",
       {"What this rests on: `statute` (an Act or regulation), `guidance` (statutory guidance such as the "
        "Code of Practice) or `local-policy` (the local authority's own expectation).",
        word_from(keys::kinds)}},
      {"effective",
       {"The dates this entry is in force, both ends included; leave an end out for no limit.",
        ref("effective")}},
      {"override",
       {"`true` to replace the entry with the same id in the rule set this one extends.",
        {{"type", "boolean"}}}},
  };
}

KeySchemas with(KeySchemas base, KeySchemas more) {
  for (auto& [key, value] : more) base[key] = std::move(value);
  return base;
}

// Provision, steps and information also take a longer description; rules
// give their reasons in `because` instead.
KeySchemas catalogue_common() {
  return with(entry_common(),
              {{"description", {"A longer explanation, for staff.", schema::scalar()}}});
}

Json definitions() {
  using namespace schema;
  Json defs = Json::object();
  defs["expression"] = {
      {"description",
       "An expression in apdr's language (docs/language.md), such as `level(semh) >= sen_support` or "
       "`latest(cycles(semh)).reviewed + 6 weeks`. Quote it if it holds `: ` or starts with `[`, `{` or `\"`."},
      {"type", {"string", "number", "boolean"}}};
  defs["date"] = {{"description", "A date written YYYY-MM-DD, e.g. 2026-09-01."},
                  {"type", "string"},
                  {"format", "date"},
                  {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};
  defs["effective"] = closed_object(
      "When this is in force: `{ from: DATE, to: DATE }`, both ends included, either may be left out.",
      keys::window.allowed, keys::window.required,
      {{"from", {"The first day in force (YYYY-MM-DD).", date()}},
       {"to", {"The last day in force (YYYY-MM-DD); not before `from`.", date()}}});
  defs["source"] = closed_object(
      "A document rules cite, keyed by the id rules use in `source: ID#locator`.", keys::source.allowed,
      keys::source.required,
      {{"title", {"The document's title.", scalar()}},
       {"published", {"When it was published: a year, a month (2024-09) or a date.", scalar()}},
       {"url", {"Where to read it.", scalar()}},
       {"publisher", {"Who published it.", scalar()}},
       {"note", {"Anything a reader should know about this source.", scalar()}},
       {"section_url",
        {"The address of one section of the source: an https URL with `{n}` where the section number goes "
         "(`https://www.legislation.gov.uk/ukpga/2014/6/section/{n}`). A citation `ID#s36(8)` links to "
         "section 36.",
         {{"type", "string"}, {"pattern", "^https://[^ \"<>\\\\`]*\\{n\\}[^ \"<>\\\\`]*$"}}}},
       {"section_name",
        {"The word for a place in the source, used in its citations' labels: `section`, `regulation`, "
         "`rule`, `paragraph`. `ID#s36(8)` reads \"TITLE, section 36(8)\".",
         scalar()}}});
  defs["level"] = closed_object(
      "One step of the ladder of levels, lowest first.", keys::level.allowed, keys::level.required,
      {{"id", {"The level's id, used in rules and profiles (`range2`).", scalar()}},
       {"title", {"The level's name as the toolkit writes it.", scalar()}},
       {"national",
        {"The level of the root ladder this one sits within (`universal`, `sen_support`, `ehc_plan` for the "
         "national ladder).",
         scalar()}},
       {"census",
        {"Root levels only: the school census SEN provision code this level is (N, K or E), so a profile or "
         "register may give the code as a level.",
         word_from(std::vector<std::string>{"N", "K", "E"})}},
       {"plain", {"What the level means, in plain words for a family.", scalar()}},
       {"description", {"A longer explanation, for staff.", scalar()}}});
  defs["holiday"] = closed_object(
      "A date that is not a working day, with its title and the source that lists it.", keys::holiday.allowed,
      keys::holiday.required,
      {{"date", {"The day (YYYY-MM-DD).", date()}},
       {"title", {"Its name, such as `Christmas Day`.", scalar()}},
       {"source", {"The source that lists it (`source-id`), declared under `sources:`.", scalar()}}});
  defs["calendar"] = closed_object(
      "Working days, for `N working days`, is_working_day() and next_working_day(). A rule set adds to the "
      "calendar of the one it extends and cannot take anything away.",
      keys::calendar.allowed, keys::calendar.required,
      {{"weekend", {"The days of the week that are never working days (default: saturday and sunday).",
                    list_of(word_from(keys::weekdays))}},
       {"holidays", {"Dates that are not working days, each with its source.", list_of(ref("holiday"))}},
       {"listed_through",
        {"The last day the list of holidays is complete for; after it the regular pattern of bank holidays in "
         "England and Wales is used, and results say so.",
         date()}}});
  defs["input"] = closed_object(
      "A fact a profile may give beyond the built-in ones, keyed by the name rules use.",
      keys::input.allowed, keys::input.required,
      {{"type", {"The kind of value the fact holds.", word_from(keys::input_types)}},
       {"values", {"The allowed values, for a `one_of` input.", list_of(scalar())}},
       {"of", {"The type of each item, for a `list` input (text if not given).", word_from(keys::input_types)}},
       {"question", {"The question `apdr ask` puts to find this fact out.", scalar()}},
       {"plain", {"A short name for the fact, in plain words.", scalar()}},
       {"source", {"Where the need for this fact comes from (`source-id#locator`).", scalar()}}});
  defs["provision"] = closed_object(
      "An item of provision, keyed by its id: what a school should put in place.", keys::provision.allowed,
      keys::provision.required,
      with(catalogue_common(),
           {{"area",
             {"The area of need this provision is for, or `all` for every pupil with a need.",
              word_from(area_words(true))}},
            {"level",
             {"The lowest level at which it applies: it is listed when the pupil's level in the area is at or "
              "above this.",
              scalar()}},
            {"when", {"An extra condition the pupil must meet for this to be listed.", expression()}}}));
  defs["step"] = closed_object(
      "A step rules may call for (escalate), keyed by its id.", keys::step.allowed, keys::step.required,
      with(catalogue_common(),
           {{"who", {"Who takes the step (`school`, `parent`, `local_authority`, …).", one_or_list_of(scalar())}}}));
  Json information = closed_object(
      "Information for families, keyed by its id; give `text`, `plain`, or both.", keys::information.allowed,
      keys::information.required,
      with(catalogue_common(), {{"text", {"The precise wording, naming its source.", scalar()}}}));
  information["anyOf"] = Json::array({Json{{"required", Json::array({"text"})}},
                                      Json{{"required", Json::array({"plain"})}}});
  defs["information"] = std::move(information);
  defs["escalation"] = closed_object(
      "A step this rule calls for, with its due date.", keys::escalation.allowed, keys::escalation.required,
      {{"step", {"The id of a step (under `steps`).", scalar()}},
       {"due", {"When the step is due: an expression giving a date.", expression()}}});
  KeySchemas level_by_area;
  for (const auto& area : area_words(false)) {
    level_by_area[area] = {"The level the pupil reaches at least in this area.", scalar()};
  }
  std::vector<std::string> areas = area_words(false);
  defs["action"] = closed_object(
      "What happens when the rule fires.", keys::action.allowed, keys::action.required,
      {{"level",
        {"Raise the pupil's level: area to level, e.g. `{ semh: range3 }`.",
         closed_object("Area to level.", areas, {}, level_by_area)}},
       {"provide", {"Provision items to list (ids under `provision`).", one_or_list_of(scalar())}},
       {"escalate", {"Steps to call for, each with an optional due date.", list_of(ref("escalation"))}},
       {"inform", {"Information to give the family (ids under `information`).", one_or_list_of(scalar())}}});
  defs["rule"] = closed_object(
      "A rule: when its condition holds, its actions apply.", keys::rule.allowed, keys::rule.required,
      with(entry_common(),
           {{"id", {"The rule's id, unique in the rule set.", scalar()}},
            {"area",
             {"The area the rule is about: it applies only to pupils with a need in this area (`all` for "
              "any).",
              word_from(area_words(true))}},
            {"title", {"A short name for the rule.", scalar()}},
            {"when", {"The condition; without it the rule always fires.", expression()}},
            {"then", {"What happens when the rule fires.", ref("action")}},
            {"because", {"Why, in words shown with every result the rule gives.", scalar()}},
            {"plain", {"The reason in plain words for a family.", scalar()}},
            {"override",
             {"`true` to replace the rule with the same id in the rule set this one extends.",
              {{"type", "boolean"}}}}}));
  // What an editor calls each definition ("expected Effective dates {from,
  // to}"), instead of its internal name; the description stays the one above.
  const std::vector<std::pair<std::string, std::string>> titles = {
      {"expression", "Expression"},
      {"date", "Date (YYYY-MM-DD)"},
      {"effective", "Effective dates {from, to}"},
      {"source", "Source {title, published, url, …}"},
      {"level", "Level {id, title, national, …}"},
      {"holiday", "Holiday {date, title, source}"},
      {"calendar", "Calendar {weekend, holidays, listed_through}"},
      {"input", "Input {type, values, question, …}"},
      {"provision", "Provision item {area, level, title, …}"},
      {"step", "Step {title, who, …}"},
      {"information", "Information entry {text, plain, …}"},
      {"escalation", "Escalation {step, due}"},
      {"action", "Actions {level, provide, escalate, inform}"},
      {"rule", "Rule {id, when, then, because, …}"}};
  for (const auto& [name, title] : titles) defs[name] = titled(title, "", defs.at(name));
  return defs;
}

// Every key of the top of a rule file; the main file and included files
// differ only in which of these they may use.
KeySchemas top_keys() {
  using namespace schema;
  Json ids = one_or_list_of(scalar());
  return {
      {"apdr", {"The format version: always 1.", {{"enum", {1, "1"}}}}},
      {"id", {"The rule set's id (main file only).", scalar()}},
      {"title", {"The rule set's name (main file only).", scalar()}},
      {"description", {"What the rule set covers (main file only).", scalar()}},
      {"jurisdiction", {"Where it applies, e.g. a local authority (main file only).", scalar()}},
      {"status",
       {"Whether the rule set is law or practice now (`in-force`), a proposal (`proposed`) or a draft (main "
        "file only).",
        word_from(keys::statuses)}},
      {"version", {"The rule set's own version (main file only); quote it: \"2026.1\".", scalar()}},
      {"extends",
       {"The rule set this one builds on: `apdr:national` for the embedded national rules, or a path "
        "(main file only).",
        scalar()}},
      {"include", {"More files of this rule set, relative to this file.", ids}},
      {"effective",
       {"The dates the whole rule set is in force (main file only).", ref("effective")}},
      {"sources", {"Documents the rules cite, keyed by id.", keyed_by_id("Sources keyed by id.", ref("source"))}},
      {"levels", {"The ladder of levels, lowest first.", list_of(ref("level"))}},
      {"calendar", {"Working days and holidays (docs/rule-files.md, Calendars).", ref("calendar")}},
      {"parameters",
       {"Tunable constants, keyed by name. Unquoted values are expressions (`12 weeks`, `2`); quoted values "
        "are text.",
        keyed_by_id("Parameters keyed by name.", {{"anyOf", {scalar(), list_of(scalar())}}})}},
      {"inputs", {"Facts a profile may give beyond the built-in ones.", keyed_by_id("Inputs keyed by name.", ref("input"))}},
      {"derive",
       {"Named values computed once from the profile, usable in rules.",
        keyed_by_id("Derived values keyed by name.", expression())}},
      {"provision",
       {"The provision catalogue, keyed by id.", keyed_by_id("Provision items keyed by id.", ref("provision"))}},
      {"steps", {"Steps rules may call for, keyed by id.", keyed_by_id("Steps keyed by id.", ref("step"))}},
      {"information",
       {"Information for families, keyed by id.",
        keyed_by_id("Information entries keyed by id.", ref("information"))}},
      {"rules", {"The rules, in order.", list_of(ref("rule"))}},
      {"remove",
       {"Entries of the rule set this one extends to take out.",
        closed_object("Ids to remove, by kind of entry.", keys::removal.allowed, keys::removal.required,
                      {{"rules", {"Rule ids to remove.", ids}},
                       {"provision", {"Provision ids to remove.", ids}},
                       {"steps", {"Step ids to remove.", ids}},
                       {"information", {"Information ids to remove.", ids}}})}},
      {"lint",
       {"How `apdr check` lints this file (main file only; docs/lint.md). Not inherited by overlays.",
        closed_object("Lint settings.", keys::lint.allowed, keys::lint.required,
                      {{"allow",
                        {"Warning codes not to report on this file's entries and its includes' (W013, …).",
                         one_or_list_of(word_from(keys::warning_codes))}}})}},
  };
}

}  // namespace

Json rule_set_json_schema() {
  using namespace schema;
  KeySchemas top = top_keys();
  Json document = closed_object("An apdr rule file (docs/rule-files.md).", keys::main_file.allowed, {}, top);
  // A file with an `id` is a main file and needs `apdr: 1`; a file without
  // one is included by another and holds entries only.
  std::vector<std::string> included = keys::included_file.allowed;
  document["if"] = Json{{"required", Json::array({"id"})}};
  document["then"] = {{"required", keys::main_file.required}};
  document["else"] = {{"propertyNames",
                       {{"enum", included},
                        {"description", "An included file holds entries only; the rule set's own keys belong "
                                        "in the main file."}}}};
  Json schema = {{"$schema", "https://json-schema.org/draft/2020-12/schema"},
                 {"$id", "urn:apdr:schema:rules:1"},
                 {"title", "apdr rule file"}};
  schema.update(document);
  schema["$defs"] = definitions();
  return schema;
}

}  // namespace apdr
