// DESIGN.md, Expressions: "logic is three-valued (`unknown and false` is
// `false`, `unknown or true` is `true`, a comparison with unknown is
// unknown). A rule whose condition is unknown does not fire; the result lists
// it as undetermined with the facts it lacks."
#include "engine_fixture.hpp"

using namespace apdr;
using namespace apdr::testing;

namespace {

enum class T { yes, no, unknown };

const char* word(T t) { return t == T::yes ? "true" : t == T::no ? "false" : "unknown"; }

std::string inputs(T a, T b) {
  std::string text = "inputs: {";
  bool first = true;
  for (auto [name, value] : {std::pair{"a", a}, std::pair{"b", b}}) {
    if (value == T::unknown) continue;
    text += std::string(first ? "" : ", ") + name + ": " + word(value);
    first = false;
  }
  return text + "}\n";
}

struct Logic {
  RuleFolder folder;
  Built built;
  Logic() {
    built = build(folder.write("logic.yaml", root_header() + R"(
inputs:
  a: { type: bool, question: "Is a true?" }
  b: { type: bool }
information:
  said: { text: fired }
rules:
  - { id: and-rule, kind: guidance, when: a and b, then: { inform: [said] } }
  - { id: or-rule, kind: guidance, when: a or b, then: { inform: [said] } }
  - { id: not-rule, kind: guidance, when: not a, then: { inform: [said] } }
  - { id: compare-rule, kind: guidance, when: a == true, then: { inform: [said] } }
)"));
    INFO(built.rendered());
    REQUIRE(built.program);
  }
};

// What the rule's outcome is: fired (in `by` of the information item),
// undetermined, or neither.
T outcome(const eval::Result& result, const std::string& rule) {
  for (const auto& info : result.information) {
    if (std::find(info.by.begin(), info.by.end(), rule) != info.by.end()) return T::yes;
  }
  return undetermined(result, rule) ? T::unknown : T::no;
}

T kleene_and(T a, T b) {
  if (a == T::no || b == T::no) return T::no;
  if (a == T::yes && b == T::yes) return T::yes;
  return T::unknown;
}

T kleene_or(T a, T b) {
  if (a == T::yes || b == T::yes) return T::yes;
  if (a == T::no && b == T::no) return T::no;
  return T::unknown;
}

}  // namespace

TEST_CASE("and, or, not and comparisons follow the three-valued truth tables, row by row") {
  Logic logic;
  // The expected columns are written out, not computed by the code under test.
  struct Row { T a, b, and_, or_, not_a, a_equals_true; };
  const Row rows[] = {
      {T::yes, T::yes, T::yes, T::yes, T::no, T::yes},
      {T::yes, T::no, T::no, T::yes, T::no, T::yes},
      {T::yes, T::unknown, T::unknown, T::yes, T::no, T::yes},
      {T::no, T::yes, T::no, T::yes, T::yes, T::no},
      {T::no, T::no, T::no, T::no, T::yes, T::no},
      {T::no, T::unknown, T::no, T::unknown, T::yes, T::no},
      {T::unknown, T::yes, T::unknown, T::yes, T::unknown, T::unknown},
      {T::unknown, T::no, T::no, T::unknown, T::unknown, T::unknown},
      {T::unknown, T::unknown, T::unknown, T::unknown, T::unknown, T::unknown},
  };
  for (const Row& row : rows) {
    CAPTURE(word(row.a), word(row.b));
    auto result = evaluate_yaml(*logic.built.program, "apdr-profile: 1\nid: p\n" + inputs(row.a, row.b));
    CHECK(outcome(result, "and-rule") == row.and_);
    CHECK(outcome(result, "or-rule") == row.or_);
    CHECK(outcome(result, "not-rule") == row.not_a);
    CHECK(outcome(result, "compare-rule") == row.a_equals_true);
    // The written table agrees with Kleene's definitions.
    CHECK(row.and_ == kleene_and(row.a, row.b));
    CHECK(row.or_ == kleene_or(row.a, row.b));
  }
}

TEST_CASE("an undetermined rule lists exactly the facts it lacks, with the questions that would supply them") {
  Logic logic;
  auto result = evaluate_yaml(*logic.built.program, "apdr-profile: 1\nid: p\ninputs: { b: false }\n");
  const auto* u = undetermined(result, "not-rule");
  REQUIRE(u);
  CHECK(u->missing == std::vector<std::string>{"a"});
  CHECK(questions_of(result, *u) == std::vector<std::string>{"Is a true?"});
  // `a and b` with b false is decided (false): it lacks nothing.
  CHECK_FALSE(undetermined(result, "and-rule"));
  // `a or b` with b false still needs a, and only a.
  REQUIRE(undetermined(result, "or-rule"));
  CHECK(undetermined(result, "or-rule")->missing == std::vector<std::string>{"a"});
}

TEST_CASE("comparisons and arithmetic with an unknown fact are unknown, known() is never unknown") {
  RuleFolder folder;
  auto built = build(folder.write("r.yaml", root_header() + R"(
inputs:
  attendance: { type: percent }
information:
  i: { text: x }
rules:
  - { id: low, kind: local-policy, when: attendance < 90, then: { inform: [i] } }
  - { id: sum, kind: local-policy, when: attendance + 10 > 0, then: { inform: [i] } }
  - { id: told, kind: local-policy, when: not known(attendance), then: { inform: [i] } }
  - { id: dated, kind: statute, when: today - ehc.requested > 6 weeks, then: { inform: [i] } }
)"));
  REQUIRE(built.program);
  auto unknown = evaluate_yaml(*built.program, "id: p\n");
  CHECK(undetermined(unknown, "low")->missing == std::vector<std::string>{"attendance"});
  CHECK(undetermined(unknown, "sum"));
  CHECK(undetermined(unknown, "dated")->missing == std::vector<std::string>{"ehc.requested"});
  CHECK_FALSE(undetermined(unknown, "told"));
  CHECK(informed(unknown, "i"));  // `told` fired

  auto known = evaluate_yaml(*built.program, "id: p\ninputs: { attendance: 82 }\nehc: { requested: 2026-10-01 }\n");
  CHECK(known.undetermined.empty());
  REQUIRE(known.information.size() == 1);
  CHECK(known.information[0].by == std::vector<std::string>{"low", "sum", "dated"});
}

TEST_CASE("absent lists are empty, not unknown") {
  RuleFolder folder;
  auto built = build(folder.write("r.yaml", root_header() + R"(
information:
  i: { text: x }
rules:
  - { id: none-yet, kind: guidance, when: count(cycles(semh)) == 0 and not has_code(SEMH), then: { inform: [i] } }
  - { id: no-latest, kind: guidance, when: latest(cycles(semh)).outcome == met, then: { inform: [i] } }
)"));
  REQUIRE(built.program);
  auto result = evaluate_yaml(*built.program, "id: p\nneeds: [ { area: semh } ]\n");
  CHECK(informed(result, "i"));
  // An empty list has no latest element: that is a missing fact, named by the list.
  REQUIRE(undetermined(result, "no-latest"));
  CHECK(undetermined(result, "no-latest")->missing == std::vector<std::string>{"cycles(semh)"});
}

TEST_CASE("count, any and all over `where` are three-valued element by element") {
  RuleFolder folder;
  auto built = build(folder.write("r.yaml", root_header() + R"(
information:
  i: { text: x }
rules:
  - { id: two-unmet, kind: guidance, when: count(cycles(semh) where outcome == not_met) >= 2, then: { inform: [i] } }
  - { id: any-met, kind: guidance, when: any(cycles(semh) where outcome == met), then: { inform: [i] } }
  - { id: all-reviewed, kind: guidance, when: all(cycles(semh) where known(reviewed)), then: { inform: [i] } }
  - { id: safe-count, kind: guidance, when: count(cycles(semh) where known(outcome) and outcome == not_met) >= 2, then: { inform: [i] } }
)"));
  REQUIRE(built.program);
  auto result = evaluate_yaml(*built.program, R"(id: p
needs: [ { area: semh } ]
cycles:
  - { area: semh, started: 2026-01-05, reviewed: 2026-03-30, outcome: not_met }
  - { area: semh, started: 2026-04-13, reviewed: 2026-07-10, outcome: not_met }
  - { area: semh, started: 2026-09-07 }
)");
  // The third cycle has no outcome yet: the plain count cannot be known...
  REQUIRE(undetermined(result, "two-unmet"));
  CHECK(undetermined(result, "two-unmet")->missing == std::vector<std::string>{"cycles(semh).outcome"});
  // ...any() is unknown (no element is true, one is unknown)...
  CHECK(undetermined(result, "any-met"));
  // ...all() is false (one element is false), so decided...
  CHECK_FALSE(undetermined(result, "all-reviewed"));
  // ...and a guarded count is known and fires.
  REQUIRE(result.information.size() == 1);
  CHECK(result.information[0].by == std::vector<std::string>{"safe-count"});
}
