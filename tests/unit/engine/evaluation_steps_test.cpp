// DESIGN.md, Effective dates and Evaluation steps 1, 3, 4 and 6: windows on
// rule sets, rules and items; cumulative provision with guards; escalations
// merged by step; `by`, kinds and sources on every item.
#include "engine_fixture.hpp"
#include "render/notice.hpp"

using namespace apdr;
using namespace apdr::testing;

TEST_CASE("effective windows on rules and on items are inclusive at both ends") {
  RuleFolder folder;
  auto built = build(folder.write("r.yaml", root_header() + R"(
provision:
  old-item: { area: semh, title: Old, effective: { to: 2026-08-31 } }
  new-item: { area: semh, title: New, effective: { from: 2026-09-01 } }
information:
  i: { text: x }
  later-info: { text: y, effective: { from: 2027-01-01 } }
rules:
  - { id: autumn-only, kind: guidance, effective: { from: 2026-09-01, to: 2026-12-31 }, then: { inform: [i, later-info] } }
)"));
  INFO(built.rendered());
  REQUIRE(built.program);
  const char* pupil = "id: p\nneeds: [ { area: semh } ]\n";
  auto summer = evaluate_yaml(*built.program, pupil, "2026-08-31");
  CHECK(provision(summer, "old-item"));
  CHECK_FALSE(provision(summer, "new-item"));
  CHECK_FALSE(informed(summer, "i"));

  auto first_day = evaluate_yaml(*built.program, pupil, "2026-09-01");
  CHECK_FALSE(provision(first_day, "old-item"));
  CHECK(provision(first_day, "new-item"));
  CHECK(informed(first_day, "i"));
  CHECK_FALSE(informed(first_day, "later-info"));  // the item is not in force yet

  auto last_day = evaluate_yaml(*built.program, pupil, "2026-12-31");
  CHECK(informed(last_day, "i"));
  auto after = evaluate_yaml(*built.program, pupil, "2027-01-01");
  CHECK_FALSE(informed(after, "i"));
}

TEST_CASE("a rule set not in force takes no part, and the result says so") {
  RuleFolder folder;
  folder.write("base.yaml", root_header() + R"(
information:
  today-rule: { text: now }
rules:
  - { id: now, kind: statute, then: { inform: [today-rule] } }
)");
  auto built = build(folder.write("proposal.yaml", R"(apdr: 1
id: proposal
title: A proposal
status: proposed
extends: base.yaml
effective: { from: 2028-09-01 }
information:
  future: { text: later }
rules:
  - { id: future-rule, kind: statute, then: { inform: [future] } }
)"));
  INFO(built.rendered());
  REQUIRE(built.program);
  auto now = evaluate_yaml(*built.program, "id: p\n", "2026-11-22");
  CHECK(informed(now, "today-rule"));
  CHECK_FALSE(informed(now, "future"));
  CHECK(now.status == "proposed");
  REQUIRE(now.notices.size() == 2);
  auto notices = render::notice_texts(now);
  CHECK(notices[0].find("proposal, not law") != std::string::npos);
  CHECK(notices[1].find("takes effect on 2028-09-01") != std::string::npos);
  auto then = evaluate_yaml(*built.program, "id: p\n", "2028-09-01");
  CHECK(informed(then, "future"));
}

TEST_CASE("provision is cumulative by level, filtered by guards, and added by rules") {
  RuleFolder folder;
  auto built = build(folder.write("r.yaml", root_header() + R"(
provision:
  whole-school: { area: all, title: Inclusive classroom, kind: guidance, source: law#s1 }
  u: { area: semh, level: universal, title: U }
  s: { area: semh, level: sen_support, title: S }
  e: { area: semh, level: ehc_plan, title: E }
  secondary-only: { area: semh, title: Exit card, when: pupil.phase == secondary }
  by-rule-only: { area: cognition_learning, level: ehc_plan, title: Given by a rule }
rules:
  - { id: give, kind: statute, when: has_need(semh), then: { provide: [by-rule-only, u] } }
)"));
  INFO(built.rendered());
  REQUIRE(built.program);
  auto result = evaluate_yaml(*built.program, "id: p\npupil: { phase: primary }\nneeds: [ { area: semh, level: sen_support } ]\nin_place: [u]\n");
  std::vector<std::string> ids;
  for (const auto& p : result.provision) ids.emplace_back(p.id);
  // whole-school first, then areas in the Code's order, lowest level first.
  CHECK(ids == std::vector<std::string>{"whole-school", "by-rule-only", "u", "s"});
  CHECK(result.gaps == std::vector<std::string>{"whole-school", "by-rule-only", "s"});
  CHECK(provision(result, "u")->by == std::vector<std::string>{"level", "give"});
  CHECK(provision(result, "u")->kind == Kind::statute);  // the stronger of the item's default and the rule's
  CHECK(provision(result, "s")->kind == Kind::local_policy);
  CHECK(provision(result, "whole-school")->kind == Kind::guidance);
  CHECK(provision(result, "whole-school")->source == "law#s1");
  CHECK(provision(result, "by-rule-only")->by == std::vector<std::string>{"give"});
  REQUIRE(result.sources.size() == 1);
  CHECK(result.sources[0].title == "An Act");

  // An unknown guard leaves the item out and reports it like an undetermined rule.
  auto unknown_phase = evaluate_yaml(*built.program, "id: p\nneeds: [ { area: semh } ]\n");
  CHECK_FALSE(provision(unknown_phase, "secondary-only"));
  const auto* u = undetermined(unknown_phase, "secondary-only");
  REQUIRE(u);
  CHECK(u->is_provision);
  CHECK(u->missing == std::vector<std::string>{"pupil.phase"});
  auto secondary = evaluate_yaml(*built.program, "id: p\npupil: { phase: secondary }\nneeds: [ { area: semh } ]\n");
  CHECK(provision(secondary, "secondary-only"));
}

TEST_CASE("escalations merge by step: earliest due date wins and every reason is kept") {
  RuleFolder folder;
  auto built = build(folder.write("r.yaml", root_header() + R"(
steps:
  assess: { title: Assess, source: law#s36 }
  later: { title: No date }
rules:
  - { id: slow, kind: local-policy, because: Slow reason., then: { escalate: [ { step: assess, due: ehc.requested + 10 weeks } ] } }
  - { id: fast, kind: statute, because: Fast reason., then: { escalate: [ { step: assess, due: ehc.requested + 6 weeks }, { step: later } ] } }
  - { id: unknown-date, kind: guidance, then: { escalate: [ { step: assess, due: ehc.decided + 1 week } ] } }
)"));
  INFO(built.rendered());
  REQUIRE(built.program);
  auto result = evaluate_yaml(*built.program, "id: p\nehc: { requested: 2026-10-01 }\n", "2026-11-20");
  REQUIRE(result.escalations.size() == 2);
  const auto& assess = result.escalations[0];
  CHECK(assess.step == "assess");
  CHECK(assess.due->iso() == "2026-11-12");
  CHECK(assess.overdue);
  CHECK(assess.by == std::vector<std::string>{"slow", "fast", "unknown-date"});
  CHECK(assess.because == std::vector<std::string>{"Slow reason.", "Fast reason."});
  CHECK(assess.kind == Kind::statute);  // the kind of the rule whose date is shown
  CHECK(assess.source == "law#s36");
  // A step without a due date comes after dated ones and is never overdue.
  CHECK(result.escalations[1].step == "later");
  CHECK_FALSE(result.escalations[1].due);
  CHECK_FALSE(result.escalations[1].overdue);
}

TEST_CASE("evaluation is deterministic: the same input gives the same result, field by field") {
  RuleFolder folder;
  auto built = build(folder.write("r.yaml", root_header() + R"yaml(
provision:
  a: { area: semh, title: A }
  b: { area: communication_interaction, title: B }
steps:
  s1: { title: S1 }
  s2: { title: S2 }
rules:
  - { id: r1, kind: guidance, then: { escalate: [ { step: s2, due: "date(2026, 12, 1)" }, { step: s1, due: "date(2026, 12, 1)" } ] } }
)yaml"));
  INFO(built.rendered());
  REQUIRE(built.program);
  const char* pupil = "id: p\nneeds: [ { area: semh }, { area: communication_interaction } ]\n";
  auto first = evaluate_yaml(*built.program, pupil);
  auto second = evaluate_yaml(*built.program, pupil);
  REQUIRE(first.escalations.size() == 2);
  // Same due date: ordered by step id.
  CHECK(first.escalations[0].step == "s1");
  CHECK(first.provision[0].id == "b");  // communication_interaction comes before semh
  CHECK(first.provision.size() == second.provision.size());
  CHECK(first.escalations[0].step == second.escalations[0].step);
}

TEST_CASE("needs are records: codes, awaiting assessments and levels can be tested inside where") {
  RuleFolder folder;
  auto built = build(folder.write("r.yaml", root_header() + R"yaml(
information:
  i: { text: x }
rules:
  - { id: hearing, kind: guidance, when: "any(needs where HI in codes)", then: { inform: [i] } }
  - { id: vision, kind: guidance, when: has_code(VI), then: { inform: [i] } }
  - { id: waiting, kind: guidance, when: "any(needs where \"autism\" in awaiting_assessment)", then: { inform: [i] } }
  - { id: supported, kind: guidance, when: count(needs where level >= sen_support) == 1, then: { inform: [i] } }
)yaml"));
  INFO(built.rendered());
  REQUIRE(built.program);
  auto result = evaluate_yaml(*built.program, R"(id: p
needs:
  - { area: sensory_physical, codes: [HI], level: sen_support }
  - { area: communication_interaction, awaiting_assessment: [autism] }
)");
  REQUIRE(result.information.size() == 1);
  CHECK(result.information[0].by == std::vector<std::string>{"hearing", "waiting", "supported"});
}

TEST_CASE("an entry whose window lies outside its rule set's is a warning, and never takes part") {
  RuleFolder folder;
  auto built = build(folder.write("r.yaml", root_header() + R"yaml(
effective: { from: 2026-09-01, to: 2027-08-31 }
information:
  i: { text: x }
rules:
  - { id: too-early, kind: guidance, effective: { to: 2026-06-30 }, then: { inform: [i] } }
  - { id: fine, kind: guidance, effective: { from: 2026-10-01 }, then: { inform: [i] } }
)yaml"));
  REQUIRE(built.program);  // a warning, not an error
  CHECK(built.has(Code::NeverInForce, "rule set `base` (2026-09-01 to 2027-08-31)"));
  CHECK(built.diagnostics.all().size() == 1);
  auto result = evaluate_yaml(*built.program, "id: p\n", "2026-11-22");
  REQUIRE(result.information.size() == 1);
  CHECK(result.information[0].by == std::vector<std::string>{"fine"});
}

TEST_CASE("the result lists every rule that fired, even one that changed nothing visible") {
  RuleFolder folder;
  auto built = build(folder.write("r.yaml", root_header() + R"yaml(
rules:
  - { id: no-effect, kind: guidance, when: has_need(semh), then: { level: { semh: universal } } }
  - { id: not-this, kind: guidance, when: false, then: {} }
  - { id: always, kind: guidance, then: {} }
)yaml"));
  REQUIRE(built.program);
  CHECK(fired_rules(*built.program, "id: p\nneeds: [ { area: semh } ]\n") ==
        std::vector<std::string>{"no-effect", "always"});
}

TEST_CASE("a merged step carries the kind of the rule whose due date it shows") {
  RuleFolder folder;
  auto built = build(folder.write("r.yaml", root_header() + R"yaml(
steps:
  review: { title: Review }
rules:
  - { id: yearly, kind: statute, then: { escalate: [ { step: review, due: ehc.plan_issued + 12 months } ] } }
  - { id: under-five, kind: guidance, then: { escalate: [ { step: review, due: ehc.plan_issued + 6 months } ] } }
  - { id: same-day, kind: local-policy, then: { escalate: [ { step: review, due: ehc.plan_issued + 6 months } ] } }
)yaml"));
  REQUIRE(built.program);
  auto result = evaluate_yaml(*built.program, "id: p\nehc: { plan_issued: 2026-06-19 }\n");
  const auto* review = escalation(result, "review");
  REQUIRE(review);
  CHECK(review->due->iso() == "2026-12-19");
  // Guidance gives the earlier date; statute's later date does not make it law.
  // A local policy with the same date does not weaken it either.
  CHECK(review->kind == Kind::guidance);
  CHECK(review->by == std::vector<std::string>{"yearly", "under-five", "same-day"});
}

TEST_CASE("in_place() is unknown when the profile does not record what is in place, and asks for it") {
  RuleFolder folder;
  auto built = build(folder.write("r.yaml", root_header() + R"(
provision:
  quiet-space: { area: semh, title: Quiet space }
information:
  i: { text: x }
rules:
  - { id: no-quiet-space, kind: guidance, when: not in_place("quiet-space"), then: { inform: i } }
)"));
  INFO(built.rendered());
  REQUIRE(built.program);
  auto unrecorded = evaluate_yaml(*built.program, "id: p\nneeds: [ { area: semh } ]\n");
  CHECK_FALSE(informed(unrecorded, "i"));
  const auto* open = undetermined(unrecorded, "no-quiet-space");
  REQUIRE(open);
  CHECK(open->missing == std::vector<std::string>{"in_place"});
  CHECK(questions_of(unrecorded, *open).at(0) == "What support does the school already give the child?");

  auto nothing = evaluate_yaml(*built.program, "id: p\nneeds: [ { area: semh } ]\nin_place: []\n");
  CHECK(informed(nothing, "i"));
  CHECK(nothing.gaps == std::vector<std::string>{"quiet-space"});
  auto there = evaluate_yaml(*built.program, "id: p\nneeds: [ { area: semh } ]\nin_place: [quiet-space]\n");
  CHECK_FALSE(informed(there, "i"));
  CHECK_FALSE(undetermined(there, "no-quiet-space"));
}
