// The kind of each item a change gains or loses (statute, guidance, local
// policy) is carried from the results to the text, the JSON and the summary,
// and a statutory item taken away stands out: a local change must never
// quietly remove a statutory entitlement.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "diff/compare.hpp"
#include "diff/json.hpp"
#include "diff/summary.hpp"
#include "diff/text.hpp"

using namespace apdr;
using diff::ChangeKind;
using diff::PupilChange;

namespace {

eval::Result with_statutory_items() {
  eval::Result r;
  r.profile = "pupil-1";
  eval::ProvisionResult plan;
  plan.id = "plan-provision";
  plan.kind = Kind::statute;
  r.provision.push_back(plan);
  eval::EscalationResult decide;
  decide.step = "decide";
  decide.kind = Kind::statute;
  r.escalations.push_back(decide);
  eval::InformationResult right;
  right.id = "right-to-request";
  right.kind = Kind::statute;
  r.information.push_back(right);
  return r;
}

// The text with its wrapped lines joined again, so a check does not depend
// on where a long line happens to wrap.
std::string unwrapped(std::string text) {
  for (auto at = text.find("\n      "); at != std::string::npos; at = text.find("\n      ")) {
    text.replace(at, 7, " ");
  }
  return text;
}

PupilChange changed(std::string id, std::vector<diff::Change> changes) {
  PupilChange p;
  p.status = PupilChange::Status::changed;
  p.row = 1;
  p.pupil = std::move(id);
  p.changes = std::move(changes);
  return p;
}

}  // namespace

TEST_CASE("items lost keep the kind of the old side, items gained the kind of the new") {
  eval::Result none;
  none.profile = "pupil-1";
  auto lost = diff::compare_results(with_statutory_items(), none);
  REQUIRE(lost.size() == 3);
  for (const auto& change : lost) {
    INFO(diff::change_label(change.kind));
    CHECK(change.old_kind == Kind::statute);
    CHECK(diff::statute_lost(change));
    CHECK(diff::change_item_kind(change) == Kind::statute);
  }
  auto gained = diff::compare_results(none, with_statutory_items());
  REQUIRE(gained.size() == 3);
  for (const auto& change : gained) {
    CHECK(change.new_kind == Kind::statute);
    CHECK_FALSE(diff::statute_lost(change));  // gaining one is not losing one
  }
}

TEST_CASE("losing a guidance or local item is not a statutory loss") {
  diff::Change c;
  c.kind = ChangeKind::information_removed;
  c.subject = "helpline";
  c.old_kind = Kind::guidance;
  CHECK_FALSE(diff::statute_lost(c));
  c.old_kind = Kind::statute;
  CHECK(diff::statute_lost(c));
  c.kind = ChangeKind::level_changed;  // a level has no kind of its own
  CHECK_FALSE(diff::statute_lost(c));
}

TEST_CASE("a pupil's line shows the kind, and marks a statutory item lost") {
  eval::Result none;
  none.profile = "pupil-1";
  std::string text =
      unwrapped(diff::pupil_text(changed("pupil-a", diff::compare_results(with_statutory_items(), none))));
  INFO(text);
  CHECK(text.find("provision lost: plan-provision (statute; was not recorded) [STATUTE LOST]") !=
        std::string::npos);
  CHECK(text.find("escalation removed: decide (statute; was no due date) [STATUTE LOST]") !=
        std::string::npos);
  CHECK(text.find("information removed: right-to-request (statute) [STATUTE LOST]") != std::string::npos);

  std::string gained = diff::pupil_text(changed("pupil-a", diff::compare_results(none, with_statutory_items())));
  CHECK(gained.find("information added: right-to-request (statute)\n") != std::string::npos);
  CHECK(gained.find("STATUTE LOST") == std::string::npos);
}

TEST_CASE("the summary counts statutory losses apart, under their own heading first") {
  eval::Result none;
  none.profile = "pupil-1";
  diff::DiffSummary summary;
  summary.add(changed("pupil-a", diff::compare_results(with_statutory_items(), none)));
  diff::Change local;
  local.kind = ChangeKind::information_removed;
  local.subject = "right-to-request";  // the same id, but resting on local policy for this pupil
  local.old_kind = Kind::local_policy;
  summary.add(changed("pupil-b", {local}));
  CHECK(summary.statute_lost_pupils == 1);
  // Same id, other kind: two groups, so the statutory one is never hidden in a count.
  CHECK(summary.changes.size() == 4);

  std::string text = diff::summary_text(summary);
  INFO(text);
  auto heading = text.find("Statutory items lost (1 pupil)");
  auto rest = text.find("Summary: each change");
  REQUIRE(heading != std::string::npos);
  REQUIRE(rest != std::string::npos);
  CHECK(heading < rest);
  CHECK(text.find("  information removed: right-to-request (statute) — 1 pupil: pupil-a") != std::string::npos);
  CHECK(text.find("  information removed: right-to-request (local policy) — 1 pupil: pupil-b") !=
        std::string::npos);

  auto document = nlohmann::json::parse(diff::json_opening({}) + diff::json_closing(summary));
  CHECK(document["totals"]["statute_lost"] == 1);
  bool found = false;
  for (const auto& entry : document["summary"]) {
    if (entry["change"] == "information removed" && entry["kind"] == "statute") found = true;
  }
  CHECK(found);
}

TEST_CASE("a summary without statutory losses has no such heading") {
  diff::DiffSummary summary;
  diff::Change gained;
  gained.kind = ChangeKind::provision_gained;
  gained.subject = "quiet-space";
  summary.add(changed("pupil-a", {gained}));
  CHECK(diff::summary_text(summary).find("Statutory") == std::string::npos);
  CHECK(diff::change_json(gained)["statute_lost"] == false);
}
