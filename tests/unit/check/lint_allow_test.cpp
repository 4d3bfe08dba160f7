// Warnings a writer can live with (docs/lint.md): `lint.allow` quiets codes
// for the entries of its own file and its includes and for nothing else,
// `--allow` for a whole run, every warning taken out is counted; checking
// an overlay lints only the overlay; many warnings of one code in one file
// group into one for text.
#include <catch2/catch.hpp>

#include "check/lint.hpp"
#include "check/lint_allow.hpp"
#include "check/lint_groups.hpp"
#include "check_fixture.hpp"

namespace apdr::checktest {
namespace {

// Two provision items without `plain` wording or a source, so each gives
// W012 and W013; `lint` is spliced in after the header.
std::string toolkit(const std::string& id, const std::string& extra) {
  return "apdr: 1\nid: " + id + "\nextends: apdr:national\n" + extra +
         "provision:\n"
         "  quiet-space:\n    area: semh\n    title: Quiet space\n"
         "  word-mat:\n    area: cognition_learning\n    title: Word mat\n";
}

std::unique_ptr<Checked> linted(const std::string& path) {
  auto checked = check_file(path);
  INFO(checked->rendered());
  REQUIRE(checked->model);
  REQUIRE_FALSE(checked->diagnostics.has_errors());
  check::lint(*checked->model, checked->diagnostics);
  checked->diagnostics.sort();
  return checked;
}

Diagnostic warning_at(Code code, const std::string& file, std::uint32_t line, std::string message) {
  Diagnostic d;
  d.severity = Severity::warning;
  d.code = code;
  d.where = {file, line, 3};
  d.message = std::move(message);
  d.notes = {"add `plain:`"};
  return d;
}

}  // namespace

TEST_CASE("warning_code reads warning codes only") {
  CHECK(warning_code("W013") == Code::MissingPlain);
  CHECK(warning_code("W001") == Code::NeverInForce);
  CHECK_FALSE(warning_code("W13"));
  CHECK_FALSE(warning_code("E021"));
  CHECK_FALSE(warning_code("W999"));
  CHECK_FALSE(warning_code(""));
}

TEST_CASE("lint.allow takes out its codes for its own file and its includes, and counts them") {
  RuleFolder folder;
  folder.write("more.yaml", "provision:\n  key-adult:\n    area: semh\n    title: Key adult\n");
  std::string path = folder.write("toolkit.yaml", toolkit("allowing", "include: [more.yaml]\nlint:\n  allow: [W013]\n"));
  auto checked = linted(path);
  REQUIRE(checked->count(Code::MissingPlain) == 3);
  REQUIRE(checked->count(Code::MissingSource) == 3);
  auto allowed = check::allow_warnings(checked->model.get(), {}, checked->diagnostics);
  INFO(checked->rendered());
  CHECK(checked->count(Code::MissingPlain) == 0);   // the included file's entry too
  CHECK(checked->count(Code::MissingSource) == 3);  // not allowed: still reported
  CHECK(allowed.by_rule_set == 3);
  CHECK(allowed.by_run == 0);
  CHECK(allowed.total() == 3);
  CHECK(allowed.by_code == std::map<std::string, std::size_t>{{"W013", 3}});
}

TEST_CASE("a run's allow list takes out every file's warnings of its codes") {
  RuleFolder folder;
  std::string path = folder.write("toolkit.yaml", toolkit("run-allow", "lint:\n  allow: [W013]\n"));
  auto checked = linted(path);
  auto allowed = check::allow_warnings(checked->model.get(), {Code::MissingSource, Code::MissingPlain},
                                       checked->diagnostics);
  CHECK(checked->diagnostics.empty());
  // A warning both lists allow is counted once, under the rule set's.
  CHECK(allowed.by_rule_set == 2);
  CHECK(allowed.by_run == 2);
  CHECK(allowed.by_code == std::map<std::string, std::size_t>{{"W012", 2}, {"W013", 2}});

  SECTION("without a model (a rule set with errors) only the run's list applies") {
    Diagnostics list;
    list.add(warning_at(Code::MissingPlain, path, 5, "x"));
    list.error(Code::UnknownName, {path, 6, 1}, "an error is never allowed");
    auto counted = check::allow_warnings(nullptr, {Code::UnknownName, Code::MissingSource}, list);
    CHECK(counted.total() == 0);
    CHECK(list.all().size() == 2);
    CHECK(list.has_errors());
  }
}

TEST_CASE("lint.allow is not inherited: each file of a chain speaks for itself") {
  RuleFolder folder;
  std::string base = folder.write("base.yaml", toolkit("allow-base", "lint:\n  allow: [W012]\n"));
  std::string overlay = folder.write("school.yaml",
                                     "apdr: 1\nid: allow-school\nextends: base.yaml\nlint:\n  allow: [W013]\n"
                                     "provision:\n  key-adult:\n    area: semh\n    title: Key adult\n");
  auto checked = linted(overlay);
  INFO(checked->rendered());
  // Checking the overlay lints only its own entry (W012 and W013 once each).
  CHECK(checked->diagnostics.all().size() == 2);
  for (const auto& d : checked->diagnostics.all()) CHECK(d.where.file == overlay);

  // A warning standing in base.yaml (W001 from the checker, say) answers to
  // base.yaml's list, not the overlay's, and the other way round.
  checked->diagnostics.add(warning_at(Code::MissingPlain, base, 8, "base, not allowed by base"));
  checked->diagnostics.add(warning_at(Code::MissingSource, base, 9, "base, allowed by base"));
  auto allowed = check::allow_warnings(checked->model.get(), {}, checked->diagnostics);
  CHECK(allowed.by_rule_set == 2);  // the overlay's W013 and base's W012
  REQUIRE(checked->diagnostics.all().size() == 2);
  bool base_w013 = false, overlay_w012 = false;
  for (const auto& d : checked->diagnostics.all()) {
    if (d.where.file == base && d.code == Code::MissingPlain) base_w013 = true;
    if (d.where.file == overlay && d.code == Code::MissingSource) overlay_w012 = true;
  }
  CHECK(base_w013);
  CHECK(overlay_w012);
}

TEST_CASE("lint.allow with a code that is no warning is a located error with the nearest code") {
  auto file = check_text(toolkit("bad-allow", "lint:\n  allow: [W13, E021]\n"));
  const auto& d = file->error(Code::InvalidValue, "W13", {"W13", "warning code"});
  CHECK(has_note(d, "did you mean `W013`?"));
  file->error(Code::InvalidValue, "E021", {"E021"});
}

TEST_CASE("checking an overlay does not lint the rule set it extends") {
  RuleFolder folder;
  folder.write("base.yaml", toolkit("lint-base", ""));
  std::string overlay = folder.write("school.yaml", "apdr: 1\nid: lint-school\nextends: base.yaml\n");
  auto checked = linted(overlay);
  INFO(checked->rendered());
  CHECK(checked->diagnostics.empty());
}

TEST_CASE("more than three warnings of one code in one file make a group") {
  Diagnostics list;
  const std::string file = "toolkit.yaml";
  const char* ids[] = {"quiet-space", "visual-timetable", "word-mat", "key-adult", "now-and-next"};
  std::uint32_t line = 10;
  for (const char* id : ids) {
    list.add(warning_at(Code::MissingPlain, file, line, std::string("provision item `") + id +
                                                           "` has no `plain` wording for families"));
    line += 5;
  }
  list.add(warning_at(Code::MissingSource, file, 11, "provision item `quiet-space` has no `source`"));
  for (std::uint32_t i = 0; i < 4; ++i) {
    list.add(warning_at(Code::MissingSource, "other-" + std::to_string(i) + ".yaml", 1, "`x` has no `source`"));
  }
  list.sort();

  auto groups = check::group_warnings(list);
  REQUIRE(groups.size() == 1);  // W012 is 1 per file; W013 five in one file
  CHECK(groups[0].code == Code::MissingPlain);
  CHECK(groups[0].file == file);
  CHECK(groups[0].members.size() == 5);

  Diagnostic one = check::grouped_warning(list, groups[0]);
  CHECK(one.message ==
        "5 entries have no `plain` wording for families: quiet-space, visual-timetable, word-mat, … (and 2 more)");
  CHECK(one.where.line == 10);  // the first one's place
  CHECK(one.severity == Severity::warning);
  REQUIRE(one.notes.size() == 2);
  CHECK(one.notes[0] == "add `plain:`");  // every member gives the same fix
  CHECK(one.notes[1].find("at lines 10, 15, 20, 25, 30 of toolkit.yaml") != std::string::npos);

  Diagnostics shown = check::with_groups(list, groups);
  CHECK(shown.all().size() == 1 + 1 + 4);  // the group, W012 in toolkit.yaml, the other files' W012

  SECTION("with a higher threshold nothing is grouped") {
    CHECK(check::group_warnings(list, 5).empty());
  }
}

}  // namespace apdr::checktest
