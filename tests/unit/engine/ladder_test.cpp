// DESIGN.md, Areas and ladders: a refined ladder projects onto the root one;
// root names compare by projection, a `level` action naming a root level
// raises to the lowest local level within it, and provision levels compare
// the same way. Evaluation step 2: the level fixpoint.
#include "engine_fixture.hpp"

using namespace apdr;
using namespace apdr::testing;

namespace {

const char* local_toolkit = R"(apdr: 1
id: local
extends: base.yaml
sources:
  oap: { title: Local guidance }
levels:
  - { id: range1, title: Ordinarily available, national: universal }
  - { id: range2, title: SEN support, national: sen_support }
  - { id: range3, title: SEN support with specialist advice, national: sen_support }
  - { id: range4, title: Statutory plan, national: ehc_plan }
provision:
  visual-timetable: { area: communication_interaction, level: range1, title: Visual timetable, source: oap#p12 }
  elsa: { area: semh, level: range3, title: ELSA sessions, source: oap#p30 }
  key-adult: { area: semh, level: sen_support, title: Key adult, source: "oap#p31" }
)";

const char* base_rules = R"(
information:
  support: { text: On SEN support }
rules:
  - { id: national-support, kind: guidance, when: level(semh) >= sen_support, then: { inform: [support] } }
  - { id: raise-to-root, kind: guidance, when: has_code(SEMH), then: { level: { semh: sen_support } } }
)";

}  // namespace

TEST_CASE("root level names keep working under a refined ladder") {
  RuleFolder folder;
  folder.write("base.yaml", root_header() + base_rules);
  auto built = build(folder.write("local.yaml", local_toolkit));
  INFO(built.rendered());
  REQUIRE(built.program);

  // range3 projects to sen_support, so the inherited rule fires.
  auto at_range3 = evaluate_yaml(*built.program, "id: p\nneeds: [ { area: semh, level: range3 } ]\n");
  CHECK(informed(at_range3, "support"));
  REQUIRE(level_of(at_range3, Area::semh));
  CHECK(level_of(at_range3, Area::semh)->level == "range3");
  CHECK(level_of(at_range3, Area::semh)->national == "sen_support");
  CHECK(level_of(at_range3, Area::semh)->by == std::vector<std::string>{"profile"});
  // The provision item at root level sen_support applies at range3 by projection.
  CHECK(provision(at_range3, "key-adult"));
  CHECK(provision(at_range3, "elsa"));

  auto at_range1 = evaluate_yaml(*built.program, "id: p\nneeds: [ { area: semh, level: range1 } ]\n");
  CHECK_FALSE(informed(at_range1, "support"));
  CHECK_FALSE(provision(at_range1, "key-adult"));
}

TEST_CASE("a level action naming a root level raises to the lowest local level within it") {
  RuleFolder folder;
  folder.write("base.yaml", root_header() + base_rules);
  auto built = build(folder.write("local.yaml", local_toolkit));
  REQUIRE(built.program);
  auto result = evaluate_yaml(*built.program, "id: p\nneeds: [ { area: semh, codes: [SEMH] } ]\n");
  REQUIRE(level_of(result, Area::semh));
  CHECK(level_of(result, Area::semh)->level == "range2");
  CHECK(level_of(result, Area::semh)->by == std::vector<std::string>{"raise-to-root"});
  // Raised to range2 only: range3's ELSA is not reached, sen_support's key adult is.
  CHECK(provision(result, "key-adult"));
  CHECK_FALSE(provision(result, "elsa"));
  // A level never goes down: a pupil stated at range3 stays there.
  auto higher = evaluate_yaml(*built.program, "id: p\nneeds: [ { area: semh, level: range3, codes: [SEMH] } ]\n");
  CHECK(level_of(higher, Area::semh)->level == "range3");
  CHECK(level_of(higher, Area::semh)->by == std::vector<std::string>{"profile"});
}

TEST_CASE("a need with no stated level starts at the lowest level, areas without a need are not listed") {
  RuleFolder folder;
  folder.write("base.yaml", root_header() + base_rules);
  auto built = build(folder.write("local.yaml", local_toolkit));
  REQUIRE(built.program);
  auto result = evaluate_yaml(*built.program, "id: p\nneeds: [ { area: communication_interaction } ]\nin_place: []\n");
  REQUIRE(result.levels.size() == 1);
  CHECK(result.levels[0].level == "range1");
  CHECK(provision(result, "visual-timetable"));
  CHECK(result.gaps == std::vector<std::string>{"visual-timetable"});
  // Left out, in_place is not recorded: the item is expected, and neither
  // in place nor a gap.
  auto unrecorded = evaluate_yaml(*built.program, "id: p\nneeds: [ { area: communication_interaction } ]\n");
  REQUIRE(provision(unrecorded, "visual-timetable"));
  CHECK_FALSE(provision(unrecorded, "visual-timetable")->in_place.has_value());
  CHECK(unrecorded.gaps.empty());
  CHECK_FALSE(unrecorded.in_place_recorded);
  auto in_place = evaluate_yaml(*built.program, "id: p\nneeds: [ { area: communication_interaction } ]\nin_place: [visual-timetable]\n");
  CHECK(provision(in_place, "visual-timetable")->in_place == true);
  CHECK(in_place.gaps.empty());
}

TEST_CASE("the level fixpoint alternates between a base rule and an overlay rule until nothing changes") {
  RuleFolder folder;
  // base: SEMH at SEN support pulls communication up; overlay: communication
  // at SEN support pulls SEMH up to the plan level. Neither alone reaches the end.
  folder.write("base.yaml", root_header() + R"(
rules:
  - { id: base-pull, kind: guidance, when: level(semh) >= sen_support, then: { level: { communication_interaction: sen_support } } }
  - { id: base-second, kind: guidance, when: level(semh) >= ehc_plan, then: { level: { cognition_learning: ehc_plan } } }
)");
  auto built = build(folder.write("overlay.yaml", R"(apdr: 1
id: overlay
extends: base.yaml
rules:
  - { id: overlay-pull, kind: local-policy, when: level(communication_interaction) >= sen_support, then: { level: { semh: ehc_plan } } }
)"));
  INFO(built.rendered());
  REQUIRE(built.program);
  auto result = evaluate_yaml(*built.program, R"(id: p
needs:
  - { area: semh, level: sen_support }
  - { area: communication_interaction }
  - { area: cognition_learning }
)");
  CHECK(level_of(result, Area::communication_interaction)->level == "sen_support");
  CHECK(level_of(result, Area::communication_interaction)->by == std::vector<std::string>{"base-pull"});
  CHECK(level_of(result, Area::semh)->level == "ehc_plan");
  CHECK(level_of(result, Area::semh)->by == std::vector<std::string>{"overlay-pull"});
  CHECK(level_of(result, Area::cognition_learning)->level == "ehc_plan");
  CHECK(level_of(result, Area::cognition_learning)->by == std::vector<std::string>{"base-second"});
  // A rule cannot give a level to an area where the pupil has no need.
  CHECK_FALSE(level_of(result, Area::sensory_physical));
}

TEST_CASE("ladder mistakes are located errors") {
  RuleFolder folder;
  folder.write("base.yaml", root_header());
  auto built = build(folder.write("bad.yaml", R"(apdr: 1
id: bad
extends: base.yaml
levels:
  - { id: r1, title: One, national: sen_support }
  - { id: r2, title: Two, national: universal }
  - { id: r3, title: Three }
  - { id: r4, title: Four, national: ehc_pln }
  - { id: sen_support, title: Reused, national: sen_support }
)"));
  CHECK_FALSE(built.program);
  CHECK(built.has(Code::LadderOrder, "level `r2` sits within `universal`"));
  CHECK(built.has(Code::LadderProjection, "level `r3` refines the inherited ladder"));
  CHECK(built.has(Code::LadderProjection, "`ehc_pln` is not a level of the root ladder"));
  CHECK(built.has(Code::AmbiguousName, "reuses the id of a root level"));
  const std::string rendered = built.rendered();
  CHECK(rendered.find("bad.yaml:6:") != std::string::npos);
}

TEST_CASE("a ladder refined by a rule set not yet in force names levels on the ladder it refines") {
  RuleFolder folder;
  folder.write("base.yaml", root_header());
  auto built = build(folder.write("proposal.yaml", R"(apdr: 1
id: proposal
status: proposed
extends: base.yaml
effective: { from: 2028-09-01 }
levels:
  - { id: offer, title: Universal offer, national: universal }
  - { id: targeted, title: Targeted, national: sen_support }
  - { id: targeted_plus, title: Targeted plus, national: sen_support }
  - { id: specialist, title: Specialist, national: ehc_plan }
)"));
  INFO(built.rendered());
  REQUIRE(built.program);
  const char* pupil = "id: p\nneeds: [ { area: semh, level: targeted_plus } ]\n";
  auto today = evaluate_yaml(*built.program, pupil, "2026-11-22");
  REQUIRE(level_of(today, Area::semh));
  CHECK(level_of(today, Area::semh)->level == "sen_support");
  CHECK(level_of(today, Area::semh)->level_title == "SEN support");
  auto later = evaluate_yaml(*built.program, pupil, "2028-09-01");
  CHECK(level_of(later, Area::semh)->level == "targeted_plus");
  CHECK(level_of(later, Area::semh)->national == "sen_support");
}
