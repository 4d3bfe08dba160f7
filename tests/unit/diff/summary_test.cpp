// The diff summary: every row counted once in exactly one of changed,
// unchanged and rejected, and each change naming the pupils it touches.
#include <catch2/catch.hpp>

#include "diff/summary.hpp"

using namespace apdr;
using diff::ChangeKind;
using diff::PupilChange;

namespace {

diff::Change change(ChangeKind kind, std::string subject) {
  diff::Change c;
  c.kind = kind;
  c.subject = std::move(subject);
  return c;
}

PupilChange pupil(std::size_t row, std::string id, std::vector<diff::Change> changes) {
  PupilChange p;
  p.row = row;
  p.pupil = std::move(id);
  p.changes = std::move(changes);
  p.status = p.changes.empty() ? PupilChange::Status::unchanged : PupilChange::Status::changed;
  return p;
}

}  // namespace

TEST_CASE("read, changed, unchanged and rejected add up, and each change names its pupils") {
  diff::DiffSummary s;
  s.add(pupil(1, "a", {change(ChangeKind::provision_gained, "elsa"), change(ChangeKind::escalation_moved, "review")}));
  s.add(pupil(2, "b", {}));
  s.add(pupil(3, "c", {change(ChangeKind::provision_gained, "elsa")}));
  PupilChange broken;
  broken.row = 4;
  broken.status = PupilChange::Status::rejected;
  s.add(broken);
  s.add(pupil(5, "e", {change(ChangeKind::escalation_moved, "review")}));

  CHECK(s.read == 5);
  CHECK(s.changed == 3);
  CHECK(s.unchanged == 1);
  CHECK(s.rejected == 1);
  CHECK(s.read == s.changed + s.unchanged + s.rejected);
  REQUIRE(s.changes.size() == 2);
  // A gained item is grouped with its kind (the new side's: local policy here).
  auto gained = s.changes.at(diff::SummaryKey{ChangeKind::provision_gained, "elsa", {}, {}, Kind::local_policy});
  CHECK(gained.pupils == std::vector<std::string>{"a", "c"});
  auto moved = s.changes.at(diff::SummaryKey{ChangeKind::escalation_moved, "review", {}, {}});
  CHECK(moved.pupils == std::vector<std::string>{"a", "e"});
}

TEST_CASE("levels are grouped by area and both levels, a pupil is counted once per group") {
  diff::DiffSummary s;
  auto raise = [](std::string from, std::string to) {
    auto c = change(ChangeKind::level_changed, "semh");
    c.old_level = std::move(from);
    c.new_level = std::move(to);
    return c;
  };
  s.add(pupil(1, "a", {raise("universal", "targeted")}));
  s.add(pupil(2, "b", {raise("targeted", "specialist")}));
  s.add(pupil(3, "c", {raise("universal", "targeted")}));
  auto rejected = change(ChangeKind::rejected_under_new, "E061");
  s.add(pupil(4, "d", {rejected, rejected}));

  CHECK(s.changes.at(diff::SummaryKey{ChangeKind::level_changed, "semh", "universal", "targeted"}).pupils ==
        std::vector<std::string>{"a", "c"});
  CHECK(s.changes.at(diff::SummaryKey{ChangeKind::level_changed, "semh", "targeted", "specialist"}).pupils ==
        std::vector<std::string>{"b"});
  CHECK(s.changes.at(diff::SummaryKey{ChangeKind::rejected_under_new, "E061", {}, {}}).pupils ==
        std::vector<std::string>{"d"});
}

TEST_CASE("a pupil without an id is named by its row") {
  diff::DiffSummary s;
  s.add(pupil(7, "", {change(ChangeKind::information_added, "helpline")}));
  CHECK(s.changes.begin()->second.pupils == std::vector<std::string>{"row 7"});
}
