// Compiled expressions run against hand-made facts: a deep left-leaning tree
// evaluates without trouble, and the calendar rules hold end to end.
#include <catch2/catch.hpp>

#include "compiled_rules.hpp"
#include "compile/compile_expression.hpp"
#include "compile/program.hpp"

namespace apdr::run {
namespace {

using testing::CompiledRules;

// A rule set with one number input `a` and one rule whose `when` is `condition`.
std::string rule_set(const std::string& condition) { return testing::one_rule_set(condition); }

// Runs the rule's condition with input `a` (unknown when not given).
Value run_condition(const Program& program, std::optional<double> a, Date today, Missing* missing = nullptr) {
  profile::Profile profile;
  Facts facts;
  facts.profile = &profile;
  facts.today = today;
  facts.inputs = {a ? Value::of_number(*a) : Value::unknown()};
  facts.in_place.assign(program.model->provision.size(), false);
  facts.in_place_recorded = true;
  Frame frame(program, facts);
  frame.missing = missing;
  REQUIRE(program.rule_when.size() == 1);
  return program.rule_when[0](frame);
}

// A sum nearly as deep as the parser allows: 254 additions and the
// comparison make 255 operations inside one another (the limit is 256).
std::string long_sum(const std::string& first) {
  std::string sum = first;
  for (int i = 0; i < 254; ++i) sum += " + a";
  return sum;
}

}  // namespace

TEST_CASE("a left-leaning sum near the tree depth limit compiles and evaluates", "[compile][limits]") {
  std::string sum = long_sum("a");
  CompiledRules compiled(rule_set(sum + " > 0"));
  Date today = *Date::parse("2026-01-01");

  Value yes = run_condition(*compiled.program, 1, today);
  CHECK(yes.is_true());
  Value no = run_condition(*compiled.program, -1, today);
  CHECK(no.is_false());
  Missing missing;
  Value unknown = run_condition(*compiled.program, std::nullopt, today, &missing);
  CHECK_FALSE(unknown.known());
  CHECK(missing.facts == std::vector<std::string_view>{"a"});
}

TEST_CASE("the sum's value is exact", "[compile][limits]") {
  std::string sum = long_sum("a");
  std::size_t terms = 255;  // the first `a` and 254 more
  CompiledRules compiled(rule_set(sum + " == " + std::to_string(terms * 2)));
  CHECK(run_condition(*compiled.program, 2, *Date::parse("2026-01-01")).is_true());
  CHECK(run_condition(*compiled.program, 3, *Date::parse("2026-01-01")).is_false());
}

TEST_CASE("a deep chain of and/or short-circuits correctly", "[compile][limits]") {
  // 127 `and`s over 128 comparisons: 128 operations inside one another.
  std::string chain = "a > 0";
  for (int i = 0; i < 127; ++i) chain += " and a > 0";
  CompiledRules compiled(rule_set(chain));
  Date today = *Date::parse("2026-01-01");
  CHECK(run_condition(*compiled.program, 5, today).is_true());
  CHECK(run_condition(*compiled.program, -5, today).is_false());
  CHECK_FALSE(run_condition(*compiled.program, std::nullopt, today).known());
}

TEST_CASE("compiled duration comparisons use today", "[compile]") {
  CompiledRules compiled(rule_set("2 months > 61 days"));
  CHECK(run_condition(*compiled.program, 0, *Date::parse("2026-09-01")).is_true());
  CHECK(run_condition(*compiled.program, 0, *Date::parse("2026-03-01")).is_false());
}

TEST_CASE("compiled date arithmetic out of range is unknown, not a crash", "[compile]") {
  CompiledRules compiled(rule_set("today + 100000 years > today"));
  Value v = run_condition(*compiled.program, 0, *Date::parse("2026-01-01"));
  CHECK_FALSE(v.known());
}

TEST_CASE("compiled division by zero is unknown", "[compile]") {
  CompiledRules compiled(rule_set("10 / a > 1"));
  CHECK_FALSE(run_condition(*compiled.program, 0, *Date::parse("2026-01-01")).known());
  CHECK(run_condition(*compiled.program, 5, *Date::parse("2026-01-01")).is_true());
}

TEST_CASE("compiled date(y, m, d) of a day that does not exist is unknown", "[compile]") {
  CompiledRules compiled(rule_set("date(2026, 2, a) < today"));
  Date today = *Date::parse("2026-06-01");
  CHECK(run_condition(*compiled.program, 28, today).is_true());
  CHECK_FALSE(run_condition(*compiled.program, 30, today).known());
  CHECK_FALSE(run_condition(*compiled.program, 1.5, today).known());
  CHECK_FALSE(run_condition(*compiled.program, 1e300, today).known());
}

}  // namespace apdr::run
