// The lints of `apdr check` (docs/lint.md): each one fires on the mistake it
// is for, at the entry's own line and column, and stays quiet on a clean
// toolkit and on the embedded national set a toolkit extends.
#include <catch2/catch.hpp>

#include "check/lint.hpp"
#include "check_fixture.hpp"

namespace apdr::checktest {
namespace {

// A small root rule set with no mistake any lint looks for: every entry used,
// sourced and worded for families.
const std::string clean = R"(apdr: 1
id: lint-base
sources:
  oap: { title: Local guidance }
levels:
  - { id: universal, title: Universal }
  - { id: sen_support, title: SEN support }
  - { id: ehc_plan, title: EHC plan }
parameters:
  cycles_needed: 2
inputs:
  attendance: { type: percent, plain: Attendance this term }
steps:
  specialist-advice:
    title: Seek specialist advice
    plain: The school should ask a specialist for advice.
    source: oap#p2
information:
  right-to-request:
    text: You can ask for an assessment.
    plain: You can ask for an assessment yourself.
    source: oap#p3
provision:
  quiet-space:
    area: semh
    level: sen_support
    title: Quiet space
    plain: A calm place to go.
    source: oap#p1
rules:
  - id: semh-persisting
    kind: local-policy
    area: semh
    when: count(cycles(semh) where outcome == not_met) >= cycles_needed and attendance < 90
    then:
      escalate: [{ step: specialist-advice }]
      inform: [right-to-request]
    source: oap#p4
)";

// `text` with its first `from` replaced by `to`.
std::string edit(std::string text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

std::unique_ptr<RuleFile> lint_text(const std::string& text) {
  auto file = check_text(text);
  INFO(file->checked->rendered());
  REQUIRE(file->checked->model);
  REQUIRE_FALSE(file->checked->diagnostics.has_errors());
  check::lint(*file->checked->model, file->checked->diagnostics);
  file->checked->diagnostics.sort();
  return file;
}

// The one warning with `code` at the start of the `occurrence`th `needle`,
// whose message holds every one of `words`.
const Diagnostic& expect_warning(const RuleFile& file, Code code, const std::string& needle,
                                 const std::vector<std::string>& words = {}, int occurrence = 1) {
  Position at = position_of(file.text, needle, occurrence);
  INFO("expected " << code_name(code) << " at " << at.line << ":" << at.column << "; got:\n"
                   << file.checked->rendered());
  const Diagnostic* found = nullptr;
  for (const auto& d : file.checked->diagnostics.all()) {
    if (d.code != code) continue;
    CHECK(d.where.file == file.path);
    if (d.where.line == at.line && d.where.column == at.column) {
      REQUIRE(found == nullptr);
      found = &d;
    }
  }
  REQUIRE(found != nullptr);
  CHECK(found->severity == Severity::warning);
  CHECK(file.checked->count(code) == 1);  // the mistake and nothing else
  for (const auto& word : words) {
    INFO("the message should contain: " << word);
    CHECK(found->message.find(word) != std::string::npos);
  }
  return *found;
}

}  // namespace

TEST_CASE("lint: a clean rule set has no warnings") {
  auto file = lint_text(clean);
  INFO(file->checked->rendered());
  CHECK(file->checked->diagnostics.empty());
}

TEST_CASE("lint: a toolkit is not warned about the embedded national set it extends") {
  auto file = lint_text(R"(apdr: 1
id: small-toolkit
extends: apdr:national
sources:
  oap: { title: Local guidance }
provision:
  quiet-space:
    area: semh
    level: sen_support
    title: Quiet space
    plain: A calm place to go.
    source: oap#p1
)");
  INFO(file->checked->rendered());
  CHECK(file->checked->diagnostics.empty());
}

TEST_CASE("lint W002: a provision item no level reaches and no rule provides") {
  auto file = lint_text(edit(clean, "    plain: A calm place to go.\n", "    plain: A calm place to go.\n    when: false\n"));
  expect_warning(*file, Code::UnusedProvision, "quiet-space:", {"`quiet-space`", "always false"});

  SECTION("a rule that provides it uses it") {
    auto provided = lint_text(edit(edit(clean, "    plain: A calm place to go.\n", "    plain: A calm place to go.\n    when: false\n"),
                                   "      inform: [right-to-request]\n",
                                   "      inform: [right-to-request]\n      provide: [quiet-space]\n"));
    CHECK(provided->checked->count(Code::UnusedProvision) == 0);
  }
}

TEST_CASE("lint W003, W004: a step and an information item no rule names") {
  auto file = lint_text(edit(clean, "      escalate: [{ step: specialist-advice }]\n      inform: [right-to-request]\n",
                             "      level: { semh: sen_support }\n"));
  expect_warning(*file, Code::UnusedStep, "specialist-advice:", {"`specialist-advice`"});
  expect_warning(*file, Code::UnusedInformation, "right-to-request:", {"`right-to-request`"});
}

TEST_CASE("lint W005, W006: an input and a parameter no expression reads") {
  auto file = lint_text(edit(clean, " >= cycles_needed and attendance < 90", " >= 2"));
  expect_warning(*file, Code::UnusedInput, "attendance:", {"input `attendance`"});
  expect_warning(*file, Code::UnusedParameter, "cycles_needed:", {"parameter `cycles_needed`"});
}

TEST_CASE("lint W005: an input read by a derived value, or only by an inherited rule, is used") {
  auto file = lint_text(edit(edit(clean, "inputs:\n", "derive:\n  low_attendance: attendance < 90\ninputs:\n"),
                             "and attendance < 90", "and low_attendance"));
  INFO(file->checked->rendered());
  CHECK(file->checked->diagnostics.empty());
}

TEST_CASE("lint W007: a derived value no expression reads") {
  auto file = lint_text(edit(clean, "inputs:\n", "derive:\n  unused_count: count(cycles(semh))\ninputs:\n"));
  expect_warning(*file, Code::UnusedDerived, "unused_count:", {"`unused_count`"});
}

TEST_CASE("lint W008: a rule whose condition is always false") {
  SECTION("a literal") {
    auto file = lint_text(edit(clean, "when: count(cycles(semh) where outcome == not_met) >= cycles_needed and attendance < 90",
                               "when: 1 > 2"));
    expect_warning(*file, Code::NeverFires, "1 > 2", {"`semh-persisting`", "never fire"});
    // What only that rule named is unused as well.
    CHECK(file->checked->count(Code::UnusedStep) == 1);
  }
  SECTION("a parameter, through `and`, with the other side unknown") {
    auto file = lint_text(edit(clean, ">= cycles_needed and attendance < 90", ">= 1 and attendance < 90 and cycles_needed > 5"));
    // The warning stands on the term that is always false.
    expect_warning(*file, Code::NeverFires, "cycles_needed > 5", {"`semh-persisting`", "`cycles_needed > 5`"});
  }
  SECTION("a condition that reads the profile is not constant") {
    auto file = lint_text(edit(clean, "attendance < 90", "attendance < 90 or cycles_needed > 5"));
    CHECK(file->checked->count(Code::NeverFires) == 0);
  }
}

TEST_CASE("lint W009: a rule whose actions a weaker rule already takes") {
  std::string twin = "  - id: semh-persisting-again\n"
                     "    kind: local-policy\n"
                     "    area: semh\n"
                     "    when: attendance < 90 and count(cycles(semh) where outcome == not_met) >= cycles_needed and has_need(semh)\n"
                     "    then: { inform: [right-to-request] }\n"
                     "    source: oap#p5\n";
  auto file = lint_text(clean + twin);
  const Diagnostic& d = expect_warning(*file, Code::RedundantRule, "semh-persisting-again",
                                       {"`semh-persisting-again`", "`semh-persisting`"});
  CHECK(has_note(d, "rules.yaml:"));

  SECTION("an action of its own makes it useful") {
    auto own = lint_text(clean + edit(twin, "inform: [right-to-request]", "inform: [right-to-request], level: { semh: sen_support }"));
    CHECK(own->checked->count(Code::RedundantRule) == 0);
  }
  SECTION("a condition the other rule does not share makes it useful") {
    auto weaker = lint_text(clean + edit(twin, "attendance < 90 and ", ""));
    CHECK(weaker->checked->count(Code::RedundantRule) == 0);
  }
}

TEST_CASE("lint W010: an override identical to what it replaces") {
  RuleFolder folder;
  std::string base_path = folder.write("base.yaml", clean);
  (void)base_path;
  std::string overlay = "apdr: 1\n"
                        "id: overlay\n"
                        "extends: base.yaml\n"
                        "parameters:\n"
                        "  cycles_needed: 2\n"
                        "provision:\n"
                        "  quiet-space:\n"
                        "    override: true\n"
                        "    area: semh\n"
                        "    level: sen_support\n"
                        "    title: Quiet space\n"
                        "    plain: A calm place to go.\n"
                        "    source: oap#p1\n";
  std::string path = folder.write("overlay.yaml", overlay);
  auto checked = check_file(path);
  REQUIRE_FALSE(checked->diagnostics.has_errors());
  check::lint(*checked->model, checked->diagnostics);
  checked->diagnostics.sort();
  INFO(checked->rendered());
  REQUIRE(checked->count(Code::OverrideUnchanged) == 2);
  const auto& all = checked->diagnostics.all();
  auto parameter = position_of(overlay, "cycles_needed:");
  auto item = position_of(overlay, "quiet-space:");
  CHECK(all[0].code == Code::OverrideUnchanged);
  CHECK(all[0].where.file == path);
  CHECK(all[0].where.line == parameter.line);
  CHECK(all[0].where.column == parameter.column);
  CHECK(all[1].where.line == item.line);
  CHECK(all[1].where.column == item.column);
  CHECK(all[1].message.find("provision item `quiet-space`") != std::string::npos);
  // Only the overlay is linted: base.yaml is linted when it is checked itself.
  CHECK(checked->diagnostics.all().size() == 2);

  SECTION("a real change is not reported") {
    std::string changed = folder.write("changed.yaml", edit(edit(overlay, "cycles_needed: 2", "cycles_needed: 3"),
                                                            "A calm place to go.", "A calm place to go when upset."));
    auto again = check_file(changed);
    check::lint(*again->model, again->diagnostics);
    CHECK(again->count(Code::OverrideUnchanged) == 0);
  }
}

TEST_CASE("lint W011: a level that adds no provision for an area between two that do") {
  auto file = lint_text(edit(clean, "rules:\n",
                             "  elsa:\n    area: semh\n    level: universal\n    title: Check-ins\n"
                             "    plain: A short daily check-in.\n    source: oap#p6\n"
                             "  outreach:\n    area: semh\n    level: ehc_plan\n    title: Outreach\n"
                             "    plain: Visits from a specialist team.\n    source: oap#p7\n"
                             "rules:\n"));
  CHECK(file->checked->count(Code::LevelAddsNothing) == 0);  // universal, sen_support, ehc_plan all have one

  auto gap = lint_text(edit(edit(clean, "rules:\n",
                                 "  elsa:\n    area: semh\n    level: universal\n    title: Check-ins\n"
                                 "    plain: A short daily check-in.\n    source: oap#p6\n"
                                 "rules:\n"),
                            "    level: sen_support\n", "    level: ehc_plan\n"));
  // The ladder is this file's own, so the warning stands on the level.
  expect_warning(*gap, Code::LevelAddsNothing, "sen_support, title", {"`sen_support`", "`semh`"});
}

TEST_CASE("lint W012: an entry without a source") {
  auto file = lint_text(edit(clean, "    source: oap#p4\n", ""));
  expect_warning(*file, Code::MissingSource, "semh-persisting", {"rule `semh-persisting`"});
  auto item = lint_text(edit(clean, "    source: oap#p1\n", ""));
  expect_warning(*item, Code::MissingSource, "quiet-space:", {"provision item `quiet-space`"});
}

TEST_CASE("lint W013: a family-facing entry without plain wording") {
  auto file = lint_text(edit(clean, "    plain: You can ask for an assessment yourself.\n", ""));
  expect_warning(*file, Code::MissingPlain, "right-to-request:", {"information item `right-to-request`"});
}

TEST_CASE("lint W014: an acronym the wording does not spell out") {
  auto file = lint_text(edit(clean, "plain: A calm place to go.", "plain: A calm place to go, agreed with the SENCO."));
  const Diagnostic& d = expect_warning(*file, Code::UnexplainedAcronym, "A calm place to go, agreed",
                                       {"`quiet-space`", "`SENCO`"});
  CHECK(has_note(d, "special educational needs coordinator (SENCO)"));

  auto explained = lint_text(edit(clean, "plain: A calm place to go.",
                                  "plain: A calm place, agreed with the special educational needs coordinator (SENCO). The SENCO reviews it."));
  CHECK(explained->checked->count(Code::UnexplainedAcronym) == 0);
}

TEST_CASE("lint W015: a sentence of 30 words or more") {
  std::string thirty = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                       "sixteen seventeen eighteen nineteen twenty one two three four five six seven eight nine ten.";
  auto file = lint_text(edit(clean, "plain: The school should ask a specialist for advice.", "plain: Short. " + thirty));
  expect_warning(*file, Code::LongSentence, "Short. One", {"`specialist-advice`", "30 words", "One two three"});
  auto shorter = lint_text(edit(clean, "plain: The school should ask a specialist for advice.", "plain: " + thirty.substr(4)));
  CHECK(shorter->checked->count(Code::LongSentence) == 0);
}

}  // namespace apdr::checktest
