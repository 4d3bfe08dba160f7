// Inputs of every declared type reach the rules with the value the profile
// gave: a number compares as a number, a one_of answer equals the bare word
// a rule names, and an input the profile leaves out is unknown.
#include <algorithm>

#include "engine_fixture.hpp"

using namespace apdr;
using namespace apdr::testing;

namespace {

// `fired` is what the coverage listener heard for the same profile.
bool fired(const std::vector<std::string>& fired, const std::string& rule) {
  return std::find(fired.begin(), fired.end(), rule) != fired.end();
}

const char* rules_with_inputs = R"(
inputs:
  transport: { type: one_of, values: [bus, taxi, walks] }
  attendance: { type: number }
information:
  travel-plan: { title: Travel plan, text: Plan the journey. }
  by-taxi: { title: By taxi, text: Taxi. }
  low-attendance: { title: Low attendance, text: Attendance is low. }
rules:
  - { id: taxi, kind: local-policy, when: transport == taxi, then: { inform: [by-taxi] } }
  - { id: not-walking, kind: local-policy, when: transport != walks, then: { inform: [travel-plan] } }
  - { id: listed, kind: local-policy, when: "transport in [bus, taxi]", then: { inform: [travel-plan] } }
  - { id: low, kind: local-policy, when: attendance < 90, then: { inform: [low-attendance] } }
)";

}  // namespace

TEST_CASE("a one_of input equals the value the profile gave, and no other") {
  RuleFolder folder;
  auto built = build(folder.write("r.yaml", root_header() + rules_with_inputs));
  INFO(built.rendered());
  REQUIRE(built.program);

  auto taxi = evaluate_yaml(*built.program, "id: p\ninputs: { transport: taxi, attendance: 95 }\n");
  auto taxi_fired = fired_rules(*built.program, "id: p\ninputs: { transport: taxi, attendance: 95 }\n");
  CHECK(fired(taxi_fired, "taxi"));
  CHECK(fired(taxi_fired, "not-walking"));
  CHECK(fired(taxi_fired, "listed"));
  CHECK(informed(taxi, "by-taxi"));
  CHECK_FALSE(fired(taxi_fired, "low"));

  auto walks = evaluate_yaml(*built.program, "id: p\ninputs: { transport: walks, attendance: 80 }\n");
  auto walks_fired = fired_rules(*built.program, "id: p\ninputs: { transport: walks, attendance: 80 }\n");
  CHECK_FALSE(fired(walks_fired, "taxi"));
  CHECK_FALSE(fired(walks_fired, "not-walking"));
  CHECK_FALSE(fired(walks_fired, "listed"));
  CHECK(fired(walks_fired, "low"));
  CHECK_FALSE(informed(walks, "by-taxi"));

  // Left out, the answer is unknown: the rule is undetermined, not false.
  auto unknown = evaluate_yaml(*built.program, "id: p\n");
  auto unknown_fired = fired_rules(*built.program, "id: p\n");
  CHECK_FALSE(fired(unknown_fired, "taxi"));
  const auto* u = undetermined(unknown, "taxi");
  REQUIRE(u);
  CHECK(u->missing == std::vector<std::string>{"transport"});
}
