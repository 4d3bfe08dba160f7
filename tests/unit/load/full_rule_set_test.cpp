// A complete rule set with an include and an extends of a sibling file
// loads into the expected syntax tree, positions included.
#include <catch2/catch.hpp>

#include "load_test_support.hpp"

using namespace apdr;
using namespace apdr::load_test;

namespace {

const std::string folder = source_dir() + "/tests/data/load/full";
const std::string main_file = folder + "/main.yaml";
const std::string part_file = folder + "/parts/semh.yaml";
const std::string base_file = folder + "/base.yaml";

void check_at(const SourceLocation& where, const std::string& file, std::uint32_t line, std::uint32_t column) {
  CHECK(where.file == file);
  CHECK(where.line == line);
  CHECK(where.column == column);
}

}  // namespace

TEST_CASE("a full rule set loads with its include and the rule set it extends") {
  Loaded loaded = load_path(main_file);
  INFO(loaded.listing());
  REQUIRE(loaded.chain);
  CHECK(loaded.diagnostics.empty());
  REQUIRE(loaded.chain->sets.size() == 2);

  const syntax::RuleSet& base = loaded.chain->sets[0];
  CHECK(base.id.value == "base-ladder");
  CHECK(base.file == base_file);
  REQUIRE(base.levels.size() == 3);
  CHECK(base.levels[2].id.value == "ehc_plan");

  const syntax::RuleSet& set = loaded.chain->sets[1];
  CHECK(set.file == main_file);
  CHECK(set.folder == std::filesystem::canonical(folder).generic_string());
  CHECK(set.id.value == "example-la-oap");
  check_at(set.id.where, main_file, 2, 5);
  CHECK(set.title->value == "Example LA ordinarily available provision");
  CHECK(set.jurisdiction->value == "Example County Council");
  CHECK(set.status->value == "proposed");
  CHECK(set.version->value == "2.1");
  CHECK(set.extends->value == "base.yaml");
  REQUIRE(set.effective);
  CHECK(set.effective->from == Date::from_ymd(2024, 9, 1));
  CHECK(set.effective->to == Date::from_ymd(2027, 8, 31));

  REQUIRE(set.sources.size() == 2);
  CHECK(set.sources[0].id.value == "cop");
  CHECK(set.sources[0].title.value == "SEND Code of Practice: 0 to 25 years");
  CHECK(set.sources[0].published->value == "2015-01");
  CHECK(set.sources[0].url->value == "https://example.org/cop");
  CHECK_FALSE(set.sources[1].url);

  REQUIRE(set.levels.size() == 2);
  CHECK(set.levels[0].id.value == "range1");
  check_at(set.levels[0].id.where, main_file, 16, 11);
  check_at(set.levels[0].where, main_file, 16, 5);
  CHECK(set.levels[1].national->value == "sen_support");
  check_at(*set.levels_where, main_file, 15, 1);

  REQUIRE(set.parameters.size() == 4);
  CHECK(set.parameters[0].name.value == "review_interval");
  CHECK(set.parameters[0].value.text == "6 weeks");
  check_at(set.parameters[0].value.where, main_file, 20, 20);
  REQUIRE(set.parameters[0].value.tree);
  CHECK(set.parameters[0].value.tree->kind == expr::NodeKind::duration);
  REQUIRE(set.parameters[1].value.tree);
  CHECK(set.parameters[1].value.tree->kind == expr::NodeKind::number);
  // A quoted parameter is text, even when it reads like a duration.
  REQUIRE(set.parameters[2].value.tree);
  CHECK(set.parameters[2].value.tree->kind == expr::NodeKind::string);
  CHECK(set.parameters[2].value.tree->text == "12 weeks");
  check_at(set.parameters[2].value.where, main_file, 22, 13);
  // A YAML list parameter becomes a list expression.
  CHECK(set.parameters[3].value.text == "[HI, VI]");
  REQUIRE(set.parameters[3].value.tree);
  CHECK(set.parameters[3].value.tree->kind == expr::NodeKind::list);

  REQUIRE(set.inputs.size() == 2);
  CHECK(set.inputs[0].name.value == "attendance");
  check_at(set.inputs[0].where, main_file, 26, 3);
  CHECK(set.inputs[0].type.value == "percent");
  CHECK(set.inputs[0].plain->value == "Attendance this term");
  REQUIRE(set.inputs[1].values.size() == 2);
  CHECK(set.inputs[1].values[1].value == "small_group");
  check_at(set.inputs[1].values[1].where, main_file, 32, 24);

  REQUIRE(set.derive.size() == 1);
  CHECK(set.derive[0].value.text == "count(cycles(semh) where outcome != met)");
  check_at(set.derive[0].value.where, main_file, 35, 15);
  CHECK(set.derive[0].value.tree);

  // Main file first, then the include.
  REQUIRE(set.provision.size() == 2);
  const syntax::Provision& timetable = set.provision[0];
  CHECK(timetable.id.value == "visual-timetable");
  check_at(timetable.where, main_file, 38, 3);
  CHECK(timetable.area->value == "communication_interaction");
  CHECK(timetable.level->value == "range1");
  CHECK(timetable.kind->value == "local-policy");
  CHECK(timetable.source->value == "oap#p12");
  REQUIRE(timetable.effective);
  CHECK(timetable.effective->from == Date::from_ymd(2025, 1, 1));
  CHECK_FALSE(timetable.effective->to);
  REQUIRE(timetable.when);
  CHECK(timetable.when->text == "pupil.phase != post16");
  check_at(timetable.when->where, main_file, 43, 11);
  CHECK(timetable.when->verbatim);
  check_at(timetable.when->locate(15), main_file, 43, 26);
  CHECK(set.provision[1].id.value == "elsa-sessions");
  check_at(set.provision[1].where, part_file, 3, 3);

  REQUIRE(set.steps.size() == 1);
  REQUIRE(set.steps[0].who.size() == 1);  // a single value is a list of one
  CHECK(set.steps[0].who[0].value == "school");
  CHECK_FALSE(set.steps[0].override_);

  REQUIRE(set.information.size() == 1);
  CHECK(set.information[0].text);
  CHECK(set.information[0].override_);
  CHECK(set.information[0].kind->value == "statute");

  REQUIRE(set.rules.size() == 2);
  const syntax::Rule& rule = set.rules[0];
  CHECK(rule.id.value == "semh-persisting");
  check_at(rule.id.where, main_file, 61, 9);
  check_at(rule.where, main_file, 61, 5);
  CHECK(rule.area->value == "semh");
  REQUIRE(rule.when);
  check_at(rule.when->where, main_file, 64, 11);
  REQUIRE(rule.then.levels.size() == 1);
  CHECK(rule.then.levels[0].area.value == "semh");
  CHECK(rule.then.levels[0].level.value == "range2");
  REQUIRE(rule.then.provide.size() == 1);
  CHECK(rule.then.provide[0].value == "elsa-sessions");
  REQUIRE(rule.then.escalate.size() == 1);
  CHECK(rule.then.escalate[0].step.value == "specialist-advice");
  check_at(rule.then.escalate[0].where, main_file, 69, 11);
  REQUIRE(rule.then.escalate[0].due);
  check_at(rule.then.escalate[0].due->where, main_file, 70, 16);
  CHECK(rule.then.escalate[0].due->tree);
  REQUIRE(rule.then.inform.size() == 1);
  CHECK(rule.then.inform[0].value == "right-to-request");
  CHECK(rule.because->value == "Needs have persisted through two cycles of SEN support.");
  CHECK(set.rules[1].id.value == "semh-first-cycle");
  check_at(set.rules[1].id.where, part_file, 9, 9);
  REQUIRE(set.rules[1].then.provide.size() == 1);

  REQUIRE(set.remove.rules.size() == 1);
  CHECK(set.remove.rules[0].value == "old-rule");

  // Every file read is kept for quoting.
  CHECK(loaded.sources.text(main_file) != nullptr);
  CHECK(loaded.sources.text(part_file) != nullptr);
  CHECK(loaded.sources.text(base_file) != nullptr);
}

TEST_CASE("text in memory loads with includes resolved against the given folder") {
  TempFolder temp;
  temp.write("more/extra.yaml", "rules:\n  - { id: extra, kind: guidance, then: { provide: x } }\n");
  Loaded loaded;
  loaded.chain = load::load_chain_from_text("typed.yaml", temp.path().string(),
                                            "apdr: 1\nid: typed\ninclude: more/extra.yaml\n", loaded.sources,
                                            loaded.diagnostics);
  INFO(loaded.listing());
  REQUIRE(loaded.chain);
  CHECK(loaded.diagnostics.empty());
  const auto& set = loaded.chain->sets.back();
  REQUIRE(set.rules.size() == 1);
  CHECK(set.rules[0].id.where.file == "more/extra.yaml");
  CHECK(loaded.sources.text("typed.yaml") != nullptr);
}
