// Fast code fuses common runs of instructions into one (compile/
// instruction.hpp): known() and `not known()` of one fact answered by the
// read itself, `latest(cycles(<area>)).<field>`, level(), has_need(),
// has_code() and cycles() of a literal, comparisons with a literal. Plain
// and traced code keep the runs. All three must give the same value for
// every expression and every pupil: this runs random trees of such reads,
// with the shapes that must not fuse (a known() of an `if` that ends in a
// read) among them, for pupils with every mix of EHC, pupil and cycle facts.
#include <catch2/catch.hpp>

#include <random>

#include "code_kinds.hpp"
#include "compiled_rules.hpp"
#include "compile/program.hpp"
#include "evaluate/facts.hpp"

namespace apdr::run {
namespace {

using testing::Code;
using testing::holds;

const char* leaves[] = {
    "known(ehc.requested)", "not known(ehc.decided)", "ehc.requested + 6 weeks > today", "ehc.decision == agreed",
    "ehc.decision != refused", "known(pupil.year_group)", "not known(pupil.phase)", "pupil.phase == secondary",
    "pupil.year_group >= 7", "known(latest(cycles(semh)).outcome)", "not known(latest(cycles(semh)).started)",
    "latest(cycles(semh)).outcome != met", "latest(cycles(semh)).started < today",
    "latest(cycles(cognition_learning)).outcome == not_met", "has_need(semh) and level(semh) >= mid",
    "level(semh) == high", "has_need(cognition_learning)", "has_code(SLCN)", "count(cycles(semh)) >= 2",
    "count(cycles(semh) where known(outcome) and outcome == not_met) >= 1",
    "any(cycles(semh) where not known(reviewed))", "known(a)", "not known(a)", "a >= 2", "a == 1", "open",
    "known(open)", "not known(due)", "due < today",
    // Not one read: these must not fuse.
    "known(if a > 0 then a else pupil.year_group)", "not known(if a > 0 then ehc.requested else ehc.decided)",
    "not (not known(a))", "not not known(ehc.requested)", "known(latest(cycles(semh) where known(outcome)).outcome)",
    "2 <= a"};

std::string random_tree(std::mt19937& random, int depth) {
  std::uniform_int_distribution<int> pick(0, 8);
  int choice = depth <= 0 ? 0 : pick(random);
  if (choice < 3) return leaves[std::uniform_int_distribution<std::size_t>(0, std::size(leaves) - 1)(random)];
  if (choice == 3) return "not (" + random_tree(random, depth - 1) + ")";
  if (choice == 4) {
    return "(if " + random_tree(random, depth - 1) + " then " + random_tree(random, depth - 1) + " else " +
           random_tree(random, depth - 1) + ")";
  }
  return "(" + random_tree(random, depth - 1) + (choice < 7 ? " and " : " or ") + random_tree(random, depth - 1) +
         ")";
}

// Pupil `p`: each fact present or not by its own bits of p, so the pupils
// between them hold every mix.
profile::Profile pupil(int p) {
  auto bit = [p](int i) { return ((p >> i) & 1) != 0; };
  profile::Profile profile;
  if (bit(0)) profile.ehc.requested = Date::from_ymd(2026, 1, 5);
  if (bit(1)) profile.ehc.decided = Date::from_ymd(2026, 2, 10);
  if (bit(2)) profile.ehc.decision = bit(3) ? profile::Decision::agreed : profile::Decision::refused;
  if (bit(3)) profile.pupil.year_group = bit(4) ? 9 : 3;
  if (bit(4)) profile.pupil.phase = bit(5) ? profile::Phase::secondary : profile::Phase::primary;
  if (bit(5)) {
    profile::Need need;
    need.area = Area::semh;
    if (bit(6)) need.level = bit(0) ? "high" : "mid";
    if (bit(7)) need.codes.push_back("SLCN");
    profile.needs.push_back(need);
  }
  int cycles = (p >> 6) % 3;
  for (int c = 0; c < cycles; ++c) {
    profile::Cycle cycle;
    cycle.area = Area::semh;
    if (bit(1) || c == 0) cycle.started = Date::from_ymd(2026, 1 + 3 * c, 1);
    if (bit(2 + c)) cycle.outcome = bit(0) ? profile::Outcome::met : profile::Outcome::not_met;
    if (bit(4 - c)) cycle.reviewed = Date::from_ymd(2026, 2 + 3 * c, 1);
    profile.cycles.push_back(cycle);
  }
  if (bit(8)) {
    profile::Cycle cycle;
    cycle.area = Area::cognition_learning;
    cycle.started = Date::from_ymd(2025, 9, 1);
    if (bit(9)) cycle.outcome = profile::Outcome::not_met;
    profile.cycles.push_back(cycle);
  }
  int a = (p >> 2) % 3;
  if (a == 1) profile.inputs["a"] = 1.0;
  if (a == 2) profile.inputs["a"] = 3.0;
  return profile;
}

// The same value: the same tag, and the same payload for it.
bool same(const Value& x, const Value& y) {
  if (x.tag != y.tag) return false;
  switch (x.tag) {
    case Tag::unknown: return true;
    case Tag::boolean: return x.flag == y.flag;
    case Tag::number: return x.number == y.number;
    case Tag::date: return x.date == y.date;
    case Tag::duration: return x.duration() == y.duration();
    case Tag::text: return x.text() == y.text();
    case Tag::list: return x.list().size() == y.list().size();
    case Tag::cycle: return x.cycle == y.cycle;
    case Tag::need: return x.need == y.need;
    default: return x.id == y.id && x.flag == y.flag;
  }
}

}  // namespace

TEST_CASE("fast code's fused reads agree with plain and traced code on random trees over every kind of fact",
          "[engine][flat]") {
  std::mt19937 random(20261204);
  std::string text = "apdr: 1\nid: fused\nlevels:\n  - { id: low, title: Low }\n  - { id: mid, title: Mid }\n"
                     "  - { id: high, title: High }\n"
                     "inputs:\n  a: { type: number }\n"
                     "derive:\n  open: not known(latest(cycles(semh)).outcome)\n"
                     "  due: latest(cycles(semh)).started + 12 weeks\n"
                     "information:\n  note: { text: Note }\nrules:\n";
  const int trees = 150;
  for (int i = 0; i < trees; ++i) {
    text += "  - { id: r" + std::to_string(i) + ", kind: guidance, when: \"" + random_tree(random, 3) +
            "\", then: { inform: [note] } }\n";
  }
  testing::CompiledRules compiled(text);
  const Program& program = *compiled.program;

  // Each fused form must turn up in fast code, and in no other code, or
  // this tests nothing.
  const Op fused[] = {Op::latest_cycle_field, Op::level_of, Op::has_need_of, Op::has_code_of,
                      Op::cycles_of, Op::equal_constant, Op::compare_constant};
  for (Op op : fused) {
    bool found = false;
    for (const auto& when : program.rule_when) {
      found = found || holds(program, when.fast(), op);
      CHECK_FALSE(holds(program, when.plain(), op));
      CHECK_FALSE(holds(program, when.traced(), op));
    }
    INFO("operation " << static_cast<int>(op));
    CHECK(found);
  }
  bool asks_known = false, asks_unknown = false;
  for (const auto& when : program.rule_when) {
    for (auto i = when.fast().begin; i < when.fast().end; ++i) {
      asks_known = asks_known || program.code[i].c == as_known;
      asks_unknown = asks_unknown || program.code[i].c == as_unknown;
    }
  }
  REQUIRE(asks_known);
  REQUIRE(asks_unknown);

  std::size_t compared = 0, known = 0;
  for (int p = 0; p < 1024; p += 3) {
    profile::Profile profile = pupil(p);
    Facts facts = eval::prepare_facts(program, profile, *Date::parse("2026-06-01"));
    Frame frame(program, facts);
    Missing missing;
    for (std::size_t rule = 0; rule < program.rule_when.size(); ++rule) {
      // A fresh round of derived values for each run, so each kind of code makes its own.
      frame.reset_derived();
      Value fast = testing::run_as(program.rule_when[rule], frame, Code::fast, missing);
      frame.reset_derived();
      Value plain = testing::run_as(program.rule_when[rule], frame, Code::plain, missing);
      Value traced = testing::run_as(program.rule_when[rule], frame, Code::traced, missing);
      INFO("pupil " << p << ", rule r" << rule << " " << program.model->rules[rule].when->text);
      REQUIRE(same(fast, plain));
      REQUIRE(same(plain, traced));
      ++compared;
      if (fast.known()) ++known;
    }
  }
  // Both answers turn up, so agreement is not all-unknown.
  CHECK(known > compared / 4);
  CHECK(known < compared);
}

TEST_CASE("fast code reads a pupil's and the EHC record's fields as prepared for the pupil", "[engine][flat]") {
  testing::CompiledRules compiled(testing::one_rule_set(
      "known(ehc.requested) and not known(ehc.decided) and ehc.decision == refused and "
      "pupil.phase == secondary and pupil.year_group == 9 and ehc.requested + 6 weeks == 2026-02-16"));
  const Program& program = *compiled.program;
  profile::Profile profile;
  profile.ehc.requested = Date::from_ymd(2026, 1, 5);
  profile.ehc.decision = profile::Decision::refused;
  profile.pupil.phase = profile::Phase::secondary;
  profile.pupil.year_group = 9;
  Facts facts = eval::prepare_facts(program, profile, *Date::parse("2026-06-01"));
  Frame frame(program, facts);
  Missing missing;
  CHECK(testing::run_as(program.rule_when[0], frame, Code::fast, missing).is_true());
  profile.pupil.year_group = 8;
  Facts eighth = eval::prepare_facts(program, profile, *Date::parse("2026-06-01"));
  Frame second(program, eighth);
  CHECK(testing::run_as(program.rule_when[0], second, Code::fast, missing).is_false());
  profile.pupil.year_group = 9;
  profile.pupil.phase.reset();
  Facts no_phase = eval::prepare_facts(program, profile, *Date::parse("2026-06-01"));
  Frame third(program, no_phase);
  CHECK_FALSE(testing::run_as(program.rule_when[0], third, Code::fast, missing).known());
  CHECK_FALSE(testing::run_as(program.rule_when[0], third, Code::plain, missing).known());
  CHECK(missing.facts == std::vector<std::string_view>{"pupil.phase"});
}

}  // namespace apdr::run
