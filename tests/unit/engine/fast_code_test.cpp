// Fast code (compile/instruction.hpp) runs count/any/all as a loop in the
// interpreter (Op::tally_begin, Op::tally_next, Op::tally_list) where plain
// and traced code run the condition as a part for each element. All three
// must give the same value for every expression and every pupil: this runs
// random counts over a pupil's cycles, nested, empty, over unknown lists,
// and inside `if` and `and`, for pupils with every mix of cycle facts.
#include <catch2/catch.hpp>

#include <random>

#include "code_kinds.hpp"
#include "compiled_rules.hpp"
#include "compile/program.hpp"
#include "evaluate/facts.hpp"

namespace apdr::run {
namespace {

// Conditions on one cycle: its outcome known or not, and met or not.
const char* conditions[] = {"known(outcome)", "outcome == not_met", "outcome != met", "count(advice_from) > 0",
                            "started < today", "a > 0", "known(reviewed) and reviewed > started"};
// Lists a count can run over: semh has cycles, cognition_learning none,
// and the literal is unknown when `a` is.
const char* lists[] = {"cycles(semh)", "cycles(cognition_learning)"};

std::string random_condition(std::mt19937& random, int depth) {
  std::uniform_int_distribution<int> pick(0, 5);
  int choice = depth <= 0 ? 0 : pick(random);
  if (choice < 3) return conditions[std::uniform_int_distribution<std::size_t>(0, std::size(conditions) - 1)(random)];
  if (choice == 3) return "not (" + random_condition(random, depth - 1) + ")";
  return "(" + random_condition(random, depth - 1) + (choice == 4 ? " and " : " or ") +
         random_condition(random, depth - 1) + ")";
}

std::string random_tally(std::mt19937& random) {
  const char* functions[] = {"count", "any", "all"};
  std::string function = functions[std::uniform_int_distribution<int>(0, 2)(random)];
  int shape = std::uniform_int_distribution<int>(0, 5)(random);
  std::string tally;
  if (shape == 0) {
    // No condition: over a literal of booleans, unknown when `a` is.
    tally = function == "count" ? "count([a, 1, 2])" : function + "([a > 0, true])";
  } else {
    std::string list = lists[std::uniform_int_distribution<std::size_t>(0, std::size(lists) - 1)(random)];
    std::string condition = random_condition(random, 2);
    // A count inside the condition, over the element's own list.
    if (shape == 1) condition = "(" + condition + " and count(cycles(semh) where known(outcome)) > 1)";
    tally = function + "(" + list + " where " + condition + ")";
  }
  std::string test = function == "count" ? tally + " >= 1" : tally;
  if (shape == 2) return "(if a > 0 then " + test + " else not " + test + ")";
  if (shape == 3) return "(known(a) and " + test + ")";
  return test;
}

// Pupil `p` (0–63): up to three semh cycles, each with or without an
// outcome, a review and advice, and `a` unknown, 1 or -1.
profile::Profile pupil(int p) {
  profile::Profile profile;
  profile::Need need;
  need.area = Area::semh;
  profile.needs.push_back(need);
  int cycles = p % 4;
  for (int c = 0; c < cycles; ++c) {
    profile::Cycle cycle;
    cycle.area = Area::semh;
    cycle.started = Date::from_ymd(2024, 1 + 3 * c, 1);
    int bits = (p / 4 + c) % 4;
    if (bits & 1) cycle.outcome = c % 2 ? profile::Outcome::met : profile::Outcome::not_met;
    if (bits & 2) {
      cycle.reviewed = Date::from_ymd(2024, 2 + 3 * c, 1);
      cycle.advice_from.push_back("educational_psychologist");
    }
    profile.cycles.push_back(cycle);
  }
  int a = p / 16 % 3;
  if (a == 1) profile.inputs["a"] = 1.0;
  if (a == 2) profile.inputs["a"] = -1.0;
  return profile;
}

using testing::Code;
using testing::holds;

Value run(const Program& program, std::size_t rule, const Facts& facts, Code code) {
  Frame frame(program, facts);
  Missing missing;
  return testing::run_as(program.rule_when[rule], frame, code, missing);
}

}  // namespace

TEST_CASE("fast code's count/any/all loop agrees with plain and traced code on random counts over cycles",
          "[engine][flat]") {
  std::mt19937 random(20261203);
  std::string text = "apdr: 1\nid: tallies\nlevels:\n  - { id: low, title: Low }\n"
                     "inputs:\n  a: { type: number }\ninformation:\n  note: { text: Note }\nrules:\n";
  const int rules = 80;
  for (int i = 0; i < rules; ++i) {
    text += "  - { id: r" + std::to_string(i) + ", kind: guidance, when: \"" + random_tally(random) +
            "\", then: { inform: [note] } }\n";
  }
  testing::CompiledRules compiled(text);
  const Program& program = *compiled.program;

  // The loop and the plain count must both be there, or this tests nothing.
  bool loop = false, plain_list = false;
  for (const auto& when : program.rule_when) {
    loop = loop || (holds(program, when.fast(), Op::tally_begin) && holds(program, when.fast(), Op::tally_next));
    plain_list = plain_list || holds(program, when.fast(), Op::tally_list);
    CHECK_FALSE(holds(program, when.fast(), Op::tally));
    CHECK(holds(program, when.plain(), Op::tally));
  }
  REQUIRE(loop);
  REQUIRE(plain_list);

  std::size_t compared = 0, known = 0;
  for (int p = 0; p < 64; ++p) {
    profile::Profile profile = pupil(p);
    Facts facts = eval::prepare_facts(program, profile, *Date::parse("2026-01-01"));
    for (std::size_t rule = 0; rule < program.rule_when.size(); ++rule) {
      Value fast = run(program, rule, facts, Code::fast);
      Value plain = run(program, rule, facts, Code::plain);
      Value traced = run(program, rule, facts, Code::traced);
      INFO("pupil " << p << ", rule r" << rule << " " << program.model->rules[rule].when->text);
      REQUIRE(fast.tag == plain.tag);
      REQUIRE(fast.flag == plain.flag);
      REQUIRE(plain.tag == traced.tag);
      REQUIRE(plain.flag == traced.flag);
      ++compared;
      if (fast.known()) ++known;
    }
  }
  CHECK(compared == static_cast<std::size_t>(rules) * 64);
  // Both answers turn up, so agreement is not all-unknown.
  CHECK(known > compared / 4);
  CHECK(known < compared);
}

TEST_CASE("fast code's count over an empty or unknown list, and after a loop, leaves the stack as it was",
          "[engine][flat]") {
  testing::CompiledRules compiled(testing::one_rule_set(
      "count(cycles(cognition_learning) where known(outcome)) == 0 and count([a]) == 1 and "
      "count(cycles(semh) where known(outcome)) + count(cycles(semh)) == 3"));
  const Program& program = *compiled.program;
  profile::Profile profile = pupil(2);  // two semh cycles, one with an outcome
  profile.inputs["a"] = 1.0;
  Facts facts = eval::prepare_facts(program, profile, *Date::parse("2026-01-01"));
  Frame frame(program, facts);
  for (int i = 0; i < 3; ++i) {
    CHECK(program.rule_when[0](frame).is_true());
    CHECK(frame.top == frame.stack.data());
  }
  profile.inputs.clear();
  Facts unknown_a = eval::prepare_facts(program, profile, *Date::parse("2026-01-01"));
  Frame second(program, unknown_a);
  CHECK_FALSE(program.rule_when[0](second).known());
  CHECK(second.top == second.stack.data());
}

}  // namespace apdr::run
