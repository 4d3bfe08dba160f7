// Comparing expectations with a result: each kind of expectation passes when
// it holds and fails, with readable expected and actual values, when not.
#include <catch2/catch.hpp>

#include "ruletest/compare_result.hpp"
#include "result_lists.hpp"

using namespace apdr;
using namespace apdr::ruletest;

namespace {

Date d(const char* text) { return *Date::parse(text); }

NamedId id(const char* text, std::uint32_t line = 7) { return {text, {"t.test.yaml", line, 5}}; }

// A result with one of everything.
eval::Result sample() {
  eval::Result r;
  r.levels.push_back({Area::semh, "sen_support", "SEN support", "sen_support", apdr::test::names({"profile"})});
  eval::ProvisionResult in_place;
  in_place.id = "adapted-teaching";
  in_place.in_place = true;
  in_place.by = apdr::test::names({"level"});
  eval::ProvisionResult gap;
  gap.id = "elsa";
  gap.by = apdr::test::names({"semh-rule"});
  r.provision = {in_place, gap};
  r.gaps = apdr::test::names({"elsa"});
  eval::EscalationResult step;
  step.step = "decide-whether-to-assess";
  step.due = d("2026-11-12");
  step.overdue = true;
  step.by = apdr::test::names({"decide-whether-to-assess"});
  r.escalations = {step};
  eval::InformationResult info;
  info.id = "assessment-timescales";
  info.by = apdr::test::names({"decide-whether-to-assess"});
  r.information = {info};
  r.undetermined.push_back({"appeal", false, apdr::test::names({"ehc.decided"})});
  return r;
}

// The rules that fired for sample().
const std::vector<std::string>& fired() {
  static const std::vector<std::string> ids{"decide-whether-to-assess", "semh-rule"};
  return ids;
}

}  // namespace

TEST_CASE("a case whose every expectation holds has no failures") {
  TestCase t;
  t.levels = {{Area::semh, "sen_support", {}}};
  t.provide = {id("adapted-teaching"), id("elsa")};
  t.not_provide = {id("quiet-room")};
  t.gaps = {id("elsa")};
  t.escalate = {{id("decide-whether-to-assess"), d("2026-11-12"), true, std::nullopt}};
  t.not_escalate = {id("final-plan")};
  t.inform = {id("assessment-timescales")};
  t.not_inform = {id("how-to-appeal")};
  t.undetermined = {{id("appeal")}};
  t.fires = {id("semh-rule")};
  t.not_fires = {id("appeal")};
  CHECK(compare_result(t, sample(), fired()).empty());
}

TEST_CASE("an empty case checks nothing and passes") {
  CHECK(compare_result(TestCase{}, sample(), fired()).empty());
}

TEST_CASE("a wrong level shows the expected and the actual level with its reason") {
  TestCase t;
  t.levels = {{Area::semh, "ehc_plan", {"t.test.yaml", 9, 15}}, {Area::sensory_physical, "universal", {}}};
  auto failures = compare_result(t, sample(), fired());
  REQUIRE(failures.size() == 2);
  CHECK(failures[0].expectation == "levels semh");
  CHECK(failures[0].where.line == 9);
  CHECK(failures[0].expected == "ehc_plan");
  CHECK(failures[0].actual == "sen_support (by profile)");
  CHECK(failures[1].expectation == "levels sensory_physical");
  CHECK(failures[1].actual == "no need in this area");
}

TEST_CASE("provide, not_provide and gaps fail with what the result held") {
  TestCase t;
  t.provide = {id("quiet-room")};
  t.not_provide = {id("elsa")};
  t.gaps = {id("adapted-teaching"), id("quiet-room")};
  auto f = compare_result(t, sample(), fired());
  REQUIRE(f.size() == 4);
  CHECK(f[0].expectation == "provide quiet-room");
  CHECK(f[0].actual == "not in provision; provision: adapted-teaching, elsa");
  CHECK(f[1].expectation == "not_provide elsa");
  CHECK(f[1].actual == "in provision, by semh-rule");
  CHECK(f[2].expectation == "gaps adapted-teaching");
  CHECK(f[2].actual == "in place");
  CHECK(f[3].actual == "not in provision; gaps: elsa");
}

TEST_CASE("escalate compares only the fields the case gives") {
  TestCase due_only;
  due_only.escalate = {{id("decide-whether-to-assess"), d("2026-11-13"), std::nullopt, std::nullopt}};
  auto f = compare_result(due_only, sample(), fired());
  REQUIRE(f.size() == 1);
  CHECK(f[0].expectation == "escalate decide-whether-to-assess");
  CHECK(f[0].expected == "listed, due 2026-11-13");
  CHECK(f[0].actual == "listed, due 2026-11-12");

  TestCase overdue_only;
  overdue_only.escalate = {{id("decide-whether-to-assess"), std::nullopt, false, std::nullopt}};
  f = compare_result(overdue_only, sample(), fired());
  REQUIRE(f.size() == 1);
  CHECK(f[0].expected == "listed, not overdue");
  CHECK(f[0].actual == "listed, overdue");

  TestCase listed_only;
  listed_only.escalate = {{id("decide-whether-to-assess"), std::nullopt, std::nullopt, std::nullopt}};
  CHECK(compare_result(listed_only, sample(), fired()).empty());

  TestCase missing;
  missing.escalate = {{id("final-plan"), d("2027-01-01"), std::nullopt, std::nullopt}};
  f = compare_result(missing, sample(), fired());
  REQUIRE(f.size() == 1);
  CHECK(f[0].expected == "listed, due 2027-01-01");
  CHECK(f[0].actual == "not listed; steps listed: decide-whether-to-assess");
}

TEST_CASE("an escalation without a due date reads as such") {
  auto r = sample();
  r.escalations[0].due.reset();
  TestCase t;
  t.escalate = {{id("decide-whether-to-assess"), d("2026-11-12"), std::nullopt, std::nullopt}};
  auto f = compare_result(t, r, fired());
  REQUIRE(f.size() == 1);
  CHECK(f[0].actual == "listed, no due date");
}

TEST_CASE("not_escalate, inform and not_inform fail with the item's reason") {
  TestCase t;
  t.not_escalate = {id("decide-whether-to-assess")};
  t.inform = {id("how-to-appeal")};
  t.not_inform = {id("assessment-timescales")};
  auto f = compare_result(t, sample(), fired());
  REQUIRE(f.size() == 3);
  CHECK(f[0].expectation == "not_escalate decide-whether-to-assess");
  CHECK(f[0].actual == "listed, due 2026-11-12, by decide-whether-to-assess");
  CHECK(f[1].actual == "not in information; information: assessment-timescales");
  CHECK(f[2].actual == "in information, by decide-whether-to-assess");
}

TEST_CASE("undetermined, fires and not_fires say what happened instead") {
  TestCase t;
  t.undetermined = {{id("semh-rule")}, {id("other")}};
  t.fires = {id("appeal"), id("other")};
  t.not_fires = {id("semh-rule")};
  auto f = compare_result(t, sample(), fired());
  REQUIRE(f.size() == 5);
  CHECK(f[0].actual == "fired; undetermined: appeal");
  CHECK(f[1].actual == "determined; undetermined: appeal");
  CHECK(f[2].expectation == "fires appeal");
  CHECK(f[2].actual == "undetermined");
  CHECK(f[3].actual == "did not fire");
  CHECK(f[4].expectation == "not_fires semh-rule");
  CHECK(f[4].expected == "did not fire");
  CHECK(f[4].actual == "fired");
}

TEST_CASE("escalate checks the kind a step rests on when the case gives it") {
  auto r = sample();
  r.escalations[0].kind = Kind::statute;
  TestCase right;
  right.escalate = {{id("decide-whether-to-assess"), std::nullopt, std::nullopt, Kind::statute}};
  CHECK(compare_result(right, r, fired()).empty());
  TestCase wrong;
  wrong.escalate = {{id("decide-whether-to-assess"), d("2026-11-12"), std::nullopt, Kind::guidance}};
  auto f = compare_result(wrong, r, fired());
  REQUIRE(f.size() == 1);
  CHECK(f[0].expected == "listed, due 2026-11-12, guidance");
  CHECK(f[0].actual == "listed, due 2026-11-12, statute");
}

namespace {

SourceLocation at(std::uint32_t line) { return {"t.test.yaml", line, 11}; }

}  // namespace

TEST_CASE("levels: none passes when the area is not listed and fails naming the level it is at") {
  TestCase t;
  t.levels = {{Area::cognition_learning, "none", at(5), true}};
  CHECK(compare_result(t, sample(), fired()).empty());
  t.levels = {{Area::semh, "none", at(5), true}};
  auto f = compare_result(t, sample(), fired());
  REQUIRE(f.size() == 1);
  CHECK(f[0].expectation == "levels semh");
  CHECK(f[0].where.line == 5);
  CHECK(f[0].expected == "none: semh not listed");
  CHECK(f[0].actual == "semh is listed at sen_support (by profile)");
}

TEST_CASE("only: true fails naming what is there but not expected, and what is expected but absent") {
  auto r = sample();
  r.escalations.push_back({});
  r.escalations.back().step = "final-plan";
  TestCase exact;
  exact.only.provide = at(3);
  exact.provide = {id("adapted-teaching"), id("elsa")};
  exact.only.gaps = at(4);
  exact.gaps = {id("elsa")};
  exact.only.escalate = at(5);
  exact.escalate = {{id("decide-whether-to-assess")}, {id("final-plan")}};
  exact.only.inform = at(6);
  exact.inform = {id("assessment-timescales")};
  exact.only.undetermined = at(7);
  exact.undetermined = {{id("appeal")}};
  exact.only.levels = at(8);
  exact.levels = {{Area::semh, "sen_support", at(8)}, {Area::cognition_learning, "none", at(8), true}};
  CHECK(compare_result(exact, r, fired()).empty());

  TestCase loose;
  loose.only.provide = at(3);
  loose.provide = {id("elsa"), id("quiet-room")};
  loose.only.gaps = at(4);  // nothing may be a gap
  loose.only.escalate = at(5);
  loose.escalate = {{id("final-plan")}};
  loose.only.inform = at(6);
  loose.only.undetermined = at(7);
  loose.only.levels = at(8);
  loose.levels = {{Area::semh, "none", at(8), true}};
  auto f = compare_result(loose, r, fired());
  std::vector<std::string> what;
  for (const auto& failure : f) what.push_back(failure.expectation);
  // Each only right after its own expectation, in the documented order.
  CHECK(what == std::vector<std::string>{"levels semh", "levels only", "provide quiet-room", "provide only",
                                         "gaps only", "escalate only", "inform only", "undetermined only"});
  CHECK(f[1].expected == "exactly: none");
  CHECK(f[1].actual == "also listed: semh at sen_support");
  CHECK(f[3].where.line == 3);
  CHECK(f[3].expected == "exactly: elsa, quiet-room");
  CHECK(f[3].actual == "also provided: adapted-teaching; not provided: quiet-room");
  CHECK(f[4].actual == "also a gap: elsa");
  CHECK(f[5].actual == "also listed: decide-whether-to-assess");
  CHECK(f[6].actual == "also in information: assessment-timescales");
  CHECK(f[7].actual == "also undetermined: appeal");
}

TEST_CASE("undetermined missing facts compare as a set and the diff names the facts that differ") {
  auto r = sample();
  r.undetermined = {{"appeal", false, apdr::test::names({"ehc.decided", "attendance"})}};
  TestCase same;
  same.undetermined = {{id("appeal"), std::vector<std::string>{"attendance", "ehc.decided", "attendance"}}};
  CHECK(compare_result(same, r, fired()).empty());

  TestCase differ;
  differ.undetermined = {{id("appeal", 9), std::vector<std::string>{"attendance", "pupil.year_group"}}};
  auto f = compare_result(differ, r, fired());
  REQUIRE(f.size() == 1);
  CHECK(f[0].expectation == "undetermined appeal missing");
  CHECK(f[0].where.line == 9);
  CHECK(f[0].expected == "missing attendance, pupil.year_group");
  CHECK(f[0].actual ==
        "missing ehc.decided, attendance (expected but not missing: pupil.year_group; also missing: ehc.decided)");

  TestCase none;
  none.undetermined = {{id("appeal"), std::vector<std::string>{}}};
  f = compare_result(none, r, fired());
  REQUIRE(f.size() == 1);
  CHECK(f[0].expected == "missing none");
}

TEST_CASE("an undetermined reason is compared with the result's: missing facts read as `missing`") {
  TestCase missing;
  missing.undetermined = {{id("appeal"), std::nullopt, std::string("missing")}};
  CHECK(compare_result(missing, sample(), fired()).empty());
  TestCase cannot;
  cannot.undetermined = {{id("appeal"), std::nullopt, std::string("cannot-compute")}};
  auto f = compare_result(cannot, sample(), fired());
  REQUIRE(f.size() == 1);
  CHECK(f[0].expectation == "undetermined appeal reason");
  CHECK(f[0].expected == "reason cannot-compute");
  CHECK(f[0].actual == "reason missing");
}
