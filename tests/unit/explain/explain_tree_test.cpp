// The explanation is a listener's record of the one evaluation: every
// sub-condition that ran, with the value it saw, in words. These tests
// assert the tree's shape and values, so they fail if the compiled
// closures stop reporting to the listener, or report the wrong values.
#include "explain_fixture.hpp"

using namespace apdr;
using namespace apdr::testing;
using explain::Outcome;

namespace {

const char* rules = R"(apdr: 1
id: test-set
sources:
  law: { title: An Act }
levels:
  - { id: universal, title: Universal }
  - { id: sen_support, title: SEN support }
  - { id: ehc_plan, title: EHC plan }
parameters:
  cycles_before_specialist: 2
inputs:
  attendance: { type: percent }
  year_of_concern: { type: integer }
derive:
  unmet: count(cycles(semh) where outcome == not_met)
steps:
  advice: { title: Specialist advice }
provision:
  attendance-support: { area: semh, level: sen_support, title: Attendance support, when: attendance < 90 }
  hearing-kit: { area: sensory_physical, level: universal, title: Hearing kit, when: has_code(HI) }
rules:
  - id: persisting
    kind: guidance
    area: semh
    when: unmet >= cycles_before_specialist and not has_code(HI)
    then:
      level: { semh: sen_support }
      escalate: [ { step: advice, due: latest(cycles(semh)).reviewed + 6 weeks } ]
    source: law#s1
  - id: short-circuit
    kind: guidance
    when: has_code(HI) and attendance < 90
    then: { escalate: [ { step: advice } ] }
  - id: low-attendance
    kind: local-policy
    when: attendance < 90
    then: { escalate: [ { step: advice } ] }
  - id: either
    kind: local-policy
    when: attendance < 90 or year_of_concern == 6
    then: { escalate: [ { step: advice } ] }
  - id: both-unknown
    kind: local-policy
    when: attendance >= 95 and year_of_concern > 3
    then: { escalate: [ { step: advice } ] }
  - id: sensory-only
    kind: guidance
    area: sensory_physical
    when: has_code(HI)
    then: { escalate: [ { step: advice } ] }
)";

const char* pupil = R"(apdr-profile: 1
id: pupil-t
as_of: 2026-11-22
needs: [ { area: semh, codes: [SEMH], level: sen_support } ]
cycles:
  - { area: semh, started: 2026-01-12, reviewed: 2026-04-01, outcome: not_met }
  - { area: semh, started: 2026-04-20, reviewed: 2026-07-10, outcome: not_met }
  - { area: semh, started: 2026-09-07, reviewed: 2026-10-10, outcome: met }
)";

}  // namespace

TEST_CASE("a rule that fired: every sub-condition with the value it saw") {
  auto program = program_from(rules);
  auto profile = profile_from(*program, pupil);
  auto explained = explain_ids(*program, profile, {"persisting"});
  const auto& e = explained.explanations.at(0);
  CHECK(e.outcome == Outcome::fired);
  CHECK(e.kind == "guidance");
  CHECK(e.source == "law#s1");
  REQUIRE(e.traced);
  CHECK(e.why.text == "unmet >= cycles_before_specialist and not has_code(HI)");
  CHECK(e.why.value == "yes");
  REQUIRE(e.why.steps.size() == 2);

  const auto& comparison = e.why.steps[0];
  CHECK(comparison.text == "unmet >= cycles_before_specialist");
  CHECK(comparison.says == "unmet, which is 2, is at least cycles_before_specialist, which is 2.");
  // The parameter stands for itself: only the derived value gets a step.
  REQUIRE(comparison.steps.size() == 1);
  const auto& derived = comparison.steps[0];
  CHECK(derived.text == "unmet");
  CHECK(derived.value == "2");
  // The derived value's own expression is traced into, element by element.
  REQUIRE(derived.steps.size() == 1);
  const auto& count = derived.steps[0];
  CHECK(count.text == "count(cycles(semh) where outcome == not_met)");
  CHECK(count.says == "2 of the 3 cycles in social, emotional and mental health meet the condition.");
  REQUIRE(count.steps.size() == 4);  // the list, then three elements
  CHECK(count.steps[0].text == "cycles(semh)");
  CHECK(count.steps[1].element == "element 1 of 3: semh cycle started 2026-01-12");
  CHECK(count.steps[1].value == "yes");
  CHECK(count.steps[3].value == "no");
  REQUIRE(count.steps[3].steps.size() == 1);
  // The test as written, then whether it holds: "is not not_met" read as a stammer.
  CHECK(count.steps[3].steps[0].says == "outcome, which is met, is not_met: false.");

  const auto& negation = e.why.steps[1];
  CHECK(negation.text == "not has_code(HI)");
  CHECK(negation.value == "yes");
  REQUIRE(negation.steps.size() == 1);
  CHECK(negation.steps[0].says == "No need has census code HI (hearing impairment).");

  CHECK(e.summary ==
        "Fired: unmet, which is 2, is at least cycles_before_specialist, which is 2, and no need has census "
        "code HI (hearing impairment).");
}

TEST_CASE("a fired rule's due date is traced too") {
  auto program = program_from(rules);
  auto profile = profile_from(*program, pupil);
  auto explained_e = explain_ids(*program, profile, {"persisting"});
  const auto& e = explained_e.explanations.at(0);
  REQUIRE(e.due_dates.size() == 1);
  CHECK(e.due_dates[0].step == "advice");
  CHECK(e.due_dates[0].due == "2026-11-21");
  CHECK(e.due_dates[0].how.text == "latest(cycles(semh)).reviewed + 6 weeks");
  CHECK(e.due_dates[0].how.says == "latest(cycles(semh)).reviewed, which is 2026-10-10, + 6 weeks is 2026-11-21.");
}

TEST_CASE("a rule that did not fire: what ran, and what `and` skipped") {
  auto program = program_from(rules);
  auto profile = profile_from(*program, pupil);
  auto explained_e = explain_ids(*program, profile, {"short-circuit"});
  const auto& e = explained_e.explanations.at(0);
  CHECK(e.outcome == Outcome::not_fired);
  CHECK(e.why.value == "no");
  // The right side never ran, so it has no step.
  REQUIRE(e.why.steps.size() == 1);
  CHECK(e.why.steps[0].text == "has_code(HI)");
  CHECK(e.why.says == "The first part does not hold, so the rest was not looked at.");
  CHECK(e.summary == "Did not fire: no need has census code HI (hearing impairment).");
  CHECK(e.due_dates.empty());
}

TEST_CASE("an undetermined rule: which facts decide it, and which way") {
  auto program = program_from(rules);
  auto profile = profile_from(*program, pupil);
  auto explained = explain_ids(*program, profile, {"low-attendance", "either", "both-unknown"});

  const auto& low = explained.explanations.at(0);
  CHECK(low.outcome == Outcome::undetermined);
  CHECK(low.why.says == "attendance is not known, so this cannot be decided.");
  CHECK(low.deciding.fires_if == "attendance is below 90");
  CHECK(low.deciding.not_fires_if == "attendance is at least 90");
  CHECK(low.deciding.missing == std::vector<std::string>{"attendance"});

  // Both parts unknown: `or` fires if either holds, fails only if both fail.
  const auto& either = explained.explanations.at(1);
  CHECK(either.outcome == Outcome::undetermined);
  CHECK(either.deciding.fires_if == "attendance is below 90 or year_of_concern is 6");
  CHECK(either.deciding.not_fires_if == "attendance is at least 90 and year_of_concern is not 6");

  const auto& both = explained.explanations.at(2);
  CHECK(both.deciding.fires_if == "attendance is at least 95 and year_of_concern is more than 3");
  CHECK(both.deciding.not_fires_if == "attendance is below 95 or year_of_concern is at most 3");
}

TEST_CASE("a known part of `or` leaves only the unknown one to decide it") {
  auto program = program_from(rules);
  auto profile = profile_from(*program, std::string(pupil) + "inputs: { year_of_concern: 4 }\n");
  auto explained_e = explain_ids(*program, profile, {"either"});
  const auto& e = explained_e.explanations.at(0);
  CHECK(e.outcome == Outcome::undetermined);
  CHECK(e.deciding.fires_if == "attendance is below 90");
  CHECK(e.deciding.not_fires_if == "attendance is at least 90");
}

TEST_CASE("a rule for an area without a need does not apply, and is not run") {
  auto program = program_from(rules);
  auto profile = profile_from(*program, pupil);
  auto explained_e = explain_ids(*program, profile, {"sensory-only"});
  const auto& e = explained_e.explanations.at(0);
  CHECK(e.outcome == Outcome::not_applicable);
  CHECK_FALSE(e.traced);
  CHECK(e.summary == "Does not apply: the rule is for sensory and/or physical, and the pupil has no need there.");
}

TEST_CASE("a provision item's guard is explained like a rule") {
  auto program = program_from(rules);
  auto profile = profile_from(*program, pupil);
  auto explained_e = explain_ids(*program, profile, {"attendance-support"});
  const auto& e = explained_e.explanations.at(0);
  CHECK(e.is_provision);
  CHECK(e.outcome == Outcome::undetermined);
  CHECK(e.deciding.fires_if == "attendance is below 90");
  CHECK(e.deciding.missing == std::vector<std::string>{"attendance"});

  auto attending = profile_from(*program, std::string(pupil) + "inputs: { attendance: 95 }\n");
  auto explained_held = explain_ids(*program, attending, {"attendance-support"});
  const auto& held = explained_held.explanations.at(0);
  CHECK(held.outcome == Outcome::not_fired);
  CHECK(held.why.says == "attendance, which is 95, is at least 90.");
}

TEST_CASE("a comparison with a value of a list says the test, then whether it holds") {
  auto program = program_from(R"(apdr: 1
id: enum-words
levels:
  - { id: universal, title: Universal }
  - { id: sen_support, title: SEN support }
steps:
  advice: { title: Specialist advice }
rules:
  - id: not-yet-met
    kind: guidance
    area: semh
    when: latest(cycles(semh)).outcome != met
    then: { escalate: [ { step: advice } ] }
)");
  auto profile = profile_from(*program, R"(apdr-profile: 1
id: pupil-e
needs: [ { area: semh, level: sen_support } ]
cycles:
  - { area: semh, started: 2026-09-07, reviewed: 2026-10-10, outcome: partly_met }
)");
  auto explained = explain_ids(*program, profile, {"not-yet-met"});
  const auto& e = explained.explanations.at(0);
  CHECK(e.outcome == Outcome::fired);
  REQUIRE(e.traced);
  // Not "…, which is partly_met, is not met.", which reads as a contradiction.
  CHECK(e.why.says == "latest(cycles(semh)).outcome, which is partly_met, is not met: true.");
}
