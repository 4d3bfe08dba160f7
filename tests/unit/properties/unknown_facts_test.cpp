// "An unknown fact never makes a rule fire whose condition needs that
// fact." Conditions are generated at random from atoms that each read one
// fact, joined by and, or, not and if-then-else; under three-valued logic
// such a condition is unknown whenever the fact is, so the rule must not
// fire and must be listed as undetermined, missing that fact. With the fact
// given, every such rule is decided one way or the other.
#include <random>
#include <set>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "evaluate/evaluate.hpp"
#include "evaluate/fired_rules.hpp"
#include "profile_generator.hpp"
#include "temp_folder.hpp"

using namespace apdr;
using namespace apdr::testing;

namespace {

// The rules that fired, as the coverage listener heard them, on the date
// the tests evaluate at.
std::set<std::string> fired_ids(const Program& program, const profile::Profile& profile) {
  eval::FiredRules fired;
  eval::evaluate(program, profile, profile.as_of.value_or(*Date::parse("2026-11-22")), &fired);
  std::set<std::string> ids;
  for (std::string_view id : fired.ids(*program.model)) ids.emplace(id);
  return ids;
}

}  // namespace

namespace {

struct Fact {
  const char* missing_name;           // as the result lists it
  std::vector<std::string> atoms;     // conditions that read only this fact
  const char* given;                  // profile YAML lines that give it
};

const std::vector<Fact>& facts() {
  static const std::vector<Fact> list = {
      {"attendance",
       {"attendance < 90", "attendance >= 50", "attendance == 85", "attendance != 85", "attendance + 5 > 95",
        "attendance in [80, 90]", "max(attendance, 10) > 40", "min(attendance, 99) <= 60",
        "(if attendance > 70 then 1 else 2) == 1", "attendance * 2 / 4 < 30", "-attendance < -80"},
       "inputs: { attendance: 83 }\n"},
      {"ehc.requested",
       {"ehc.requested + 6 weeks < today", "ehc.requested > 2026-01-01", "year(ehc.requested) == 2026",
        "today - ehc.requested > 20 days", "month(ehc.requested) in [1, 2, 3]",
        "academic_year(ehc.requested) >= 2025", "ehc.requested + 1 year <= date(2027, 1, 1)",
        "day(ehc.requested) != 15", "ehc.requested == today"},
       "ehc: { requested: 2026-06-15, requested_by: parent }\n"},
      {"pupil.year_group",
       {"pupil.year_group >= 6", "pupil.year_group in [10, 11]", "pupil.year_group - 1 == 5",
        "pupil.year_group < 0"},
       "pupil: { year_group: 7 }\n"},
  };
  return list;
}

std::string condition(const Fact& fact, std::mt19937& random, int depth) {
  auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
  if (depth == 0 || pick(3) == 0) return fact.atoms[pick(fact.atoms.size())];
  switch (pick(4)) {
    case 0: return "(" + condition(fact, random, depth - 1) + " and " + condition(fact, random, depth - 1) + ")";
    case 1: return "(" + condition(fact, random, depth - 1) + " or " + condition(fact, random, depth - 1) + ")";
    case 2: return "not (" + condition(fact, random, depth - 1) + ")";
    default:
      return "(if " + condition(fact, random, depth - 1) + " then " + condition(fact, random, depth - 1) +
             " else " + condition(fact, random, depth - 1) + ")";
  }
}

}  // namespace

TEST_CASE("a rule whose condition needs an unknown fact never fires and is listed as undetermined") {
  std::mt19937 random(5005);
  for (const auto& fact : facts()) {
    for (int round = 0; round < 4; ++round) {
      CAPTURE(fact.missing_name, round);
      std::string rules = "apdr: 1\nid: unknowns\nextends: apdr:national\n"
                          "inputs:\n  attendance: { type: percent }\n"
                          "information:\n  said: { text: Something to tell. }\nrules:\n";
      std::vector<std::string> ids;
      for (int i = 0; i < 25; ++i) {
        ids.push_back(fmt::format("u-{}", i));
        rules += fmt::format("  - id: {}\n    kind: guidance\n    when: \"{}\"\n    then: {{ inform: [said] }}\n",
                             ids.back(), condition(fact, random, 4));
      }
      TempFolder folder;
      SourceStore sources;
      Diagnostics diagnostics;
      auto program = build_program(folder.write("unknowns.yaml", rules), sources, diagnostics);
      INFO(rules);
      INFO(render_diagnostics(diagnostics, sources));
      REQUIRE(program);

      const std::string header = "apdr-profile: 1\nid: p\nas_of: 2026-11-22\nneeds: [{ area: semh }]\n";
      auto unknown = load_generated(*program, header);
      REQUIRE(unknown);
      auto result = evaluate(*program, *unknown, std::nullopt, *Date::parse("2026-11-22"));
      std::set<std::string> fired = fired_ids(*program, *unknown);
      for (const auto& id : ids) {
        CAPTURE(id);
        CHECK(fired.count(id) == 0);
        const eval::Undetermined* listed = nullptr;
        for (const auto& u : result.undetermined) {
          if (u.rule == id && !u.is_provision) listed = &u;
        }
        REQUIRE(listed);
        CHECK(std::find(listed->missing.begin(), listed->missing.end(), fact.missing_name) != listed->missing.end());
      }

      auto known = load_generated(*program, header + fact.given);
      REQUIRE(known);
      auto decided = evaluate(*program, *known, std::nullopt, *Date::parse("2026-11-22"));
      for (const auto& u : decided.undetermined) CHECK(u.rule.rfind("u-", 0) != 0);
    }
  }
}

TEST_CASE("over the shipped rule sets, no rule is both fired and undetermined") {
  for (const auto& name : shipped_rule_sets()) {
    CAPTURE(name);
    auto program = shipped(name);
    ProfileGenerator generator(*program, 6006);
    int undetermined = 0;
    for (int i = 0; i < 120; ++i) {
      std::string yaml = generator.next();
      auto profile = load_generated(*program, yaml);
      if (!profile) continue;
      auto result = evaluate(*program, *profile, std::nullopt, *Date::parse("2026-11-22"));
      std::set<std::string> fired = fired_ids(*program, *profile);
      for (const auto& u : result.undetermined) {
        if (u.is_provision) continue;
        CAPTURE(yaml, u.rule);
        CHECK(fired.count(std::string(u.rule)) == 0);
        CHECK_FALSE(u.missing.empty());
        ++undetermined;
      }
    }
    // The generator leaves facts out often enough to exercise this.
    CHECK(undetermined > 0);
  }
}
