// Running test files against the embedded national rule set: the rule set is
// built, profiles are read (from files or inline, errors located in the test
// file), ids are checked, dates take the documented precedence, and coverage
// counts the rules that fired.
#include <catch2/catch.hpp>

#include <filesystem>
#include <algorithm>
#include <fstream>

#include <unistd.h>

#include "ruletest/coverage.hpp"
#include "ruletest/find_test_files.hpp"
#include "ruletest/read_test_file.hpp"
#include "ruletest/run_test_file.hpp"

using namespace apdr;
using namespace apdr::ruletest;
namespace fs = std::filesystem;

namespace {

const Date today = *Date::parse("2030-01-01");

struct Run {
  SourceStore sources;
  Diagnostics diagnostics;
  std::optional<FileReport> report;
};

Run run(const std::string& text, const std::string& path = "t.test.yaml", const std::string& filter = "") {
  Run r;
  auto file = read_test_text(path, text, r.sources, r.diagnostics);
  REQUIRE(file);
  r.report = run_test_file(*file, filter, today, r.sources, r.diagnostics);
  r.diagnostics.sort();
  return r;
}

const std::string header = "apdr-test: 1\nrules: apdr:national\n";

// A fresh folder under the system's temporary folder, removed afterwards.
struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("apdr-ruletest-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  void write(const std::string& name, const std::string& text) const {
    fs::create_directories((path / name).parent_path());
    std::ofstream(path / name) << text;
  }
};

}  // namespace

TEST_CASE("an inline profile runs against the rule set and the case passes") {
  auto r = run(header + R"(cases:
  - name: request made
    profile:
      needs: [ { area: semh, level: sen_support } ]
      ehc: { requested: 2026-10-01 }
    as_of: 2026-11-22
    escalate: [ { step: decide-whether-to-assess, due: 2026-11-12, overdue: true } ]
    fires: [decide-whether-to-assess]
)");
  REQUIRE(r.report);
  CHECK(r.diagnostics.empty());
  CHECK(r.report->rule_set == "national");
  REQUIRE(r.report->cases.size() == 1);
  CHECK(r.report->cases[0].passed());
  CHECK(r.report->cases[0].where.line == 4);
}

TEST_CASE("a failing expectation is reported with its line") {
  auto r = run(header + R"(cases:
  - name: wrong date
    profile: { ehc: { requested: 2026-10-01 } }
    escalate: [ { step: decide-whether-to-assess, due: 2026-11-13 } ]
)");
  REQUIRE(r.report);
  REQUIRE(r.report->cases.size() == 1);
  const auto& failures = r.report->cases[0].failures;
  REQUIRE(failures.size() == 1);
  CHECK(failures[0].where.line == 6);
  CHECK(failures[0].actual == "listed, due 2026-11-12");
}

TEST_CASE("the evaluation date: the case's, else the file's, else the profile's, else today") {
  const std::string profile = "{ as_of: 2026-11-01, ehc: { requested: 2026-10-01 } }";
  auto overdue = [&](const std::string& file_as_of, const std::string& case_as_of) {
    std::string text = header + file_as_of + "cases:\n  - name: x\n    profile: " + profile + "\n" + case_as_of +
                       "    escalate: [ { step: decide-whether-to-assess, overdue: true } ]\n";
    auto r = run(text);
    REQUIRE(r.report);
    return r.report->cases.at(0).passed();
  };
  CHECK_FALSE(overdue("", ""));                                        // profile: 2026-11-01, not yet due
  CHECK(overdue("as_of: 2026-12-01\n", ""));                           // the file's date wins over the profile's
  CHECK_FALSE(overdue("as_of: 2026-12-01\n", "    as_of: 2026-11-02\n"));  // the case's wins over the file's
  auto no_dates = run(header + "cases:\n  - name: x\n    profile: { ehc: { requested: 2026-10-01 } }\n"
                               "    escalate: [ { step: decide-whether-to-assess, overdue: true } ]\n");
  CHECK(no_dates.report->cases.at(0).passed());                        // today (2030) is long after
}

TEST_CASE("an error inside an inline profile points at the test file's line") {
  auto r = run(header + R"(cases:
  - name: bad profile
    profile:
      needs: [ { area: semh, level: range9 } ]
)");
  CHECK_FALSE(r.report);
  REQUIRE(r.diagnostics.error_count() == 1);
  const auto& d = r.diagnostics.all()[0];
  CHECK(d.code == Code::ProfileUnknownLevel);
  CHECK(d.where.file == "t.test.yaml");
  CHECK(d.where.line == 6);
}

TEST_CASE("ids the rule set does not have are E040 with a suggestion, levels E061") {
  auto r = run(header + R"(cases:
  - name: typos
    profile: { needs: [ { area: semh } ] }
    levels: { semh: sen_suport }
    provide: [adapted-teachin]
    escalate: [final-plans]
    not_inform: [how-to-apeal]
    fires: [annual-reveiw]
    undetermined: [appeal-refused-assessment, adapted-teaching, nothing-like-it]
)");
  CHECK_FALSE(r.report);
  REQUIRE(r.diagnostics.error_count() == 6);
  const auto& all = r.diagnostics.all();
  CHECK(all[0].code == Code::ProfileUnknownLevel);
  CHECK(all[0].notes.at(0) == "did you mean `sen_support`?");
  CHECK(all[1].code == Code::UnknownReference);
  CHECK(all[1].where.line == 7);
  CHECK(all[1].notes.at(0) == "did you mean `adapted-teaching`?");
  CHECK(all[2].notes.at(0) == "did you mean `final-plan`?");
  CHECK(all[3].notes.at(0) == "did you mean `how-to-appeal`?");
  CHECK(all[4].notes.at(0) == "did you mean `annual-review`?");
  CHECK(all[5].where.line == 11);
  CHECK(all[5].message.find("nothing-like-it") != std::string::npos);
}

TEST_CASE("a rule set that cannot be read is E001 at `rules:`") {
  Run r;
  auto file = read_test_text("t.test.yaml", "apdr-test: 1\nrules: missing.yaml\ncases: []\n", r.sources, r.diagnostics);
  REQUIRE(file);
  CHECK_FALSE(run_test_file(*file, "", today, r.sources, r.diagnostics));
  REQUIRE(r.diagnostics.error_count() == 1);
  CHECK(r.diagnostics.all()[0].code == Code::FileUnreadable);
  CHECK(r.diagnostics.all()[0].where.file == "t.test.yaml");
  CHECK(r.diagnostics.all()[0].where.line == 2);
  CHECK(r.diagnostics.all()[0].where.column == 8);
}

TEST_CASE("a rule set with errors makes the test file invalid, errors located in the rule set") {
  TempDir dir;
  dir.write("bad.yaml", "apdr: 1\nid: bad\nextends: apdr:national\nrules:\n  - id: r\n    kind: guidance\n    when: nonsense > 1\n    then: {}\n");
  dir.write("bad.test.yaml", "apdr-test: 1\ncases: []\n");
  Run r;
  std::string path = (dir.path / "bad.test.yaml").string();
  auto file = read_test_file(path, r.sources, r.diagnostics);
  REQUIRE(file);
  CHECK(file->rules == (dir.path / "bad.yaml").string());
  CHECK_FALSE(run_test_file(*file, "", today, r.sources, r.diagnostics));
  REQUIRE(r.diagnostics.has_errors());
  CHECK(r.diagnostics.all()[0].where.file == (dir.path / "bad.yaml").string());
  CHECK(r.diagnostics.all()[0].where.line == 7);
}

TEST_CASE("profile files resolve against the test file, an unreadable one is E001 at `profile:`") {
  TempDir dir;
  dir.write("profiles/p.yaml", "apdr-profile: 1\nid: p\nehc: { requested: 2026-10-01 }\n");
  dir.write("tests/t.test.yaml", header + "cases:\n  - name: a\n    profile: ../profiles/p.yaml\n"
                                          "    escalate: [decide-whether-to-assess]\n"
                                          "  - name: b\n    profile: ../profiles/p.yaml\n");
  Run r;
  // The profiles are beside tests/, not inside it: allowed with the wider root.
  auto file = read_test_file((dir.path / "tests/t.test.yaml").string(), r.sources, r.diagnostics, dir.path.string());
  REQUIRE(file);
  auto report = run_test_file(*file, "", today, r.sources, r.diagnostics);
  REQUIRE(report);
  CHECK(report->cases.size() == 2);
  CHECK(report->cases[0].passed());

  dir.write("tests/u.test.yaml", header + "cases:\n  - name: a\n    profile: ../profiles/none.yaml\n");
  Run bad;
  auto unreadable =
      read_test_file((dir.path / "tests/u.test.yaml").string(), bad.sources, bad.diagnostics, dir.path.string());
  REQUIRE(unreadable);
  CHECK_FALSE(run_test_file(*unreadable, "", today, bad.sources, bad.diagnostics));
  REQUIRE(bad.diagnostics.error_count() == 1);
  CHECK(bad.diagnostics.all()[0].code == Code::FileUnreadable);
  CHECK(bad.diagnostics.all()[0].where.line == 5);
  CHECK(bad.diagnostics.all()[0].where.column == 14);
}

TEST_CASE("the name filter runs only the cases whose name contains it") {
  std::string text = header + "cases:\n  - name: appeal one\n    profile: {}\n  - name: review\n    profile: {}\n"
                              "  - name: appeal two\n    profile: {}\n";
  auto some = run(text, "t.test.yaml", "appeal");
  REQUIRE(some.report);
  REQUIRE(some.report->cases.size() == 2);
  CHECK(some.report->cases[0].name == "appeal one");
  CHECK(some.report->cases[1].name == "appeal two");
  auto none = run(text, "t.test.yaml", "nothing");
  CHECK(none.report->cases.empty());
}

TEST_CASE("coverage lists the set's own rules that no case fired, merged across files") {
  auto first = run(header + "cases:\n  - name: a\n    profile: { ehc: { requested: 2026-10-01 } }\n");
  auto second = run(header + "cases:\n  - name: b\n    profile: { ehc: { plan_issued: 2026-10-01 } }\n");
  REQUIRE(first.report);
  REQUIRE(second.report);
  std::vector<RuleSetCoverage> coverage;
  add_coverage(coverage, *first.report);
  auto unfired_ids = [&] {
    std::vector<std::string> ids;
    for (const auto& rule : coverage.at(0).unfired()) ids.push_back(rule.id);
    return ids;
  };
  auto has = [](const std::vector<std::string>& ids, const char* id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  };
  auto after_first = unfired_ids();
  CHECK_FALSE(has(after_first, "decide-whether-to-assess"));
  CHECK(has(after_first, "annual-review"));
  add_coverage(coverage, *second.report);
  REQUIRE(coverage.size() == 1);  // one rule set, two files
  auto after_both = unfired_ids();
  CHECK_FALSE(has(after_both, "annual-review"));
  CHECK(has(after_both, "appeal-refused-assessment"));
  CHECK(after_both.size() < after_first.size());
  // Own rules carry their place in the rule files.
  CHECK(coverage[0].rules.at(0).where.file.find("apdr:national") == 0);
}

TEST_CASE("test files are found recursively, sorted, a missing path is E001, an empty folder E090") {
  TempDir dir;
  dir.write("b/z.test.yaml", "");
  dir.write("a/y.test.yaml", "");
  dir.write("a/deep/x.test.yaml", "");
  dir.write("a/rules.yaml", "");
  dir.write("empty/readme.md", "");
  Diagnostics diagnostics;
  auto files = find_test_files({dir.path.string(), (dir.path / "a/y.test.yaml").string()}, diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(files.size() == 3);  // the named file was already found: no repeat
  CHECK(files[0] == (dir.path / "a/deep/x.test.yaml").string());
  CHECK(files[1] == (dir.path / "a/y.test.yaml").string());
  CHECK(files[2] == (dir.path / "b/z.test.yaml").string());

  Diagnostics bad;
  CHECK(find_test_files({(dir.path / "nope").string(), (dir.path / "empty").string()}, bad).empty());
  REQUIRE(bad.error_count() == 2);
  CHECK(bad.all()[0].code == Code::FileUnreadable);
  CHECK(bad.all()[1].code == Code::BadArgument);
  CHECK(is_test_file_name("x.test.yaml"));
  CHECK_FALSE(is_test_file_name(".test.yaml"));
  CHECK_FALSE(is_test_file_name("x.yaml"));
}

TEST_CASE("a test file's rules and profiles are confined to its folder, like includes, and never read outside it") {
  TempDir dir;
  // Outside the test's folder: a profile whose reading would be an error of
  // its own, so its absence from the diagnostics shows it was never read.
  dir.write("private/pupil.yaml", "apdr-profile: 1\nid: secret\npupil: { year_group: 99 }\n");
  dir.write("private/rules.yaml", "apdr: 1\nid: x\nbroken: [\n");
  fs::create_directories(dir.path / "tests");
  fs::create_symlink(dir.path / "private/pupil.yaml", dir.path / "tests/link.yaml");
  struct Case { std::string file, text; };
  for (const Case& c : {Case{"abs.test.yaml", "rules: " + (dir.path / "private/rules.yaml").string() + "\n"},
                        Case{"up.test.yaml", "rules: ../private/rules.yaml\n"},
                        Case{"profile-up.test.yaml", "rules: apdr:national\ncases:\n  - name: a\n    profile: ../private/pupil.yaml\n"},
                        Case{"profile-link.test.yaml", "rules: apdr:national\ncases:\n  - name: a\n    profile: link.yaml\n"}}) {
    INFO(c.file);
    dir.write("tests/" + c.file, "apdr-test: 1\n" + c.text + (c.text.find("cases") == std::string::npos
                                                                   ? "cases:\n  - name: a\n    profile: { id: p }\n"
                                                                   : ""));
    Run r;
    auto file = read_test_file((dir.path / "tests" / c.file).string(), r.sources, r.diagnostics);
    CHECK_FALSE(file);
    REQUIRE(r.diagnostics.error_count() == 1);
    CHECK(r.diagnostics.all()[0].code == apdr::Code::IncludeOutsideFolder);
    CHECK(r.diagnostics.all()[0].where.line >= 2);
    CHECK(r.sources.text((dir.path / "private/pupil.yaml").string()) == nullptr);
    CHECK(r.sources.text((dir.path / "private/rules.yaml").string()) == nullptr);
  }
}

TEST_CASE("levels: none is not a level id to check, an undetermined entry's rule id is checked") {
  auto r = run(header + R"(cases:
  - name: none and entries
    profile: { needs: [ { area: semh } ] }
    levels: { semh: sen_support, cognition_learning: none, only: true }
    undetermined: [ { rule: nothing-like-it, missing: [attendance] } ]
)");
  CHECK_FALSE(r.report);
  REQUIRE(r.diagnostics.error_count() == 1);
  CHECK(r.diagnostics.all()[0].code == Code::UnknownReference);
  CHECK(r.diagnostics.all()[0].where.line == 7);
  CHECK(r.diagnostics.all()[0].where.column == 29);
}

TEST_CASE("exact sets and levels: none pass and fail against the national rules") {
  auto r = run(header + R"(as_of: 2026-11-22
cases:
  - name: exact
    profile: { needs: [ { area: semh, level: sen_support } ] }
    levels: { semh: sen_support, cognition_learning: none, only: true }
    escalate: { only: true, items: [meet-parents, plan-cycle-semh] }
    undetermined: { only: true, items: [] }
  - name: not exact
    profile: { needs: [ { area: semh, level: sen_support }, { area: cognition_learning } ] }
    levels: { semh: sen_support, only: true }
)");
  REQUIRE(r.report);
  REQUIRE(r.report->cases.size() == 2);
  const auto& exact = r.report->cases[0];
  INFO((exact.failures.empty() ? std::string() : exact.failures[0].expectation + ": " + exact.failures[0].actual));
  CHECK(exact.passed());
  const auto& loose = r.report->cases[1];
  REQUIRE(loose.failures.size() == 1);
  CHECK(loose.failures[0].expectation == "levels only");
  CHECK(loose.failures[0].actual == "also listed: cognition_learning at universal");
}
