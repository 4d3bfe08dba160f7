// Plain code runs a chain of `and`s (or of `or`s) as one operation over its
// operands (Op::all_of, Op::any_of), and known() of one fact without a part
// of its own (Op::is_known); traced code keeps every binary `and` and every
// known() for the listener. Both must give the same value, the same missing facts
// and the same cannot-compute for every expression and every pupil: this
// runs random and/or/not/if trees, bracketed at random, both ways. Fast
// code, which jumps instead (Op::and_step, Op::or_step, Op::branch) and
// collects nothing, must give the same value.
#include <catch2/catch.hpp>

#include <random>

#include "code_kinds.hpp"
#include "compiled_rules.hpp"
#include "compile/program.hpp"

namespace apdr::run {
namespace {

// Four inputs; each leaf is true, false, unknown or cannot-compute
// (`10 / d > 1` with d = 0) depending on the pupil.
// known() of one input is run quietly in plain code (Op::is_known).
// known() of more than one fact keeps its part in plain code (Op::known).
const char* leaves[] = {"a > 0", "b > 0", "c > 0", "10 / d > 1", "a < b",        "true",
                        "false", "known(a)", "known(d)", "known(a + d)", "known(10 / d)"};

std::string random_tree(std::mt19937& random, int depth) {
  std::uniform_int_distribution<int> pick(0, 9);
  int choice = depth <= 0 ? 0 : pick(random);
  if (choice < 3) return leaves[std::uniform_int_distribution<std::size_t>(0, std::size(leaves) - 1)(random)];
  if (choice == 3) return "not (" + random_tree(random, depth - 1) + ")";
  if (choice == 4) {
    return "(if " + random_tree(random, depth - 1) + " then " + random_tree(random, depth - 1) + " else " +
           random_tree(random, depth - 1) + ")";
  }
  const char* op = choice < 7 ? " and " : " or ";
  return "(" + random_tree(random, depth - 1) + op + random_tree(random, depth - 1) + ")";
}

struct Outcome {
  Value value;
  std::vector<std::string_view> missing;
  std::string cannot_compute;
};

using testing::Code;
using testing::holds;

Outcome run(const Program& program, std::size_t rule, const std::array<std::optional<double>, 4>& inputs,
            Code code) {
  profile::Profile profile;
  Facts facts;
  facts.profile = &profile;
  facts.today = *Date::parse("2026-01-01");
  for (const auto& input : inputs) facts.inputs.push_back(input ? Value::of_number(*input) : Value::unknown());
  Frame frame(program, facts);
  Missing missing;
  Outcome out;
  out.value = testing::run_as(program.rule_when[rule], frame, code, missing);
  out.missing = missing.facts;
  if (missing.cannot_compute) out.cannot_compute = missing.cannot_compute->why;
  return out;
}

}  // namespace

TEST_CASE("fast, plain and traced code agree on random and/or/if/known trees, value, missing facts and all",
          "[compile][flat]") {
  std::mt19937 random(20261203);
  std::string text = "apdr: 1\nid: chains\nlevels:\n  - { id: low, title: Low }\n"
                     "inputs:\n  a: { type: number }\n  b: { type: number }\n  c: { type: number }\n"
                     "  d: { type: number }\ninformation:\n  note: { text: Note }\nrules:\n";
  const int trees = 120;
  for (int i = 0; i < trees; ++i) {
    text += "  - { id: r" + std::to_string(i) + ", kind: guidance, when: \"" + random_tree(random, 4) +
            "\", then: { inform: [note] } }\n";
  }
  testing::CompiledRules rules(text);
  const Program& program = *rules.program;

  // Some rule's code must hold each of these, or this tests nothing.
  bool chained = false, quiet_known = false, known_part = false, steps = false, branched = false;
  for (const auto& when : program.rule_when) {
    chained = chained || holds(program, when.plain(), Op::all_of) || holds(program, when.plain(), Op::any_of);
    quiet_known = quiet_known || holds(program, when.plain(), Op::is_known);
    known_part = known_part || holds(program, when.plain(), Op::known);
    steps = steps || (holds(program, when.fast(), Op::and_step) && holds(program, when.fast(), Op::or_step));
    branched = branched || holds(program, when.fast(), Op::branch);
    CHECK_FALSE(holds(program, when.fast(), Op::all_of));
    CHECK_FALSE(holds(program, when.fast(), Op::if_then));
    CHECK_FALSE(holds(program, when.fast(), Op::known));
  }
  REQUIRE(chained);
  REQUIRE(quiet_known);
  REQUIRE(known_part);
  REQUIRE(steps);
  REQUIRE(branched);

  const std::optional<double> choices[] = {std::nullopt, 1.0, -1.0, 0.0};
  std::size_t compared = 0;
  for (std::size_t rule = 0; rule < program.rule_when.size(); ++rule) {
    for (const auto& a : choices) for (const auto& b : choices) for (const auto& c : choices) for (const auto& d : choices) {
      std::array<std::optional<double>, 4> inputs{a, b, c, d};
      Outcome fast = run(program, rule, inputs, Code::fast);
      Outcome plain = run(program, rule, inputs, Code::plain);
      Outcome traced = run(program, rule, inputs, Code::traced);
      INFO("rule r" << rule << " " << program.model->rules[rule].when->text);
      REQUIRE(fast.value.tag == plain.value.tag);
      REQUIRE(fast.value.flag == plain.value.flag);
      REQUIRE(plain.value.tag == traced.value.tag);
      REQUIRE(plain.value.flag == traced.value.flag);
      REQUIRE(plain.missing == traced.missing);
      REQUIRE(plain.cannot_compute == traced.cannot_compute);
      ++compared;
    }
  }
  CHECK(compared == static_cast<std::size_t>(trees) * 256);
}

}  // namespace apdr::run
