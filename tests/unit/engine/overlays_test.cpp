// DESIGN.md, Overlays and Rule kinds: add, override: true, remove,
// parameters, and the statute protection.
#include "engine_fixture.hpp"

using namespace apdr;
using namespace apdr::testing;

namespace {

const char* base = R"(
parameters:
  review_interval: 12 weeks
  cycles_before_specialist: 2
provision:
  timetable: { area: semh, level: universal, title: Visual timetable }
  quiet-space: { area: semh, level: universal, title: Quiet space }
steps:
  review: { title: Review the plan }
  specialist: { title: Involve a specialist }
information:
  right: { text: You may ask for an assessment }
rules:
  - id: review-date
    kind: guidance
    area: semh
    when: known(latest(cycles(semh)).started)
    then: { escalate: [ { step: review, due: latest(cycles(semh)).started + review_interval } ] }
  - id: persisting
    kind: guidance
    area: semh
    when: count(cycles(semh) where known(outcome) and outcome == not_met) >= cycles_before_specialist
    then: { escalate: [ { step: specialist } ] }
  - { id: right-to-request, kind: statute, then: { inform: [right] } }
)";

const char* two_cycles = R"(id: p
needs: [ { area: semh } ]
cycles:
  - { area: semh, started: 2026-01-05, reviewed: 2026-03-30, outcome: not_met }
  - { area: semh, started: 2026-04-13, outcome: not_met }
)";

}  // namespace

TEST_CASE("an overlay changes parameters, and inherited rules use the new value") {
  RuleFolder folder;
  folder.write("base.yaml", root_header() + base);
  auto plain = build((folder.path() / "base.yaml").string());
  REQUIRE(plain.program);
  auto before = evaluate_yaml(*plain.program, two_cycles);
  CHECK(escalation(before, "review")->due->iso() == "2026-07-06");  // 13 April + 12 weeks
  CHECK(escalation(before, "specialist"));

  auto built = build(folder.write("overlay.yaml", R"(apdr: 1
id: overlay
extends: base.yaml
parameters:
  review_interval: 6 weeks
  cycles_before_specialist: 3
)"));
  INFO(built.rendered());
  REQUIRE(built.program);
  auto after = evaluate_yaml(*built.program, two_cycles);
  CHECK(escalation(after, "review")->due->iso() == "2026-05-25");
  CHECK_FALSE(escalation(after, "specialist"));
  CHECK(after.chain == std::vector<std::string>{"base", "overlay"});
}

TEST_CASE("override: true replaces an entry in place, remove takes entries away") {
  RuleFolder folder;
  folder.write("base.yaml", root_header() + base);
  auto built = build(folder.write("overlay.yaml", R"(apdr: 1
id: overlay
extends: base.yaml
remove: { provision: [quiet-space], rules: [persisting] }
provision:
  timetable: { area: semh, level: universal, title: Now/next board, override: true }
  elsa: { area: semh, level: universal, title: ELSA }
)"));
  INFO(built.rendered());
  REQUIRE(built.program);
  auto result = evaluate_yaml(*built.program, two_cycles);
  REQUIRE(provision(result, "timetable"));
  CHECK(provision(result, "timetable")->title == "Now/next board");
  CHECK_FALSE(provision(result, "quiet-space"));
  CHECK(provision(result, "elsa"));
  CHECK_FALSE(escalation(result, "specialist"));
  // Catalogue order: the overridden item keeps its place, the new one follows.
  REQUIRE(result.provision.size() == 2);
  CHECK(result.provision[0].id == "timetable");
  CHECK(result.provision[1].id == "elsa");
}

TEST_CASE("overlay mistakes: a repeated id without override, an override of nothing, a removal of nothing") {
  RuleFolder folder;
  folder.write("base.yaml", root_header() + base);
  auto built = build(folder.write("overlay.yaml", R"(apdr: 1
id: overlay
extends: base.yaml
remove: { steps: [revew] }
provision:
  timetable: { area: semh, level: universal, title: Again }
  brand-new: { area: semh, title: New, override: true }
parameters:
  review_interval: 3
)"));
  CHECK_FALSE(built.program);
  CHECK(built.has(Code::RedefinedWithoutOverride, "provision item `timetable` is already defined in `base`"));
  CHECK(built.has(Code::OverrideWithoutBase, "provision item `brand-new` has `override: true`"));
  CHECK(built.has(Code::UnknownReference, "cannot remove step `revew`"));
  CHECK(built.has(Code::ParameterType, "parameter `review_interval` is a duration"));
  CHECK(built.rendered().find("did you mean `review`?") != std::string::npos);
}

TEST_CASE("a local policy can neither remove nor weaken a statute rule") {
  RuleFolder folder;
  folder.write("base.yaml", root_header() + base);
  auto removing = build(folder.write("remove.yaml", R"(apdr: 1
id: local
extends: base.yaml
remove: { rules: [right-to-request] }
)"));
  CHECK_FALSE(removing.program);
  CHECK(removing.has(Code::StatuteProtected, "rule `right-to-request` is statute and may not be removed"));

  auto weakening = build(folder.write("weaken.yaml", R"(apdr: 1
id: local
extends: base.yaml
rules:
  - { id: right-to-request, kind: local-policy, override: true, when: false, then: { inform: [right] } }
)"));
  CHECK_FALSE(weakening.program);
  CHECK(weakening.has(Code::StatuteProtected, "a local-policy rule may not override it"));

  // Guidance rules may be replaced by local policy.
  auto replacing = build(folder.write("replace.yaml", R"(apdr: 1
id: local
extends: base.yaml
rules:
  - { id: persisting, kind: local-policy, override: true, area: semh, when: count(cycles(semh)) >= 1, then: { escalate: [ { step: specialist } ] } }
)"));
  INFO(replacing.rendered());
  REQUIRE(replacing.program);
  auto result = evaluate_yaml(*replacing.program, two_cycles);
  REQUIRE(escalation(result, "specialist"));
  CHECK(escalation(result, "specialist")->kind == Kind::local_policy);
}

TEST_CASE("every rule must say what it rests on") {
  RuleFolder folder;
  auto built = build(folder.write("r.yaml", root_header() + "rules:\n  - { id: no-kind, when: true, then: {} }\n"));
  CHECK_FALSE(built.program);
  CHECK(built.has(Code::MissingKind, "rule `no-kind` has no `kind`"));
}

TEST_CASE("extends cycles are reported, not followed forever") {
  RuleFolder folder;
  folder.write("a.yaml", "apdr: 1\nid: a\nextends: b.yaml\n");
  folder.write("b.yaml", "apdr: 1\nid: b\nextends: a.yaml\n");
  auto built = build((folder.path() / "a.yaml").string());
  CHECK_FALSE(built.program);
  bool cycle = false;
  for (const auto& d : built.diagnostics.all()) cycle = cycle || d.code == Code::ExtendsCycle;
  CHECK(cycle);
}
