// Comparing expectations with a result: each kind of expectation passes when
// it holds and fails, with readable expected and actual values, when not.
#include <catch2/catch.hpp>

#include "ruletest/compare_result.hpp"

using namespace apdr;
using namespace apdr::ruletest;

namespace {

Date d(const char* text) { return *Date::parse(text); }

NamedId id(const char* text, std::uint32_t line = 7) { return {text, {"t.test.yaml", line, 5}}; }

// A result with one of everything.
eval::Result sample() {
  eval::Result r;
  r.levels.push_back({Area::semh, "sen_support", "SEN support", "sen_support", {"profile"}});
  eval::ProvisionResult in_place;
  in_place.id = "adapted-teaching";
  in_place.in_place = true;
  in_place.by = {"level"};
  eval::ProvisionResult gap;
  gap.id = "elsa";
  gap.by = {"semh-rule"};
  r.provision = {in_place, gap};
  r.gaps = {"elsa"};
  eval::EscalationResult step;
  step.step = "decide-whether-to-assess";
  step.due = d("2026-11-12");
  step.overdue = true;
  step.by = {"decide-whether-to-assess"};
  r.escalations = {step};
  eval::InformationResult info;
  info.id = "assessment-timescales";
  info.by = {"decide-whether-to-assess"};
  r.information = {info};
  r.undetermined = {{"appeal", false, {"ehc.decided"}, {}}};
  r.fired = {"decide-whether-to-assess", "semh-rule"};
  return r;
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
  t.undetermined = {id("appeal")};
  t.fires = {id("semh-rule")};
  t.not_fires = {id("appeal")};
  CHECK(compare_result(t, sample()).empty());
}

TEST_CASE("an empty case checks nothing and passes") {
  CHECK(compare_result(TestCase{}, sample()).empty());
}

TEST_CASE("a wrong level shows the expected and the actual level with its reason") {
  TestCase t;
  t.levels = {{Area::semh, "ehc_plan", {"t.test.yaml", 9, 15}}, {Area::sensory_physical, "universal", {}}};
  auto failures = compare_result(t, sample());
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
  auto f = compare_result(t, sample());
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
  auto f = compare_result(due_only, sample());
  REQUIRE(f.size() == 1);
  CHECK(f[0].expectation == "escalate decide-whether-to-assess");
  CHECK(f[0].expected == "listed, due 2026-11-13");
  CHECK(f[0].actual == "listed, due 2026-11-12");

  TestCase overdue_only;
  overdue_only.escalate = {{id("decide-whether-to-assess"), std::nullopt, false, std::nullopt}};
  f = compare_result(overdue_only, sample());
  REQUIRE(f.size() == 1);
  CHECK(f[0].expected == "listed, not overdue");
  CHECK(f[0].actual == "listed, overdue");

  TestCase listed_only;
  listed_only.escalate = {{id("decide-whether-to-assess"), std::nullopt, std::nullopt, std::nullopt}};
  CHECK(compare_result(listed_only, sample()).empty());

  TestCase missing;
  missing.escalate = {{id("final-plan"), d("2027-01-01"), std::nullopt, std::nullopt}};
  f = compare_result(missing, sample());
  REQUIRE(f.size() == 1);
  CHECK(f[0].expected == "listed, due 2027-01-01");
  CHECK(f[0].actual == "not listed; steps listed: decide-whether-to-assess");
}

TEST_CASE("an escalation without a due date reads as such") {
  auto r = sample();
  r.escalations[0].due.reset();
  TestCase t;
  t.escalate = {{id("decide-whether-to-assess"), d("2026-11-12"), std::nullopt, std::nullopt}};
  auto f = compare_result(t, r);
  REQUIRE(f.size() == 1);
  CHECK(f[0].actual == "listed, no due date");
}

TEST_CASE("not_escalate, inform and not_inform fail with the item's reason") {
  TestCase t;
  t.not_escalate = {id("decide-whether-to-assess")};
  t.inform = {id("how-to-appeal")};
  t.not_inform = {id("assessment-timescales")};
  auto f = compare_result(t, sample());
  REQUIRE(f.size() == 3);
  CHECK(f[0].expectation == "not_escalate decide-whether-to-assess");
  CHECK(f[0].actual == "listed, due 2026-11-12, by decide-whether-to-assess");
  CHECK(f[1].actual == "not in information; information: assessment-timescales");
  CHECK(f[2].actual == "in information, by decide-whether-to-assess");
}

TEST_CASE("undetermined, fires and not_fires say what happened instead") {
  TestCase t;
  t.undetermined = {id("semh-rule"), id("other")};
  t.fires = {id("appeal"), id("other")};
  t.not_fires = {id("semh-rule")};
  auto f = compare_result(t, sample());
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
  CHECK(compare_result(right, r).empty());
  TestCase wrong;
  wrong.escalate = {{id("decide-whether-to-assess"), d("2026-11-12"), std::nullopt, Kind::guidance}};
  auto f = compare_result(wrong, r);
  REQUIRE(f.size() == 1);
  CHECK(f[0].expected == "listed, due 2026-11-12, guidance");
  CHECK(f[0].actual == "listed, due 2026-11-12, statute");
}
