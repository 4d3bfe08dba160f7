// Inputs of every declared type reach the rules with the value the profile
// gave: a number compares as a number, a one_of answer equals the bare word
// a rule names, and an input the profile leaves out is unknown.
#include <algorithm>

#include "engine_fixture.hpp"

using namespace apdr;
using namespace apdr::testing;

namespace {

bool fired(const eval::Result& result, const std::string& rule) {
  return std::find(result.fired.begin(), result.fired.end(), rule) != result.fired.end();
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
  CHECK(fired(taxi, "taxi"));
  CHECK(fired(taxi, "not-walking"));
  CHECK(fired(taxi, "listed"));
  CHECK(informed(taxi, "by-taxi"));
  CHECK_FALSE(fired(taxi, "low"));

  auto walks = evaluate_yaml(*built.program, "id: p\ninputs: { transport: walks, attendance: 80 }\n");
  CHECK_FALSE(fired(walks, "taxi"));
  CHECK_FALSE(fired(walks, "not-walking"));
  CHECK_FALSE(fired(walks, "listed"));
  CHECK(fired(walks, "low"));
  CHECK_FALSE(informed(walks, "by-taxi"));

  // Left out, the answer is unknown: the rule is undetermined, not false.
  auto unknown = evaluate_yaml(*built.program, "id: p\n");
  CHECK_FALSE(fired(unknown, "taxi"));
  const auto* u = undetermined(unknown, "taxi");
  REQUIRE(u);
  CHECK(u->missing == std::vector<std::string>{"transport"});
}
