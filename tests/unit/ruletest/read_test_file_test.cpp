// Reading *.test.yaml: every key of the format, and every kind of mistake
// with the exact position and code a user would be shown.
#include <catch2/catch.hpp>

#include "ruletest/read_test_file.hpp"

using namespace apdr;
using namespace apdr::ruletest;

namespace {

struct Read {
  SourceStore sources;
  Diagnostics diagnostics;
  std::optional<TestFile> file;
};

Read read(const std::string& text, const std::string& path = "dir/national.test.yaml") {
  Read r;
  r.file = read_test_text(path, text, r.sources, r.diagnostics);
  r.diagnostics.sort();
  return r;
}

// The only error of a read, which must have failed.
Diagnostic only_error(const Read& r) {
  REQUIRE_FALSE(r.file);
  REQUIRE(r.diagnostics.error_count() == 1);
  return r.diagnostics.all().front();
}

}  // namespace

TEST_CASE("a test file with every key is read with positions") {
  auto r = read(R"(apdr-test: 1
as_of: 2026-11-22
cases:
  - name: first
    source: sendregs2014#reg5(1)
    profile: profiles/../profiles/p.yaml
    as_of: 2026-12-01
    levels: { semh: sen_support }
    provide: [a]
    not_provide: [b]
    gaps: [c]
    escalate:
      - { step: s1, due: 2026-11-12, overdue: true, kind: guidance }
      - s2
    not_escalate: [s3]
    inform: [i1]
    not_inform: [i2]
    undetermined: [u]
    fires: [r1]
    not_fires: [r2]
  - name: second
    profile:
      id: t-2
      needs: [ { area: semh } ]
)");
  REQUIRE(r.diagnostics.empty());
  REQUIRE(r.file);
  const TestFile& f = *r.file;
  CHECK(f.rules == "dir/national.yaml");  // the default: NAME.yaml beside the tests
  CHECK(f.as_of == Date::parse("2026-11-22"));
  REQUIRE(f.cases.size() == 2);
  const TestCase& c = f.cases[0];
  CHECK(c.name == "first");
  CHECK(c.where.line == 4);
  CHECK(c.source == "sendregs2014#reg5(1)");
  CHECK(c.profile.path == "dir/profiles/p.yaml");  // relative to the test file, normalised
  CHECK_FALSE(c.profile.inline_tree);
  CHECK(c.as_of == Date::parse("2026-12-01"));
  REQUIRE(c.levels.size() == 1);
  CHECK(c.levels[0].area == Area::semh);
  CHECK(c.levels[0].level == "sen_support");
  CHECK(c.levels[0].where.line == 8);
  CHECK(c.provide.at(0).id == "a");
  CHECK(c.provide.at(0).where.line == 9);
  CHECK(c.provide.at(0).where.column == 15);
  CHECK(c.not_provide.at(0).id == "b");
  CHECK(c.gaps.at(0).id == "c");
  REQUIRE(c.escalate.size() == 2);
  CHECK(c.escalate[0].step.id == "s1");
  CHECK(c.escalate[0].due == Date::parse("2026-11-12"));
  CHECK(c.escalate[0].overdue == true);
  CHECK(c.escalate[0].kind == Kind::guidance);
  CHECK(c.escalate[1].step.id == "s2");
  CHECK_FALSE(c.escalate[1].due);
  CHECK_FALSE(c.escalate[1].overdue);
  CHECK(c.not_escalate.at(0).id == "s3");
  CHECK(c.inform.at(0).id == "i1");
  CHECK(c.not_inform.at(0).id == "i2");
  CHECK(c.undetermined.at(0).rule.id == "u");
  CHECK_FALSE(c.undetermined.at(0).missing);
  CHECK_FALSE(c.undetermined.at(0).reason);
  CHECK_FALSE(c.only.provide);  // no `only`: the lists are not exact sets
  CHECK_FALSE(c.only.levels);
  CHECK(c.fires.at(0).id == "r1");
  CHECK(c.not_fires.at(0).id == "r2");
  const TestCase& inline_case = f.cases[1];
  REQUIRE(inline_case.profile.inline_tree);
  CHECK(inline_case.profile.path.empty());
  // The inline tree keeps positions in the test file itself.
  CHECK(inline_case.profile.inline_tree->where.file == "dir/national.test.yaml");
  CHECK(inline_case.profile.inline_tree->where.line == 23);
}

TEST_CASE("rules: a relative path resolves against the test file, apdr:NAME is kept") {
  // Inside the test file's folder (a `..` leading out of it is E009, tested
  // with confinement), normalised.
  auto relative = read("apdr-test: 1\nrules: sub/../rules/x.yaml\ncases: []\n", "a/b/x.test.yaml");
  REQUIRE(relative.file);
  CHECK(relative.file->rules == "a/b/rules/x.yaml");
  CHECK(relative.file->rules_where.line == 2);
  auto embedded = read("apdr-test: 1\nrules: apdr:national\ncases: []\n");
  REQUIRE(embedded.file);
  CHECK(embedded.file->rules == "apdr:national");
}

TEST_CASE("a file not named NAME.test.yaml must say which rules it tests") {
  const auto d = only_error(read("apdr-test: 1\ncases: []\n", "tests.yaml"));
  CHECK(d.code == Code::MissingKey);
  CHECK(d.message.find("rules:") != std::string::npos);
}

TEST_CASE("an unknown key is E003 at the key, with a suggestion and the allowed keys") {
  const auto d = only_error(read("apdr-test: 1\ncases:\n  - name: x\n    profile: p.yaml\n    provde: [a]\n"));
  CHECK(d.code == Code::UnknownKey);
  CHECK(d.where.line == 5);
  CHECK(d.where.column == 5);
  REQUIRE(d.notes.size() == 2);
  CHECK(d.notes[0] == "did you mean `provide`?");
  CHECK(d.notes[1].find("not_provide") != std::string::npos);
}

TEST_CASE("a misspelt top-level key reports both the key and the missing cases") {
  auto r = read("apdr-test: 1\ncase: []\n");
  REQUIRE_FALSE(r.file);
  REQUIRE(r.diagnostics.error_count() == 2);
  bool unknown = false, missing = false;
  for (const auto& d : r.diagnostics.all()) {
    if (d.code == Code::UnknownKey && d.where.line == 2 && d.notes.at(0) == "did you mean `cases`?") unknown = true;
    if (d.code == Code::MissingKey) missing = true;
  }
  CHECK(unknown);
  CHECK(missing);
}

TEST_CASE("values of the wrong shape are E005 at the value") {
  const auto list_for_map = only_error(read("apdr-test: 1\ncases:\n  - name: x\n    profile: p.yaml\n    levels: [semh]\n"));
  CHECK(list_for_map.code == Code::WrongShape);
  CHECK(list_for_map.where.line == 5);
  CHECK(list_for_map.where.column == 13);

  const auto map_for_list = only_error(read("apdr-test: 1\ncases:\n  - name: x\n    profile: p.yaml\n    fires: { a: b }\n"));
  CHECK(map_for_list.code == Code::WrongShape);

  const auto case_not_map = only_error(read("apdr-test: 1\ncases:\n  - just a name\n"));
  CHECK(case_not_map.code == Code::WrongShape);
  CHECK(case_not_map.where.line == 3);

  const auto nested_id = only_error(read("apdr-test: 1\ncases:\n  - name: x\n    profile: p.yaml\n    gaps: [a, [b]]\n"));
  CHECK(nested_id.code == Code::WrongShape);
  CHECK(nested_id.where.column == 15);

  const auto not_a_file = only_error(read("- a\n- b\n"));
  CHECK(not_a_file.code == Code::WrongShape);
}

TEST_CASE("bad dates and booleans are E006 at the value") {
  const auto impossible = only_error(read("apdr-test: 1\nas_of: 2026-02-30\ncases: []\n"));
  CHECK(impossible.code == Code::InvalidValue);
  CHECK(impossible.where.line == 2);
  CHECK(impossible.where.column == 8);

  const auto due = only_error(read(
      "apdr-test: 1\ncases:\n  - name: x\n    profile: p.yaml\n    escalate: [ { step: s, due: 12/11/2026 } ]\n"));
  CHECK(due.code == Code::InvalidValue);
  CHECK(due.where.line == 5);
  CHECK(due.message.find("12/11/2026") != std::string::npos);

  const auto kind = only_error(read(
      "apdr-test: 1\ncases:\n  - name: x\n    profile: p.yaml\n    escalate: [ { step: s, kind: statue } ]\n"));
  CHECK(kind.code == Code::InvalidValue);
  CHECK(kind.notes.at(0) == "did you mean `statute`?");

  const auto overdue = only_error(read(
      "apdr-test: 1\ncases:\n  - name: x\n    profile: p.yaml\n    escalate: [ { step: s, overdue: yes } ]\n"));
  CHECK(overdue.code == Code::InvalidValue);
}

TEST_CASE("a case without name or profile is E004 at the case") {
  const auto no_name = only_error(read("apdr-test: 1\ncases:\n  - profile: p.yaml\n"));
  CHECK(no_name.code == Code::MissingKey);
  CHECK(no_name.where.line == 3);
  CHECK(no_name.where.column == 5);

  const auto no_profile = only_error(read("apdr-test: 1\ncases:\n  - name: x\n"));
  CHECK(no_profile.code == Code::MissingKey);
  CHECK(no_profile.message.find("profile") != std::string::npos);

  const auto empty_profile = only_error(read("apdr-test: 1\ncases:\n  - name: x\n    profile:\n"));
  CHECK(empty_profile.code == Code::WrongShape);

  const auto no_step = only_error(read("apdr-test: 1\ncases:\n  - name: x\n    profile: p.yaml\n    escalate: [ { due: 2026-01-01 } ]\n"));
  CHECK(no_step.code == Code::MissingKey);
}

TEST_CASE("two cases with one name are E007 at the second, naming the first's line") {
  const auto d = only_error(read(
      "apdr-test: 1\ncases:\n  - name: same\n    profile: p.yaml\n  - name: same\n    profile: q.yaml\n"));
  CHECK(d.code == Code::DuplicateId);
  CHECK(d.where.line == 5);
  CHECK(d.where.column == 11);
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0] == "first used at line 3");
}

TEST_CASE("the version must be 1 and must be given") {
  const auto two = only_error(read("apdr-test: 2\ncases: []\n"));
  CHECK(two.code == Code::UnsupportedVersion);
  CHECK(two.where.line == 1);
  const auto none = only_error(read("cases: []\n"));
  CHECK(none.code == Code::MissingKey);
  const auto empty = only_error(read(""));
  CHECK(empty.code == Code::MissingKey);
}

TEST_CASE("an unknown area in levels is E060 with a suggestion") {
  const auto d = only_error(read("apdr-test: 1\ncases:\n  - name: x\n    profile: p.yaml\n    levels: { sehm: sen_support }\n"));
  CHECK(d.code == Code::ProfileUnknownArea);
  CHECK(d.where.column == 15);
  CHECK(d.notes.at(0) == "did you mean `semh`?");
}

TEST_CASE("broken YAML and repeated keys come from the YAML reader, located") {
  auto broken = read("apdr-test: 1\ncases: [\n");
  REQUIRE_FALSE(broken.file);
  CHECK(broken.diagnostics.all().at(0).code == Code::YamlSyntax);
  const auto repeated = only_error(read("apdr-test: 1\ncases: []\ncases: []\n"));
  CHECK(repeated.code == Code::DuplicateKey);
  CHECK(repeated.where.line == 3);
}

TEST_CASE("a test file that cannot be read is E001") {
  SourceStore sources;
  Diagnostics diagnostics;
  CHECK_FALSE(read_test_file("/no/such/dir/x.test.yaml", sources, diagnostics));
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(diagnostics.all()[0].code == Code::FileUnreadable);
}

TEST_CASE("only: true makes a list the exact set, written as { only, items }") {
  auto r = read(R"(apdr-test: 1
cases:
  - name: x
    profile: p.yaml
    levels: { semh: sen_support, only: true }
    provide: { only: true, items: [a, b] }
    gaps: { only: false, items: [] }
    escalate: { only: true, items: [ s1, { step: s2, due: 2026-11-12 } ] }
    inform: { items: [i1], only: true }
    undetermined: { only: true, items: [u] }
)");
  REQUIRE(r.diagnostics.empty());
  const TestCase& c = r.file->cases.at(0);
  REQUIRE(c.only.levels);
  CHECK(c.only.levels->line == 5);
  CHECK(c.only.levels->column == 40);
  REQUIRE(c.levels.size() == 1);  // `only` is not an area
  REQUIRE(c.only.provide);
  CHECK(c.only.provide->column == 22);
  CHECK(c.provide.size() == 2);
  CHECK(c.provide.at(1).id == "b");
  CHECK_FALSE(c.only.gaps);  // only: false is the plain list
  CHECK(c.gaps.empty());
  REQUIRE(c.only.escalate);
  REQUIRE(c.escalate.size() == 2);
  CHECK(c.escalate[1].due == Date::parse("2026-11-12"));
  REQUIRE(c.only.inform);
  CHECK(c.inform.at(0).id == "i1");
  REQUIRE(c.only.undetermined);
  CHECK(c.undetermined.at(0).rule.id == "u");
}

TEST_CASE("a bad `only` list is located: an unknown key, no items, a list that takes no only") {
  const auto unknown = only_error(read("apdr-test: 1\ncases:\n  - name: x\n    profile: p.yaml\n"
                                       "    provide: { onyl: true, items: [a] }\n"));
  CHECK(unknown.code == Code::UnknownKey);
  CHECK(unknown.where.line == 5);
  CHECK(unknown.where.column == 16);
  CHECK(unknown.message == "unknown key `onyl` in `provide` (a list with `only`)");
  CHECK(unknown.notes.at(0) == "did you mean `only`?");

  const auto no_items = only_error(read("apdr-test: 1\ncases:\n  - name: x\n    profile: p.yaml\n"
                                        "    gaps: { only: true }\n"));
  CHECK(no_items.code == Code::MissingKey);
  CHECK(no_items.message.find("needs `items`") != std::string::npos);

  const auto not_boolean = only_error(read("apdr-test: 1\ncases:\n  - name: x\n    profile: p.yaml\n"
                                           "    inform: { only: yes, items: [a] }\n"));
  CHECK(not_boolean.code == Code::InvalidValue);
  CHECK(not_boolean.where.column == 21);

  const auto level_only = only_error(read("apdr-test: 1\ncases:\n  - name: x\n    profile: p.yaml\n"
                                          "    levels: { only: 1 }\n"));
  CHECK(level_only.code == Code::InvalidValue);

  const auto negative = only_error(read("apdr-test: 1\ncases:\n  - name: x\n    profile: p.yaml\n"
                                        "    not_provide: { only: true, items: [a] }\n"));
  CHECK(negative.code == Code::WrongShape);
  CHECK(negative.message.find("`only` applies to levels, provide, gaps, escalate, inform, undetermined") !=
        std::string::npos);
}

TEST_CASE("levels: none says the area must not be listed, none of an unknown area is E060") {
  auto r = read("apdr-test: 1\ncases:\n  - name: x\n    profile: p.yaml\n"
                "    levels: { semh: sen_support, cognition_learning: none }\n");
  REQUIRE(r.diagnostics.empty());
  const auto& levels = r.file->cases.at(0).levels;
  REQUIRE(levels.size() == 2);
  CHECK_FALSE(levels[0].absent);
  CHECK(levels[1].absent);
  CHECK(levels[1].area == Area::cognition_learning);

  const auto d = only_error(read("apdr-test: 1\ncases:\n  - name: x\n    profile: p.yaml\n"
                                 "    levels: { cognition: none }\n"));
  CHECK(d.code == Code::ProfileUnknownArea);
  CHECK(d.where.line == 5);
  CHECK(d.where.column == 15);
  CHECK(d.message == "`cognition` is not an area of need");
}

TEST_CASE("undetermined entries may name their missing facts and reason, the plain id still reads") {
  auto r = read(R"(apdr-test: 1
cases:
  - name: x
    profile: p.yaml
    undetermined:
      - plain-rule
      - { rule: low-attendance, missing: [attendance, pupil.year_group] }
      - { rule: ratio, missing: [], reason: cannot-compute }
)");
  REQUIRE(r.diagnostics.empty());
  const auto& u = r.file->cases.at(0).undetermined;
  REQUIRE(u.size() == 3);
  CHECK(u[0].rule.id == "plain-rule");
  CHECK_FALSE(u[0].missing);
  CHECK(u[1].rule.id == "low-attendance");
  CHECK(u[1].rule.where.line == 7);
  CHECK(u[1].rule.where.column == 17);
  CHECK(u[1].missing == std::vector<std::string>{"attendance", "pupil.year_group"});
  CHECK_FALSE(u[1].reason);
  CHECK(u[2].missing == std::vector<std::string>{});
  CHECK(u[2].reason == "cannot-compute");
}

TEST_CASE("a bad undetermined entry is located: missing not a list, an unknown reason or key, no rule") {
  const std::string head = "apdr-test: 1\ncases:\n  - name: x\n    profile: p.yaml\n    undetermined:\n";
  const auto scalar_missing = only_error(read(head + "      - { rule: r, missing: attendance }\n"));
  CHECK(scalar_missing.code == Code::WrongShape);
  CHECK(scalar_missing.where.line == 6);
  CHECK(scalar_missing.where.column == 29);
  CHECK(scalar_missing.message ==
        "`missing` should be a list of facts, such as `[attendance]` (`[]` for none), not a single value");

  const auto empty_missing = only_error(read(head + "      - rule: r\n        missing:\n"));
  CHECK(empty_missing.code == Code::WrongShape);
  CHECK(empty_missing.where.line == 7);  // at the key: an empty value has no place of its own

  const auto reason = only_error(read(head + "      - { rule: r, reason: cannot-compte }\n"));
  CHECK(reason.code == Code::InvalidValue);
  CHECK(reason.where.column == 28);
  CHECK(reason.notes.at(0) == "did you mean `cannot-compute`?");

  const auto key = only_error(read(head + "      - { rule: r, mising: [a] }\n"));
  CHECK(key.code == Code::UnknownKey);
  CHECK(key.notes.at(0) == "did you mean `missing`?");

  const auto no_rule = only_error(read(head + "      - { missing: [a] }\n"));
  CHECK(no_rule.code == Code::MissingKey);
  CHECK(no_rule.where.column == 9);
}
