// DESIGN.md, Expressions: "`date - date` is a duration in days; `date ±
// duration` is a date (months and years step the calendar and clamp to the
// month's end)", and the date functions.
#include "engine_fixture.hpp"

using namespace apdr;
using namespace apdr::testing;

namespace {

// Evaluates `due` for a profile whose EHC request date is `requested` and
// returns the due date the escalation carries.
std::string due_for(const std::string& due, const std::string& requested, const char* as_of = "2026-11-22") {
  RuleFolder folder;
  auto built = build(folder.write("r.yaml", root_header() + "steps:\n  s: { title: Step }\nrules:\n"
                                            "  - { id: r, kind: statute, then: { escalate: [ { step: s, due: \"" + due + "\" } ] } }\n"));
  INFO(built.rendered());
  REQUIRE(built.program);
  auto result = evaluate_yaml(*built.program, "id: p\nehc: { requested: " + requested + " }\n", as_of);
  const auto* e = escalation(result, "s");
  REQUIRE(e);
  return e->due ? e->due->iso() : "unknown";
}

}  // namespace

TEST_CASE("adding months clamps to the end of the month, leap years included") {
  CHECK(due_for("ehc.requested + 1 month", "2026-01-31") == "2026-02-28");
  CHECK(due_for("ehc.requested + 1 month", "2028-01-31") == "2028-02-29");
  CHECK(due_for("ehc.requested + 12 months", "2028-02-29") == "2029-02-28");
  CHECK(due_for("ehc.requested + 1 year", "2024-02-29") == "2025-02-28");
  CHECK(due_for("ehc.requested - 1 month", "2026-03-31") == "2026-02-28");
  CHECK(due_for("ehc.requested + 2 months", "2026-12-31") == "2027-02-28");
}

TEST_CASE("days and weeks step day by day across month and year ends") {
  CHECK(due_for("ehc.requested + 6 weeks", "2026-10-01") == "2026-11-12");
  CHECK(due_for("ehc.requested + 20 weeks", "2026-10-01") == "2027-02-18");
  CHECK(due_for("ehc.requested + 15 days", "2026-12-25") == "2027-01-09");
  CHECK(due_for("ehc.requested + 1 day", "2028-02-28") == "2028-02-29");
}

TEST_CASE("date functions: date(), year(), month(), day(), academic_year()") {
  CHECK(due_for("date(academic_year(ehc.requested) + 1, 2, 15)", "2026-10-01") == "2027-02-15");
  CHECK(due_for("date(academic_year(ehc.requested) + 1, 2, 15)", "2027-08-31") == "2027-02-15");
  CHECK(due_for("date(year(ehc.requested), month(ehc.requested), day(ehc.requested))", "2026-07-04") == "2026-07-04");
  // An impossible date has no value.
  CHECK(due_for("date(2026, 2, 30)", "2026-01-01") == "unknown");
  CHECK(due_for("max(ehc.requested + 2 months, date(2027, 1, 1))", "2026-10-01") == "2027-01-01");
  CHECK(due_for("min(ehc.requested + 2 months, date(2027, 1, 1))", "2026-10-01") == "2026-12-01");
}

TEST_CASE("date - date is a duration in days, comparable with durations, age() counts whole years") {
  RuleFolder folder;
  auto built = build(folder.write("r.yaml", root_header() + R"(
information:
  i: { text: x }
rules:
  - { id: six-weeks-passed, kind: statute, when: today - ehc.requested > 6 weeks, then: { inform: [i] } }
  - { id: exactly-42, kind: statute, when: today - ehc.requested == 42 days, then: { inform: [i] } }
  - { id: two-months, kind: statute, when: today - ehc.requested >= 2 months, then: { inform: [i] } }
  - { id: eleven, kind: statute, when: age() == 11, then: { inform: [i] } }
)"));
  REQUIRE(built.program);
  auto by = [&](const char* as_of) {
    auto result = evaluate_yaml(*built.program, "id: p\npupil: { date_of_birth: 2016-02-29 }\nehc: { requested: 2026-10-01 }\n", as_of);
    return result.information.empty() ? std::vector<std::string>{}
                                      : std::vector<std::string>(result.information[0].by.begin(),
                                                                 result.information[0].by.end());
  };
  // 2026-11-12 is 42 days after 2026-10-01: not yet more than six weeks.
  CHECK(by("2026-11-12") == std::vector<std::string>{"exactly-42"});
  CHECK(by("2026-11-13") == std::vector<std::string>{"six-weeks-passed"});
  // Two calendar months after 1 October is 1 December.
  CHECK(by("2026-11-30") == std::vector<std::string>{"six-weeks-passed"});
  CHECK(by("2026-12-01") == std::vector<std::string>{"six-weeks-passed", "two-months"});
  // Born on 29 February 2016: eleven on 28 February 2027, not before.
  CHECK(by("2027-02-27") == std::vector<std::string>{"six-weeks-passed", "two-months"});
  CHECK(by("2027-02-28") == std::vector<std::string>{"six-weeks-passed", "two-months", "eleven"});
}

TEST_CASE("an escalation due before the evaluation date is overdue, on the date it is not") {
  RuleFolder folder;
  auto built = build(folder.write("r.yaml", root_header() + R"(
steps:
  decide: { title: Decide }
rules:
  - { id: r, kind: statute, when: known(ehc.requested), then: { escalate: [ { step: decide, due: ehc.requested + 6 weeks } ] } }
)"));
  REQUIRE(built.program);
  auto on_time = evaluate_yaml(*built.program, "id: p\nehc: { requested: 2026-10-01 }\n", "2026-11-12");
  REQUIRE(escalation(on_time, "decide"));
  CHECK_FALSE(escalation(on_time, "decide")->overdue);
  auto late = evaluate_yaml(*built.program, "id: p\nehc: { requested: 2026-10-01 }\n", "2026-11-13");
  CHECK(escalation(late, "decide")->overdue);
  CHECK(escalation(late, "decide")->kind == Kind::statute);
}
