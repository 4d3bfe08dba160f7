// compare_results on hand-made results: each kind of change is found, with
// the values on each side, and two equal results give no change at all.
#include <catch2/catch.hpp>

#include "diff/compare.hpp"
#include "result_lists.hpp"

using namespace apdr;
using diff::ChangeKind;

namespace {

Date day(int month, int d) { return *Date::from_ymd(2026, month, d); }

// A pupil with a little of everything, as the old rule set saw them.
eval::Result sample() {
  eval::Result r;
  r.profile = "pupil-1";
  r.as_of = day(11, 22);
  r.levels.push_back({Area::semh, "sen_support", "SEN support", "sen_support", apdr::test::names({"profile"})});
  eval::ProvisionResult quiet;
  quiet.id = "quiet-space";
  quiet.area = "semh";
  quiet.in_place = true;
  r.provision.push_back(quiet);
  eval::EscalationResult review;
  review.step = "review";
  review.due = day(12, 1);
  r.escalations.push_back(review);
  eval::InformationResult offer;
  offer.id = "local-offer";
  r.information.push_back(offer);
  r.undetermined.push_back({"low-attendance", false, apdr::test::names({"attendance"})});
  return r;
}

std::vector<ChangeKind> kinds(const std::vector<diff::Change>& changes) {
  std::vector<ChangeKind> out;
  for (const auto& change : changes) out.push_back(change.kind);
  return out;
}

}  // namespace

TEST_CASE("two equal results give no change") {
  CHECK(diff::compare_results(sample(), sample()).empty());
}

TEST_CASE("wording, sources and the rules behind an item are not changes") {
  auto after = sample();
  after.levels[0].by = apdr::test::names({"some-rule"});
  after.levels[0].level_title = "Renamed";
  after.provision[0].title = "A calm room";
  after.provision[0].by = apdr::test::names({"level", "another-rule"});
  after.provision[0].source = "oap#p2";
  after.escalations[0].because = apdr::test::names({"A new reason."});
  after.information[0].text = "Reworded.";
  after.undetermined[0].missing = apdr::test::names({"attendance", "ehc.decided"});
  CHECK(diff::compare_results(sample(), after).empty());
}

TEST_CASE("a level that changed is reported with both levels") {
  auto after = sample();
  after.levels[0].level = "range3";
  auto changes = diff::compare_results(sample(), after);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].kind == ChangeKind::level_changed);
  CHECK(changes[0].subject == "semh");
  CHECK(changes[0].old_level == "sen_support");
  CHECK(changes[0].new_level == "range3");
}

TEST_CASE("provision gained, lost, and changed in place or kind") {
  auto after = sample();
  eval::ProvisionResult elsa;
  elsa.id = "elsa";
  elsa.kind = Kind::guidance;
  elsa.in_place = false;
  after.provision.push_back(elsa);
  auto before = sample();
  eval::ProvisionResult timetable;
  timetable.id = "visual-timetable";
  timetable.in_place = true;
  before.provision.push_back(timetable);
  after.provision[0].kind = Kind::statute;

  auto changes = diff::compare_results(before, after);
  REQUIRE(kinds(changes) == std::vector{ChangeKind::provision_gained, ChangeKind::provision_lost,
                                        ChangeKind::provision_changed});
  CHECK(changes[0].subject == "elsa");
  CHECK(changes[0].new_in_place == false);
  CHECK(changes[0].new_kind == Kind::guidance);
  CHECK(changes[1].subject == "visual-timetable");
  CHECK(changes[1].old_in_place == true);
  CHECK(changes[2].subject == "quiet-space");
  CHECK(changes[2].old_kind == Kind::local_policy);
  CHECK(changes[2].new_kind == Kind::statute);
  CHECK(changes[2].old_in_place == changes[2].new_in_place);
}

TEST_CASE("escalations added, removed, and moved with both dates and overdue") {
  auto before = sample();
  eval::EscalationResult advice;
  advice.step = "specialist-advice";
  before.escalations.push_back(advice);
  auto after = sample();
  after.escalations[0].due = day(11, 1);
  after.escalations[0].overdue = true;
  eval::EscalationResult plan;
  plan.step = "plan-cycle";
  plan.due = day(12, 24);
  after.escalations.push_back(plan);

  auto changes = diff::compare_results(before, after);
  REQUIRE(kinds(changes) == std::vector{ChangeKind::escalation_added, ChangeKind::escalation_removed,
                                        ChangeKind::escalation_moved});
  CHECK(changes[0].subject == "plan-cycle");
  CHECK(changes[0].new_due == day(12, 24));
  CHECK(changes[1].subject == "specialist-advice");
  CHECK_FALSE(changes[1].old_due.has_value());
  CHECK(changes[2].subject == "review");
  CHECK(changes[2].old_due == day(12, 1));
  CHECK(changes[2].new_due == day(11, 1));
  CHECK_FALSE(changes[2].old_overdue);
  CHECK(changes[2].new_overdue);
}

TEST_CASE("a due date that becomes unknown is a move") {
  auto after = sample();
  after.escalations[0].due.reset();
  auto changes = diff::compare_results(sample(), after);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].kind == ChangeKind::escalation_moved);
  CHECK_FALSE(changes[0].new_due.has_value());
}

TEST_CASE("information and undetermined entries added and removed") {
  auto after = sample();
  after.information.clear();
  eval::InformationResult helpline;
  helpline.id = "helpline";
  after.information.push_back(helpline);
  after.undetermined.clear();
  after.undetermined.push_back({"attendance-support", true, apdr::test::names({"attendance"})});

  auto changes = diff::compare_results(sample(), after);
  REQUIRE(kinds(changes) == std::vector{ChangeKind::information_added, ChangeKind::information_removed,
                                        ChangeKind::undetermined_added, ChangeKind::undetermined_removed});
  CHECK(changes[0].subject == "helpline");
  CHECK(changes[1].subject == "local-offer");
  CHECK(changes[2].subject == "attendance-support");
  CHECK(changes[2].is_provision);
  CHECK(changes[2].missing == std::vector<std::string>{"attendance"});
  CHECK(changes[3].subject == "low-attendance");
  CHECK_FALSE(changes[3].is_provision);
}

TEST_CASE("a rule and a provision item with one id are different undetermined entries") {
  auto after = sample();
  after.undetermined[0].is_provision = true;
  auto changes = diff::compare_results(sample(), after);
  CHECK(kinds(changes) == std::vector{ChangeKind::undetermined_added, ChangeKind::undetermined_removed});
}

TEST_CASE("changes come in kind order whatever order they were found in") {
  auto after = sample();
  after.undetermined.clear();
  after.levels[0].level = "ehc_plan";
  after.information.clear();
  auto changes = diff::compare_results(sample(), after);
  CHECK(kinds(changes) == std::vector{ChangeKind::level_changed, ChangeKind::information_removed,
                                      ChangeKind::undetermined_removed});
}
