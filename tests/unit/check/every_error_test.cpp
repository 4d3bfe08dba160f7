// One check reports every error it can: an entry the loader could not read
// whole stays as a placeholder, so references to it are not reported again,
// and a mistake in one place never hides a mistake in another.
#include "check_fixture.hpp"

#include "load/readable_id.hpp"

namespace apdr::checktest {

TEST_CASE("a provision item without its required area is still provided without a second error", "[check][every]") {
  auto file = check_text(root_rule_set() +
                         "  small-group: { level: sen_support, title: Small group }\n"
                         "rules:\n"
                         "  - id: r\n"
                         "    kind: guidance\n"
                         "    when: attendance < 90\n"
                         "    then: { provide: [small-group] }\n");
  file->error(Code::MissingKey, "{ level: sen_support", {"`small-group`", "`area`"});
  CHECK(file->checked->count(Code::UnknownReference) == 0);
  CHECK(file->checked->diagnostics.error_count() == 1);
}

TEST_CASE("an input without a type stays declared, so its uses are not unknown names", "[check][every]") {
  auto file = check_text(root_rule_set() +
                         "rules:\n"
                         "  - id: r\n"
                         "    kind: guidance\n"
                         "    when: reading_age < 7\n"
                         "    then: { inform: [right-to-request] }\n");
  // Declared after the header's inputs: a second `inputs:` would be a repeated key.
  auto broken = check_text("apdr: 1\nid: base\nlevels:\n  - { id: universal, title: Universal }\n"
                           "inputs:\n  reading_age: { question: Reading age? }\n"
                           "information:\n  note: { text: Note }\n"
                           "rules:\n"
                           "  - id: r\n"
                           "    kind: guidance\n"
                           "    when: reading_age < 7 and levl(semh) >= universal\n"
                           "    then: { inform: [note] }\n");
  broken->error(Code::MissingKey, "{ question", {"input `reading_age`", "`type`"});
  broken->error(Code::BadCall, "levl", {"unknown function"});
  CHECK(broken->checked->count(Code::UnknownName) == 0);
  CHECK(broken->checked->diagnostics.error_count() == 2);
  // Without the declaration, the same name is unknown: the placeholder is what hides it.
  file->error(Code::UnknownName, "reading_age", {"`reading_age`"});
}

TEST_CASE("a source without a title can still be cited", "[check][every]") {
  auto file = check_text("apdr: 1\nid: base\n"
                         "sources:\n  handbook: { published: 2025-01 }\n"
                         "levels:\n  - { id: universal, title: Universal }\n"
                         "provision:\n  p: { area: semh, title: P, source: handbook#p3 }\n");
  file->error(Code::MissingKey, "{ published", {"`handbook`", "`title`"});
  CHECK(file->checked->diagnostics.error_count() == 1);
}

TEST_CASE("a parameter or derived value whose value is broken is not an unknown name", "[check][every]") {
  auto file = check_text("apdr: 1\nid: base\n"
                         "levels:\n  - { id: universal, title: Universal }\n"
                         "parameters:\n  limit: { a: 1 }\n"
                         "derive:\n  stuck: [1, 2]\n"
                         "information:\n  note: { text: Note }\n"
                         "rules:\n"
                         "  - id: r\n"
                         "    kind: guidance\n"
                         "    when: stuck and count(cycles(semh)) > limit\n"
                         "    then: { inform: [note] }\n");
  CHECK(file->checked->count(Code::UnknownName) == 0);
  CHECK(file->checked->count(Code::WrongShape) == 2);
  CHECK(file->checked->diagnostics.error_count() == 2);
}

TEST_CASE("a rule without an id, or with an unknown key, is still checked", "[check][every]") {
  auto file = check_text(root_rule_set() +
                         "rules:\n"
                         "  - kind: guidance\n"
                         "    when: level(semh) > 3\n"
                         "    then: { inform: [right-to-reqest] }\n"
                         "  - id: second\n"
                         "    kind: guidance\n"
                         "    becuase: A reason.\n"
                         "    when: attendance == \"high\"\n"
                         "    then: { inform: [right-to-request] }\n");
  file->error(Code::MissingKey, "kind: guidance", {"has no `id`"});
  file->error(Code::TypeMismatch, "level(semh) > 3", {"cannot compare a level with a number"});
  file->error(Code::UnknownReference, "right-to-reqest", {"no information item"});
  file->error(Code::UnknownKey, "becuase", {"`becuase`"});
  file->error(Code::TypeMismatch, "attendance ==", {"cannot compare a number with text"});
  CHECK(file->checked->diagnostics.error_count() == 5);
}

TEST_CASE("an escalation to an unknown step still has its due date checked", "[check][every]") {
  auto file = check_text(root_rule_set() +
                         "rules:\n"
                         "  - id: r\n"
                         "    kind: guidance\n"
                         "    then:\n"
                         "      escalate:\n"
                         "        - { step: specialist-advise, due: today + 6 }\n"
                         "        - { due: today + true }\n");
  file->error(Code::UnknownReference, "specialist-advise", {"no step"});
  file->error(Code::TypeMismatch, "today + 6", {"cannot add a date and a number"});
  file->error(Code::MissingKey, "{ due: today + true", {"`step`"});
  file->error(Code::TypeMismatch, "today + true", {"cannot add"});
  CHECK(file->checked->diagnostics.error_count() == 4);
}

TEST_CASE("a level left off the ladder for a mistake is not reported again where it is named", "[check][every]") {
  RuleFolder folder;
  folder.write("base.yaml", root_rule_set());
  std::string text = "apdr: 1\nid: local\nextends: base.yaml\n"
                     "levels:\n"
                     "  - { id: range1, national: universal }\n"
                     "  - { id: range2, title: Range two }\n"
                     "  - { id: range3, national: ehc_plan }\n"
                     "provision:\n  p: { area: semh, level: range2, title: P }\n"
                     "rules:\n"
                     "  - id: r\n"
                     "    kind: guidance\n"
                     "    when: level(semh) >= range2\n"
                     "    then: { level: { semh: range2 } }\n";
  std::string path = folder.write("local.yaml", text);
  auto checked = check_file(path);
  INFO(checked->rendered());
  CHECK(checked->count(Code::LadderProjection) == 1);  // range2 has no `national:`
  CHECK(checked->diagnostics.error_count() == 1);
}

TEST_CASE("a level without a title is shown as its id in words", "[check][every]") {
  auto file = check_text("apdr: 1\nid: base\n"
                         "levels:\n  - { id: range1 }\n  - { id: sen_support, title: SEN support }\n  - { id: top-up3 }\n");
  INFO(file->checked->rendered());
  REQUIRE(file->checked->diagnostics.error_count() == 0);
  const auto& levels = file->checked->model->ladder.local;
  REQUIRE(levels.size() == 3);
  CHECK(levels[0].title == "Range 1");
  CHECK(levels[1].title == "SEN support");
  CHECK(levels[2].title == "Top up 3");
}

TEST_CASE("an id made readable", "[check][every]") {
  CHECK(load::readable_id("range2") == "Range 2");
  CHECK(load::readable_id("sen_support") == "Sen support");
  CHECK(load::readable_id("wave-1") == "Wave 1");
  CHECK(load::readable_id("EHC") == "EHC");
  CHECK(load::readable_id("_") == "_");
}

TEST_CASE("rule ids `level` and `profile` are refused, saying why", "[check][E050]") {
  auto file = check_text(root_rule_set() +
                         "rules:\n"
                         "  - { id: level, kind: guidance, then: { inform: [right-to-request] } }\n"
                         "  - { id: profile, kind: guidance, then: { inform: [right-to-request] } }\n"
                         "  - { id: levels, kind: guidance, then: { inform: [right-to-request] } }\n");
  file->error(Code::ReservedId, "level,", {"`level` cannot be a rule id", "`by: level`", "reached by the pupil's level"});
  file->error(Code::ReservedId, "profile,", {"`profile` cannot be a rule id", "what the profile itself states"});
  CHECK(file->checked->diagnostics.error_count() == 2);
}

TEST_CASE("census codes and the calendar are checked alongside the loader's errors", "[check][every]") {
  auto file = check_text("apdr: 1\nid: base\n"
                         "sources:\n  days: { title: Closure days }\n"
                         "levels:\n"
                         "  - { id: universal, census: N }\n"
                         "  - { id: sen_support, census: Q }\n"
                         "  - { id: ehc_plan, census: E, colour: red }\n"
                         "calendar:\n"
                         "  weekend: [saturday, sundy]\n"
                         "  holidays:\n"
                         "    - { date: 2026-12-28, title: Closure, source: dayz }\n"
                         "information:\n  note: { text: Note }\n"
                         "rules:\n"
                         "  - id: r\n"
                         "    kind: guidance\n"
                         "    when: is_working_day(3)\n"
                         "    then: { inform: [note] }\n");
  file->error(Code::InvalidValue, "Q }", {"`Q` is not a census SEN provision code"});
  file->error(Code::UnknownKey, "colour", {"`colour`"});
  file->error(Code::InvalidValue, "sundy", {"`sundy`"});
  file->error(Code::UnknownReference, "dayz", {"source `dayz`"});
  file->error(Code::BadCall, "3)", {"`is_working_day` needs a date"});
  CHECK(file->checked->diagnostics.error_count() == 5);
}

}  // namespace apdr::checktest
