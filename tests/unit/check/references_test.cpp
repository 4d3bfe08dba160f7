// E040 unknown references from rules and catalogue entries, and the ladder:
// E041 order, E042 projection, E049 levels of an earlier refinement.
#include "check_fixture.hpp"

namespace apdr::checktest {

namespace {

std::string rule_then(const std::string& then, const std::string& extra = "") {
  return root_rule_set() +
         "rules:\n"
         "  - id: the-rule\n"
         "    kind: guidance\n" + extra +
         "    then:\n" + then;
}

}  // namespace

TEST_CASE("unknown provision, step and information ids are suggested", "[check][E040]") {
  auto file = check_text(rule_then("      provide: [quiet-spac]\n"
                                   "      escalate: [{ step: specialist-advise }]\n"
                                   "      inform: [right-to-reqest]\n"));
  const auto& p = file->error(Code::UnknownReference, "quiet-spac]", {"no provision item has the id `quiet-spac`"});
  CHECK(has_note(p, "did you mean `quiet-space`?"));
  const auto& s = file->error(Code::UnknownReference, "specialist-advise", {"no step has the id `specialist-advise`"});
  CHECK(has_note(s, "did you mean `specialist-advice`?"));
  const auto& i = file->error(Code::UnknownReference, "right-to-reqest", {"no information item has the id"});
  CHECK(has_note(i, "did you mean `right-to-request`?"));
  CHECK(file->checked->diagnostics.error_count() == 3);
}

TEST_CASE("an unknown source is suggested and says how to declare one", "[check][E040]") {
  auto file = check_text(rule_then("      inform: [right-to-request]\n", "    source: copp#6.1\n"));
  const auto& d = file->error(Code::UnknownReference, "copp#6.1", {"source `copp` is not declared"});
  CHECK(has_note(d, "did you mean `cop`?"));
  CHECK(has_note(d, "declare it under `sources:`"));
}

TEST_CASE("unknown areas in provision, rules and level actions", "[check][E040]") {
  auto file = check_text(root_rule_set() +
                         "  misplaced: { area: semhh, title: M }\n"
                         "rules:\n"
                         "  - id: the-rule\n"
                         "    kind: guidance\n"
                         "    area: sensory\n"
                         "    then:\n"
                         "      level: { cognition_learnin: sen_support }\n");
  const auto& p = file->error(Code::UnknownReference, "semhh", {"`semhh` is not an area of need"});
  CHECK(has_note(p, "did you mean `semh`?"));
  file->error(Code::UnknownReference, "sensory", {"`sensory` is not an area of need"});
  const auto& l = file->error(Code::UnknownReference, "cognition_learnin", {"not an area of need"});
  CHECK(has_note(l, "did you mean `cognition_learning`?"));
}

TEST_CASE("an unknown level lists the levels", "[check][E040]") {
  auto file = check_text(root_rule_set() +
                         "  high: { area: semh, title: H, level: ehc_plann }\n"
                         "rules:\n"
                         "  - id: the-rule\n"
                         "    kind: guidance\n"
                         "    then:\n"
                         "      level: { semh: range3 }\n");
  const auto& p = file->error(Code::UnknownReference, "ehc_plann", {"`ehc_plann` is not a level of the ladder"});
  CHECK(has_note(p, "did you mean `ehc_plan`?"));
  CHECK(has_note(p, "the levels are: universal, sen_support, ehc_plan"));
  const auto& r = file->error(Code::UnknownReference, "range3", {"`range3` is not a level"});
  CHECK(has_note(r, "the levels are: universal, sen_support, ehc_plan"));
}

namespace {

const char* statutory_root =
    "apdr: 1\n"
    "id: root\n"
    "levels:\n"
    "  - { id: universal, title: Universal }\n"
    "  - { id: sen_support, title: SEN support }\n"
    "  - { id: ehc_plan, title: EHC plan }\n"
    "information:\n"
    "  note: { text: A note }\n";

}  // namespace

TEST_CASE("a refined ladder must go up and name real root levels", "[check][E041][E042]") {
  RuleFolder folder;
  folder.write("root.yaml", statutory_root);
  std::string text =
      "apdr: 1\n"
      "id: local\n"
      "extends: root.yaml\n"
      "levels:\n"
      "  - { id: band1, title: Band 1, national: universal }\n"
      "  - { id: band2, title: Band 2, national: ehc_plan }\n"
      "  - { id: band3, title: Band 3, national: sen_support }\n"
      "  - { id: band4, title: Band 4, national: sen_suport }\n"
      "  - { id: band5, title: Band 5 }\n";
  auto path = folder.write("local.yaml", text);
  auto checked = check_file(path);
  expect_error(*checked, Code::LadderOrder, path, position_of(text, "sen_support }"),
               {"level `band3` sits within `sen_support`", "below the level before it (within `ehc_plan`)",
                "lowest first"});
  const auto& wrong = expect_error(*checked, Code::LadderProjection, path, position_of(text, "sen_suport"),
                                   {"`sen_suport` is not a level of the root ladder"});
  CHECK(has_note(wrong, "did you mean `sen_support`?"));
  CHECK(has_note(wrong, "the root levels are: universal, sen_support, ehc_plan"));
  expect_error(*checked, Code::LadderProjection, path, position_of(text, "band5"),
               {"level `band5` refines the inherited ladder", "`national:`"});
  CHECK(checked->diagnostics.error_count() == 3);
}

TEST_CASE("national: on the root ladder is an error", "[check][E042]") {
  auto file = check_text("apdr: 1\nid: root\nlevels:\n"
                         "  - { id: low, title: Low, national: universal }\n"
                         "  - { id: high, title: High }\n");
  file->error(Code::LadderProjection, "universal", {"level `low` is on the root ladder", "no national level"});
}

TEST_CASE("a root rule set without a ladder", "[check][E042]") {
  auto file = check_text("apdr: 1\nid: bare\ninformation:\n  note: { text: A note }\n");
  const auto& d = file->error(Code::LadderProjection, "bare", {"must declare the ladder"});
  CHECK(has_note(d, "apdr:national"));
}

TEST_CASE("a ladder that leaves a root level without a local level is one error, at the ladder", "[check][E042]") {
  RuleFolder folder;
  folder.write("root.yaml", statutory_root);
  std::string text =
      "apdr: 1\n"
      "id: local\n"
      "extends: root.yaml\n"
      "levels:\n"
      "  - { id: band1, title: Band 1, national: universal }\n"
      "  - { id: band2, title: Band 2, national: sen_support }\n"
      "rules:\n"
      "  - id: raise\n"
      "    kind: guidance\n"
      "    then: { level: { semh: ehc_plan } }\n"
      "  - id: raise-ok\n"
      "    kind: guidance\n"
      "    then: { level: { semh: sen_support, sensory_physical: band2 } }\n";
  auto path = folder.write("local.yaml", text);
  auto checked = check_file(path);
  // Reported once, at the first level of the ladder, not at the rule that names ehc_plan.
  expect_error(*checked, Code::LadderProjection, path, position_of(text, "band1"),
               {"no level of this ladder sits within the root level `ehc_plan`"});
  CHECK(checked->diagnostics.error_count() == 1);
  REQUIRE(checked->model);
  const auto& ok = checked->model->rules.at(1);
  REQUIRE(ok.levels.size() == 2);
  CHECK(ok.levels[0].local_level == 1);  // sen_support → band2, the lowest local level within it
  CHECK(ok.levels[1].local_level == 1);
}

TEST_CASE("an unknown level under a refined ladder lists local and root levels", "[check][E040]") {
  RuleFolder folder;
  folder.write("root.yaml", statutory_root);
  std::string text =
      "apdr: 1\n"
      "id: local\n"
      "extends: root.yaml\n"
      "levels:\n"
      "  - { id: band1, title: Band 1, national: universal }\n"
      "  - { id: band2, title: Band 2, national: sen_support }\n"
      "provision:\n"
      "  item: { area: semh, title: Item, level: band3 }\n";
  auto path = folder.write("local.yaml", text);
  auto checked = check_file(path);
  const auto& d = expect_error(*checked, Code::UnknownReference, path, position_of(text, "band3"));
  CHECK(has_note(d, "the levels are: band1, band2, universal, sen_support, ehc_plan"));
}

TEST_CASE("an entry naming a level of an earlier refinement", "[check][E049]") {
  RuleFolder folder;
  folder.write("root.yaml", statutory_root);
  folder.write("county.yaml",
               "apdr: 1\nid: county\nextends: root.yaml\nlevels:\n"
               "  - { id: range1, title: Range 1, national: universal }\n"
               "  - { id: range2, title: Range 2, national: sen_support }\n"
               "  - { id: range3, title: Range 3, national: ehc_plan }\n"
               "provision:\n"
               "  county-item: { area: semh, title: County item, level: range2 }\n");
  std::string text =
      "apdr: 1\n"
      "id: school\n"
      "extends: county.yaml\n"
      "levels:\n"
      "  - { id: step1, title: Step 1, national: universal }\n"
      "  - { id: step2, title: Step 2, national: sen_support }\n"
      "rules:\n"
      "  - id: raise\n"
      "    kind: guidance\n"
      "    then: { level: { semh: range3 } }\n";
  auto path = folder.write("school.yaml", text);
  auto checked = check_file(path);
  expect_error(*checked, Code::LevelRemoved, path, position_of(text, "range3"),
               {"level `range3` (from `county`) is no longer on the ladder"});
  // The inherited provision item names range2 in county.yaml: reported there.
  bool in_county = false;
  for (const auto& d : checked->diagnostics.all()) {
    if (d.code == Code::LevelRemoved && d.where.file.find("county.yaml") != std::string::npos) in_county = true;
  }
  CHECK(in_county);
}

}  // namespace apdr::checktest
