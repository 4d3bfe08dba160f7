// The flat program: a small value, constants folded at compile time, a
// scratch pool that stops growing once warm, and the three-valued logic and
// cannot-compute reporting the closures had.
#include <catch2/catch.hpp>

#include <type_traits>

#include "compiled_rules.hpp"
#include "compile/program.hpp"

namespace apdr::run {
namespace {

static_assert(sizeof(Value) == 16);
static_assert(std::is_trivially_copyable_v<Value>);

// One rule whose `when` is `condition`, over one number input `a`.
struct Rules : testing::CompiledRules {
  explicit Rules(const std::string& condition) : CompiledRules(testing::one_rule_set(condition)) {}
};

// Facts with input `a` (unknown when not given) and no needs or cycles.
struct Pupil {
  profile::Profile profile;
  Facts facts;
  Pupil(const Program& program, std::optional<double> a) {
    facts.profile = &profile;
    facts.today = *Date::parse("2026-01-01");
    facts.inputs = {a ? Value::of_number(*a) : Value::unknown()};
    facts.in_place.assign(program.model->provision.size(), false);
    facts.in_place_recorded = true;
  }
};

Value run(const Program& program, std::optional<double> a, Missing* missing = nullptr) {
  Pupil pupil(program, a);
  Frame frame(program, pupil.facts);
  frame.missing = missing;
  return program.rule_when[0](frame);
}

bool plain_code_has(const Program& program, Op op) {
  Span span = program.rule_when[0].plain();
  for (auto i = span.begin; i < span.end; ++i) {
    if (program.code[i].op == op) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a list literal of constants is one entry of the constant table", "[compile][flat]") {
  Rules rules("a in [1, 2, 3]");
  const Program& program = *rules.program;
  CHECK_FALSE(plain_code_has(program, Op::make_list));
  bool found = false;
  for (const auto& c : program.constants) {
    if (c.tag == Tag::list && c.list().size() == 3) found = c.list()[2].number == 3;
  }
  CHECK(found);
  CHECK(run(program, 2).is_true());
  CHECK(run(program, 4).is_false());
  CHECK_FALSE(run(program, std::nullopt).known());
}

TEST_CASE("a list literal that reads a fact is built when it runs", "[compile][flat]") {
  Rules rules("1 in [a, 2]");
  CHECK(plain_code_has(*rules.program, Op::make_list));
  CHECK(run(*rules.program, 1).is_true());
  CHECK(run(*rules.program, 3).is_false());
  // An unknown item makes the list unknown.
  CHECK_FALSE(run(*rules.program, std::nullopt).known());
}

TEST_CASE("a where over cycles run twice in one frame does not grow the scratch pool", "[compile][flat]") {
  Rules rules("latest(cycles(semh) where started < today).started < today and a > 0");
  const Program& program = *rules.program;
  Pupil pupil(program, 1);
  for (int year : {2023, 2024, 2025, 2027}) {
    profile::Cycle cycle;
    cycle.area = Area::semh;
    cycle.started = Date::from_ymd(year, 1, 1);
    pupil.profile.cycles.push_back(cycle);
  }
  std::vector<Value> cycles;
  for (const auto& cycle : pupil.profile.cycles) cycles.push_back(Value::of_cycle(&cycle));
  pupil.facts.cycles[static_cast<std::size_t>(Area::semh)] = Value::of_list(cycles.data(), cycles.size());
  pupil.facts.cycle_level.assign(cycles.size(), -1);
  pupil.facts.advice_from.assign(cycles.size(), Value::of_list(nullptr, 0));

  Frame frame(program, pupil.facts);
  CHECK(program.rule_when[0](frame).is_true());
  std::size_t first = frame.scratch.capacity();
  CHECK(first > 0);
  for (int i = 0; i < 100; ++i) CHECK(program.rule_when[0](frame).is_true());
  CHECK(frame.scratch.capacity() == first);
}

TEST_CASE("and and or are Kleene and skip the right side once the left decides", "[compile][flat]") {
  SECTION("false wins over unknown for and") {
    Rules rules("a > 0 and false");
    Missing missing;
    CHECK(run(*rules.program, std::nullopt, &missing).is_false());
    CHECK(missing.facts.empty());  // a known result lacked nothing
  }
  SECTION("true wins over unknown for or") {
    Rules rules("a > 0 or true");
    Missing missing;
    CHECK(run(*rules.program, std::nullopt, &missing).is_true());
    CHECK(missing.facts.empty());
  }
  SECTION("unknown and true is unknown, and lacks a") {
    Rules rules("a > 0 and true");
    Missing missing;
    CHECK_FALSE(run(*rules.program, std::nullopt, &missing).known());
    CHECK(missing.facts == std::vector<std::string_view>{"a"});
  }
  SECTION("unknown or false is unknown") {
    Rules rules("a > 0 or false");
    CHECK_FALSE(run(*rules.program, std::nullopt).known());
  }
  SECTION("a left side that decides skips the right side") {
    Rules rules("false and a > 0");
    Missing missing;
    CHECK(run(*rules.program, std::nullopt, &missing).is_false());
    CHECK(missing.facts.empty());  // `a` was never read
  }
}

TEST_CASE("a chain of ands is one operation in plain code, and the first false operand ends it", "[compile][flat]") {
  Rules rules("a > 0 and (a > 1 and a > 2) and a > 3");
  CHECK(plain_code_has(*rules.program, Op::all_of));
  CHECK_FALSE(plain_code_has(*rules.program, Op::logical_and));
  CHECK(run(*rules.program, 5).is_true());
  CHECK(run(*rules.program, 2).is_false());
  Missing missing;
  CHECK_FALSE(run(*rules.program, std::nullopt, &missing).known());
  CHECK(missing.facts == std::vector<std::string_view>{"a"});

  Rules either("a > 3 or a < 0 or a == 1");
  CHECK(plain_code_has(*either.program, Op::any_of));
  CHECK(run(*either.program, 1).is_true());
  CHECK(run(*either.program, 2).is_false());
}

TEST_CASE("a division by zero cannot compute, and says where", "[compile][flat]") {
  Rules rules("10 / a > 1");
  Missing missing;
  CHECK_FALSE(run(*rules.program, 0, &missing).known());
  CHECK(missing.facts.empty());
  REQUIRE(missing.cannot_compute);
  CHECK(std::string(missing.cannot_compute->why) == "a division by zero");
  CHECK(missing.cannot_compute->where.line > 0);

  Missing unknown;
  CHECK_FALSE(run(*rules.program, std::nullopt, &unknown).known());
  CHECK_FALSE(unknown.cannot_compute);  // an unknown divisor is a missing fact, not a sum that cannot be done
  CHECK(unknown.facts == std::vector<std::string_view>{"a"});

  SECTION("a decided result forgets it") {
    Rules decided("10 / a > 1 or true");
    Missing none;
    CHECK(run(*decided.program, 0, &none).is_true());
    CHECK_FALSE(none.cannot_compute);
  }
}

}  // namespace apdr::run
