// Mistakes in a rule file's structure: each reported with its code at the
// exact file, line and column, and loading keeps going past it.
#include <catch2/catch.hpp>

#include "load_test_support.hpp"

using namespace apdr;
using namespace apdr::load_test;

namespace {

void check_at(const Diagnostic* found, const std::string& file, std::uint32_t line, std::uint32_t column) {
  REQUIRE(found != nullptr);
  CHECK(found->where.file == file);
  CHECK(found->where.line == line);
  CHECK(found->where.column == column);
}

bool has_note(const Diagnostic* found, const std::string& text) {
  if (found == nullptr) return false;
  for (const auto& note : found->notes) {
    if (note.find(text) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("an unknown key is E003 with a suggestion and the allowed keys") {
  TempFolder temp;
  Loaded loaded = load_text(temp,
                            "apdr: 1\n"
                            "id: x\n"
                            "provision:\n"
                            "  timetable:\n"
                            "    area: semh\n"
                            "    titel: Visual timetable\n");
  INFO(loaded.listing());
  const Diagnostic* found = loaded.find(Code::UnknownKey);
  check_at(found, temp.at("rules.yaml"), 6, 5);
  CHECK(has_note(found, "did you mean `title`?"));
  CHECK(has_note(found, "keys allowed here: area, level, title"));
  // The missing title is reported too, since the misspelt key did not count.
  check_at(loaded.find(Code::MissingKey), temp.at("rules.yaml"), 5, 5);
}

TEST_CASE("an unknown top-level key is E003") {
  TempFolder temp;
  Loaded loaded = load_text(temp, "apdr: 1\nid: x\nrulse: []\n");
  check_at(loaded.find(Code::UnknownKey), temp.at("rules.yaml"), 3, 1);
  CHECK(has_note(loaded.find(Code::UnknownKey), "did you mean `rules`?"));
}

TEST_CASE("a rule without an id is E004 at the rule") {
  TempFolder temp;
  Loaded loaded = load_text(temp,
                            "apdr: 1\n"
                            "id: x\n"
                            "rules:\n"
                            "  - kind: guidance\n"
                            "    then: { provide: a }\n"
                            "  - id: kept\n"
                            "    then: { provide: b }\n");
  INFO(loaded.listing());
  const Diagnostic* found = loaded.find(Code::MissingKey);
  check_at(found, temp.at("rules.yaml"), 4, 5);
  CHECK(found->message.find("`id`") != std::string::npos);
  REQUIRE(loaded.chain);
  // The rule stays, without an id, so the checker still checks the rest of it.
  REQUIRE(loaded.chain->sets.back().rules.size() == 2);
  CHECK(loaded.chain->sets.back().rules[0].id.value.empty());
  CHECK(loaded.chain->sets.back().rules[0].then.provide.size() == 1);
  CHECK(loaded.chain->sets.back().rules[1].id.value == "kept");
}

TEST_CASE("a missing rule set id and format version are E004") {
  TempFolder temp;
  Loaded loaded = load_text(temp, "title: nothing else\n");
  CHECK(loaded.count(Code::MissingKey) == 2);
  check_at(loaded.find(Code::MissingKey), temp.at("rules.yaml"), 1, 1);
}

TEST_CASE("other required keys are E004") {
  TempFolder temp;
  Loaded loaded = load_text(temp,
                            "apdr: 1\n"
                            "id: x\n"
                            "sources: { cop: { url: u } }\n"
                            "levels: [ { id: a } ]\n"
                            "inputs: { attendance: { question: q } }\n"
                            "steps: { s: { who: [school] } }\n"
                            "information: { i: { title: t } }\n"
                            "rules: [ { id: r, then: { escalate: [ { due: today } ] } }, { id: q } ]\n");
  INFO(loaded.listing());
  // A level's `title` is optional (rule language 1.1): `{ id: a }` is complete.
  CHECK(loaded.count(Code::MissingKey) == 6);
  std::string listing = loaded.listing();
  CHECK(listing.find("level `a`") == std::string::npos);
  for (const char* text : {"has no `title`", "has no `type`", "neither `text` nor `plain`", "has no `step`",
                           "rule `q` has no `then`"}) {
    CHECK(listing.find(text) != std::string::npos);
  }
}

TEST_CASE("a list where a mapping is expected is E005, in plain words") {
  TempFolder temp;
  Loaded loaded = load_text(temp, "apdr: 1\nid: x\nprovision:\n  - a\n  - b\nrules: { a: b }\n");
  INFO(loaded.listing());
  const Diagnostic* found = loaded.find(Code::WrongShape);
  check_at(found, temp.at("rules.yaml"), 4, 3);
  CHECK(found->message.find("should be a mapping") != std::string::npos);
  CHECK(found->message.find("it is a list") != std::string::npos);
  CHECK(loaded.count(Code::WrongShape) == 2);
}

TEST_CASE("a mapping where a single value is expected is E005") {
  TempFolder temp;
  Loaded loaded = load_text(temp, "apdr: 1\nid: x\ntitle: { a: b }\n");
  check_at(loaded.find(Code::WrongShape), temp.at("rules.yaml"), 3, 8);
}

TEST_CASE("a day that does not exist is E006") {
  TempFolder temp;
  Loaded loaded = load_text(temp, "apdr: 1\nid: x\neffective: { from: 2026-02-30 }\n");
  const Diagnostic* found = loaded.find(Code::InvalidValue);
  check_at(found, temp.at("rules.yaml"), 3, 20);
  CHECK(found->message.find("2026-02-30 is not a real date") != std::string::npos);
}

TEST_CASE("text that is not a date is E006 showing the form to use") {
  TempFolder temp;
  Loaded loaded = load_text(temp, "apdr: 1\nid: x\neffective:\n  to: next year\n");
  const Diagnostic* found = loaded.find(Code::InvalidValue);
  check_at(found, temp.at("rules.yaml"), 4, 7);
  CHECK(found->message.find("YYYY-MM-DD") != std::string::npos);
}

TEST_CASE("a window that ends before it starts is E046 at its end") {
  TempFolder temp;
  Loaded loaded = load_text(temp,
                            "apdr: 1\nid: x\nsteps:\n  s:\n    title: t\n"
                            "    effective: { from: 2026-09-01, to: 2026-08-31 }\n");
  INFO(loaded.listing());
  check_at(loaded.find(Code::EffectiveWindow), temp.at("rules.yaml"), 6, 40);
}

TEST_CASE("override must be true or false, and kinds and statuses come from a fixed list") {
  TempFolder temp;
  Loaded loaded = load_text(temp,
                            "apdr: 1\nid: x\nstatus: in_force\n"
                            "steps:\n  s: { title: t, override: yes, kind: statue }\n");
  INFO(loaded.listing());
  CHECK(loaded.count(Code::InvalidValue) == 3);
  check_at(loaded.find(Code::InvalidValue), temp.at("rules.yaml"), 3, 9);
  CHECK(has_note(loaded.find(Code::InvalidValue), "did you mean `in-force`?"));
  CHECK(loaded.listing().find("did you mean `statute`?") != std::string::npos);
}

TEST_CASE("a key given twice in one mapping is E013 at the second") {
  TempFolder temp;
  Loaded loaded = load_text(temp, "apdr: 1\nid: x\nsteps:\n  s:\n    title: a\n    title: b\n");
  const Diagnostic* found = loaded.find(Code::DuplicateKey);
  check_at(found, temp.at("rules.yaml"), 6, 5);
  CHECK(has_note(found, ":5:5"));
  REQUIRE(loaded.chain);
  CHECK(loaded.chain->sets.back().steps.at(0).title->value == "a");
}

TEST_CASE("an id declared in the main file and again in an include is E007") {
  TempFolder temp;
  temp.write("more.yaml", "steps:\n  advice: { title: again }\n");
  Loaded loaded = load_text(temp, "apdr: 1\nid: x\ninclude: more.yaml\nsteps:\n  advice: { title: first }\n");
  const Diagnostic* found = loaded.find(Code::DuplicateId);
  check_at(found, temp.at("more.yaml"), 2, 3);
  CHECK(has_note(found, "first declared at " + temp.at("rules.yaml") + ":5:3"));
}

TEST_CASE("rule ids repeated in one list are E007") {
  TempFolder temp;
  Loaded loaded = load_text(temp, "apdr: 1\nid: x\nrules:\n  - { id: a, then: {} }\n  - { id: a, then: {} }\n");
  check_at(loaded.find(Code::DuplicateId), temp.at("rules.yaml"), 5, 11);
}

TEST_CASE("a format version other than 1 is E008") {
  TempFolder temp;
  Loaded loaded = load_text(temp, "apdr: 2\nid: x\n");
  check_at(loaded.find(Code::UnsupportedVersion), temp.at("rules.yaml"), 1, 7);
}

TEST_CASE("an included file may not set the rule set's own keys") {
  TempFolder temp;
  temp.write("part.yaml", "id: other\napdr: 3\n");
  Loaded loaded = load_text(temp, "apdr: 1\nid: x\ninclude: [part.yaml]\n");
  check_at(loaded.find(Code::UnknownKey), temp.at("part.yaml"), 1, 1);
  check_at(loaded.find(Code::UnsupportedVersion), temp.at("part.yaml"), 2, 7);
}

TEST_CASE("the ladder may be given in only one file of a rule set") {
  TempFolder temp;
  temp.write("ladder.yaml", "levels:\n  - { id: b, title: B }\n");
  Loaded loaded = load_text(temp, "apdr: 1\nid: x\ninclude: ladder.yaml\nlevels:\n  - { id: a, title: A }\n");
  const Diagnostic* found = loaded.find(Code::DuplicateKey);
  check_at(found, temp.at("ladder.yaml"), 1, 1);
  CHECK(has_note(found, temp.at("rules.yaml") + ":4:1"));
}

TEST_CASE("several problems in one file are all reported") {
  TempFolder temp;
  Loaded loaded = load_text(temp,
                            "apdr: 1\n"
                            "id: x\n"
                            "provision:\n"
                            "  a: { area: semh, title: A, colour: red }\n"
                            "  b: { area: semh }\n"
                            "steps:\n"
                            "  s: { title: S, effective: { from: 2026-13-01 } }\n"
                            "rules:\n"
                            "  - { id: r, then: { provide: a }, because: [x] }\n");
  INFO(loaded.listing());
  CHECK(loaded.count(Code::UnknownKey) == 1);
  CHECK(loaded.count(Code::MissingKey) == 1);
  CHECK(loaded.count(Code::InvalidValue) == 1);
  CHECK(loaded.count(Code::WrongShape) == 1);
  REQUIRE(loaded.chain);
  // `b` lacks its title but stays, so `provide: b` elsewhere is not a second error.
  REQUIRE(loaded.chain->sets.back().provision.size() == 2);
  CHECK(loaded.chain->sets.back().provision[1].id.value == "b");
}

TEST_CASE("a section_url that is not https, or has no {n}, is E006 at the value") {
  TempFolder temp;
  Loaded loaded = load_text(temp,
                            "apdr: 1\n"
                            "id: x\n"
                            "sources:\n"
                            "  act:\n"
                            "    title: An Act\n"
                            "    section_url: \"http://example.org/section/{n}\"\n"
                            "  regs:\n"
                            "    title: Some Regulations\n"
                            "    section_url: \"https://example.org/regulation/\"\n"
                            "  good:\n"
                            "    title: Good\n"
                            "    section_url: \"https://example.org/rule/{n}\"\n"
                            "    section_name: rule\n");
  INFO(loaded.listing());
  CHECK(loaded.count(Code::InvalidValue) == 2);
  check_at(loaded.find(Code::InvalidValue), temp.at("rules.yaml"), 6, 18);
}

TEST_CASE("a source's section_url and section_name are read") {
  TempFolder temp;
  Loaded loaded = load_text(temp,
                            "apdr: 1\n"
                            "id: x\n"
                            "sources:\n"
                            "  act:\n"
                            "    title: An Act\n"
                            "    section_url: \"https://example.org/section/{n}\"\n"
                            "    section_name: section\n");
  INFO(loaded.listing());
  REQUIRE(loaded.chain);
  const auto& sources = loaded.chain->sets.back().sources;
  REQUIRE(sources.size() == 1);
  REQUIRE(sources[0].section_url);
  CHECK(sources[0].section_url->value == "https://example.org/section/{n}");
  REQUIRE(sources[0].section_name);
  CHECK(sources[0].section_name->value == "section");
}
