// Plain code runs a chain of `and`s (or of `or`s) as one operation over its
// operands (Op::all_of, Op::any_of), and known() of one fact without a part
// of its own (Op::is_known); traced code keeps every binary `and` and every
// known() for the listener. Both must give the same value, the same missing facts
// and the same cannot-compute for every expression and every pupil: this
// runs random and/or/not trees, bracketed at random, both ways.
#include <catch2/catch.hpp>

#include <random>

#include "compiled_rules.hpp"
#include "compile/program.hpp"

namespace apdr::run {
namespace {

// Four inputs; each leaf is true, false, unknown or cannot-compute
// (`10 / d > 1` with d = 0) depending on the pupil.
// known() of one input is run quietly in plain code (Op::is_known).
const char* leaves[] = {"a > 0", "b > 0", "c > 0", "10 / d > 1", "a < b", "true", "false", "known(a)", "known(d)"};

std::string random_tree(std::mt19937& random, int depth) {
  std::uniform_int_distribution<int> pick(0, 9);
  int choice = depth <= 0 ? 0 : pick(random);
  if (choice < 3) return leaves[std::uniform_int_distribution<std::size_t>(0, std::size(leaves) - 1)(random)];
  if (choice == 3) return "not (" + random_tree(random, depth - 1) + ")";
  const char* op = choice < 7 ? " and " : " or ";
  return "(" + random_tree(random, depth - 1) + op + random_tree(random, depth - 1) + ")";
}

class Silent : public Trace {
 public:
  void enter(const expr::Node&) override {}
  void leave(const expr::Node&, const Value&) override {}
  void element(std::size_t, const Value&) override {}
};

struct Outcome {
  Value value;
  std::vector<std::string_view> missing;
  std::string cannot_compute;
};

Outcome run(const Program& program, std::size_t rule, const std::array<std::optional<double>, 4>& inputs,
            bool traced) {
  profile::Profile profile;
  Facts facts;
  facts.profile = &profile;
  facts.today = *Date::parse("2026-01-01");
  for (const auto& input : inputs) facts.inputs.push_back(input ? Value::of_number(*input) : Value::unknown());
  Frame frame(program, facts);
  Missing missing;
  Silent silent;
  frame.missing = &missing;
  if (traced) frame.trace = &silent;
  Outcome out;
  out.value = program.rule_when[rule](frame);
  out.missing = missing.facts;
  if (missing.cannot_compute) out.cannot_compute = missing.cannot_compute->why;
  return out;
}

}  // namespace

TEST_CASE("plain and traced code agree on random and/or/known trees, value, missing facts and all", "[compile][flat]") {
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

  // Some rule's plain code must hold a chain and a quiet known(), or this
  // tests nothing.
  bool chained = false, quiet_known = false;
  for (const auto& when : program.rule_when) {
    for (auto i = when.plain().begin; i < when.plain().end; ++i) {
      chained = chained || program.code[i].op == Op::all_of || program.code[i].op == Op::any_of;
      quiet_known = quiet_known || program.code[i].op == Op::is_known;
    }
  }
  REQUIRE(chained);
  REQUIRE(quiet_known);

  const std::optional<double> choices[] = {std::nullopt, 1.0, -1.0, 0.0};
  std::size_t compared = 0;
  for (std::size_t rule = 0; rule < program.rule_when.size(); ++rule) {
    for (const auto& a : choices) for (const auto& b : choices) for (const auto& c : choices) for (const auto& d : choices) {
      std::array<std::optional<double>, 4> inputs{a, b, c, d};
      Outcome plain = run(program, rule, inputs, false);
      Outcome traced = run(program, rule, inputs, true);
      INFO("rule r" << rule << " " << program.model->rules[rule].when->text);
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
