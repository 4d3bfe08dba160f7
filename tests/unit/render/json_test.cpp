#include <catch2/catch.hpp>

#include "render/json.hpp"
#include "render/renderer.hpp"
#include "sample_result.hpp"
#include "result_lists.hpp"

using apdr::render::to_json;
using apdr::render::JsonOptions;
using nlohmann::ordered_json;

namespace {

std::vector<std::string> keys_of(const ordered_json& object) {
  std::vector<std::string> keys;
  for (const auto& item : object.items()) keys.push_back(item.key());
  return keys;
}

}  // namespace

TEST_CASE("json: top-level keys come in DESIGN.md's order") {
  ordered_json j = to_json(apdr::test::sample_result());
  CHECK(keys_of(j) == std::vector<std::string>{"apdr", "profile", "as_of", "rule_set", "levels",
                                               "provision", "gaps", "escalations", "information",
                                               "undetermined"});
  CHECK(j["apdr"] == 1);
  CHECK(j["profile"] == "pupil-0042");
  CHECK(j["as_of"] == "2026-11-22");
}

TEST_CASE("json: rule_set has id and chain, and status only when not in force") {
  auto result = apdr::test::sample_result();
  ordered_json j = to_json(result);
  CHECK(keys_of(j["rule_set"]) == std::vector<std::string>{"id", "chain"});
  CHECK(j["rule_set"]["chain"] == ordered_json::array({"national", "example-la-oap"}));

  result.status = "proposed";
  ordered_json proposed = to_json(result);
  CHECK(keys_of(proposed["rule_set"]) == std::vector<std::string>{"id", "chain", "status"});
  CHECK(proposed["rule_set"]["status"] == "proposed");
}

TEST_CASE("json: levels carry area, level, national and by") {
  ordered_json levels = to_json(apdr::test::sample_result())["levels"];
  REQUIRE(levels.size() == 2);
  CHECK(keys_of(levels[0]) == std::vector<std::string>{"area", "level", "national", "by"});
  CHECK(levels[0]["area"] == "semh");
  CHECK(levels[0]["level"] == "range3");
  CHECK(levels[0]["national"] == "sen_support");
  CHECK(levels[0]["by"] == ordered_json::array({"semh-persisting"}));
  CHECK(levels[1]["area"] == "communication_interaction");
}

TEST_CASE("json: provision items keep their order, kind ids and a null source") {
  ordered_json provision = to_json(apdr::test::sample_result())["provision"];
  REQUIRE(provision.size() == 2);
  CHECK(keys_of(provision[0]) ==
        std::vector<std::string>{"id", "area", "level", "title", "plain", "in_place", "by", "kind", "source"});
  CHECK(provision[0]["title"] == "Visual timetable");
  CHECK(provision[0]["plain"] == "A picture timetable of the day.");
  // Wording the rule set leaves out is null, as a missing source is.
  CHECK(provision[1]["plain"].is_null());
  CHECK(provision[0]["id"] == "visual-timetable");
  CHECK(provision[0]["in_place"] == true);
  CHECK(provision[0]["kind"] == "local-policy");
  CHECK(provision[0]["source"] == "oap#p12");
  CHECK(provision[1]["in_place"] == false);
  CHECK(provision[1]["kind"] == "guidance");
  CHECK(provision[1]["source"].is_null());
}

TEST_CASE("json: gaps are the ids of provision not in place") {
  CHECK(to_json(apdr::test::sample_result())["gaps"] == ordered_json::array({"elsa-sessions"}));
}

TEST_CASE("json: escalations give an ISO due date or null, and the overdue flag") {
  ordered_json escalations = to_json(apdr::test::sample_result())["escalations"];
  REQUIRE(escalations.size() == 2);
  CHECK(keys_of(escalations[0]) == std::vector<std::string>{"step", "title", "plain", "due", "overdue",
                                                            "provisional", "assumes", "deadlines", "missing", "by",
                                                            "kind", "because", "source"});
  CHECK(escalations[1]["title"] == "Hold a review meeting with the family");
  CHECK(escalations[0]["due"] == "2026-08-21");
  CHECK(escalations[0]["overdue"] == true);
  CHECK(escalations[0]["because"] ==
        ordered_json::array({"Needs have persisted through two cycles of SEN support."}));
  CHECK(escalations[1]["due"].is_null());
  CHECK(escalations[1]["overdue"] == false);
  CHECK(escalations[1]["kind"] == "statute");
  CHECK(escalations[1]["source"].is_null());
  CHECK(escalations[1]["because"] == ordered_json::array());
}

TEST_CASE("json: each kind keeps its own deadline, and a date past the holiday list is provisional") {
  apdr::eval::Result result = apdr::test::sample_result();
  apdr::eval::EscalationResult& step = result.escalations[0];
  using apdr::eval::Assumption;
  using apdr::test::names;
  step.deadlines = apdr::test::list<apdr::eval::Deadline>(
      {{step.due, apdr::Kind::guidance, names({"under-five"}), true, true,
        apdr::test::list<Assumption>({{"review_interval", "6 months"}})},
       {apdr::Date::parse("2027-03-01"), apdr::Kind::statute, names({"annual"}), false, false, {}}});
  step.provisional = true;
  step.assumes = apdr::test::list<Assumption>({{"review_interval", "6 months"}});
  result.escalations[1].missing = apdr::test::names({"ehc.plan_issued"});
  ordered_json escalations = to_json(result)["escalations"];
  CHECK(escalations[0]["provisional"] == true);
  REQUIRE(escalations[0]["deadlines"].size() == 2);
  CHECK(escalations[0]["deadlines"][0] ==
        ordered_json::parse(R"({"due":"2026-08-21","kind":"guidance","by":["under-five"],"overdue":true,"provisional":true,)"
                            R"("assumes":[{"parameter":"review_interval","value":"6 months"}]})"));
  CHECK(escalations[0]["assumes"] == escalations[0]["deadlines"][0]["assumes"]);
  CHECK(escalations[0]["deadlines"][1]["assumes"] == ordered_json::array());
  CHECK(escalations[0]["deadlines"][1]["due"] == "2027-03-01");
  CHECK(escalations[0]["deadlines"][1]["kind"] == "statute");
  CHECK(escalations[1]["missing"] == ordered_json::array({"ehc.plan_issued"}));
}

TEST_CASE("json: information entries carry their wording, by, kind and source") {
  ordered_json information = to_json(apdr::test::sample_result())["information"];
  REQUIRE(information.size() == 1);
  CHECK(keys_of(information[0]) == std::vector<std::string>{"id", "title", "text", "plain", "by", "kind", "source"});
  CHECK(information[0]["title"] == "Your right to ask for an assessment");
  CHECK(information[0]["text"] == "A parent may request an EHC needs assessment under section 36.");
  CHECK(information[0]["plain"] == "You can ask the local authority for an EHC needs assessment yourself.");
  CHECK(information[0]["kind"] == "statute");
  CHECK(information[0]["source"] == "cfa2014#s36");
}

TEST_CASE("json: compact output leaves out the wording and nothing else") {
  ordered_json full = to_json(apdr::test::sample_result());
  ordered_json compact = to_json(apdr::test::sample_result(), JsonOptions{false});
  CHECK(keys_of(compact["provision"][0]) ==
        std::vector<std::string>{"id", "area", "level", "in_place", "by", "kind", "source"});
  CHECK(keys_of(compact["information"][0]) == std::vector<std::string>{"id", "by", "kind", "source"});
  CHECK(compact["escalations"][0].find("title") == compact["escalations"][0].end());
  // Take the wording out of the full output: what is left is the compact one.
  for (const char* list : {"provision", "escalations", "information"}) {
    for (auto& item : full[list]) {
      for (const char* key : {"title", "plain", "text"}) item.erase(key);
    }
  }
  CHECK(full == compact);
}

TEST_CASE("json: an undetermined provision item is marked, a rule is not") {
  ordered_json undetermined = to_json(apdr::test::sample_result())["undetermined"];
  REQUIRE(undetermined.size() == 2);
  CHECK(keys_of(undetermined[0]) == std::vector<std::string>{"rule", "reason", "at", "why", "missing", "questions"});
  CHECK(undetermined[0]["missing"] == ordered_json::array({"attendance"}));
  CHECK(undetermined[0]["questions"].size() == 1);
  CHECK(keys_of(undetermined[1]) ==
        std::vector<std::string>{"rule", "item", "reason", "at", "why", "missing", "questions"});
  CHECK(undetermined[1]["item"] == "provision");
  // Questions are worded from `missing` by the renderer, so every missing fact has one.
  CHECK(undetermined[1]["questions"] ==
        ordered_json::array({"Is the child in early years, primary, secondary or post-16 education?"}));
}

TEST_CASE("json: notices appear last, and only when there are some") {
  auto result = apdr::test::sample_result();
  CHECK_FALSE(to_json(result).contains("notices"));
  apdr::eval::Notice proposal;
  proposal.what = apdr::eval::Notice::What::proposal;
  proposal.rule_set = "example-la-oap";
  result.notices = {proposal};
  ordered_json j = to_json(result);
  CHECK(keys_of(j).back() == "notices");
  CHECK(j["notices"] == ordered_json::array({"`example-la-oap` is a proposal, not law: nothing in it is in force."}));
}

TEST_CASE("json: an empty result keeps every key, with empty lists") {
  apdr::eval::Result empty;
  empty.profile = "p";
  empty.as_of = apdr::test::date("2026-01-05");
  empty.rule_set = "national";
  empty.chain = apdr::test::names({"national"});
  CHECK(apdr::render::dump(to_json(empty)) ==
        "{\n"
        "  \"apdr\": 1,\n"
        "  \"profile\": \"p\",\n"
        "  \"as_of\": \"2026-01-05\",\n"
        "  \"rule_set\": {\n"
        "    \"id\": \"national\",\n"
        "    \"chain\": [\n"
        "      \"national\"\n"
        "    ]\n"
        "  },\n"
        "  \"levels\": [],\n"
        "  \"provision\": [],\n"
        "  \"gaps\": [],\n"
        "  \"escalations\": [],\n"
        "  \"information\": [],\n"
        "  \"undetermined\": []\n"
        "}\n");
}

TEST_CASE("json: text that is not UTF-8 is replaced, not fatal") {
  auto result = apdr::test::sample_result();
  result.escalations[0].because = apdr::test::names({"bad \xff byte"});
  std::string text;
  REQUIRE_NOTHROW(text = apdr::render::dump(to_json(result)));
  CHECK(text.find("bad \xEF\xBF\xBD byte") != std::string::npos);
}

TEST_CASE("json: diagnostics carry severity, code, position, message and notes") {
  apdr::Diagnostics list;
  list.error(apdr::Code::UnknownName, {"rules/x.yaml", 3, 11}, "unknown name `levl`",
             {"did you mean `level`?"});
  list.warning(apdr::Code::NeverInForce, {"", 0, 0}, "not in force");
  ordered_json j = apdr::render::diagnostics_to_json(list);
  REQUIRE(j.size() == 2);
  CHECK(keys_of(j[0]) == std::vector<std::string>{"severity", "code", "file", "line", "column",
                                                  "message", "notes"});
  CHECK(j[0]["severity"] == "error");
  CHECK(j[0]["code"] == "E021");
  CHECK(j[0]["file"] == "rules/x.yaml");
  CHECK(j[0]["line"] == 3);
  CHECK(j[0]["column"] == 11);
  CHECK(j[0]["notes"] == ordered_json::array({"did you mean `level`?"}));
  CHECK(j[1]["severity"] == "warning");
  CHECK(j[1]["code"] == "W001");
  CHECK(j[1]["line"].is_null());
  CHECK(j[1]["column"].is_null());
  CHECK(j[1]["notes"] == ordered_json::array());
}

TEST_CASE("json: formats parse by name and nothing else") {
  using apdr::render::Format;
  CHECK(apdr::render::parse_format("json") == Format::json);
  CHECK(apdr::render::parse_format("text") == Format::text);
  CHECK(apdr::render::parse_format("markdown") == Format::markdown);
  CHECK_FALSE(apdr::render::parse_format("JSON"));
  CHECK_FALSE(apdr::render::parse_format(""));
  auto renderer = apdr::render::make_renderer(Format::json);
  CHECK(ordered_json::parse(renderer->render(apdr::test::sample_result()))["gaps"] ==
        ordered_json::array({"elsa-sessions"}));
}
