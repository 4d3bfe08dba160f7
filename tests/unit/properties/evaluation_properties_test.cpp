// Properties of evaluation that must hold for every profile and every
// shipped rule set, checked over seeded random profiles (profile_generator):
// evaluation is deterministic, JSON output always parses, raising a stated
// level never removes provision, and an overlay that changes nothing changes
// no result. A failure prints the seed's profile as YAML.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "evaluate/evaluate.hpp"
#include "evaluate/fired_rules.hpp"
#include "profile_generator.hpp"
#include "render/json.hpp"
#include "temp_folder.hpp"

using namespace apdr;
using namespace apdr::testing;

namespace {

namespace fs = std::filesystem;

constexpr int profiles_per_rule_set = 120;

const Date fallback_today = *Date::parse("2026-11-22");

eval::Result evaluate_at(const Program& program, const profile::Profile& profile) {
  return evaluate(program, profile, std::nullopt, fallback_today);
}

std::string json_of(const eval::Result& result) { return render::dump(render::to_json(result)); }

// The parts of a result that describe the pupil, not the rule set's name.
// The rules that fired are heard by the coverage listener.
nlohmann::json outcome_of(const Program& program, const profile::Profile& profile) {
  eval::FiredRules fired;
  eval::Result result = eval::evaluate(program, profile, profile.as_of.value_or(fallback_today), &fired);
  auto json = nlohmann::json::parse(json_of(result));
  for (const char* key : {"rule_set", "notices"}) json.erase(key);
  std::vector<std::string> ids;
  for (std::string_view id : fired.ids(*program.model)) ids.emplace_back(id);
  json["fired"] = ids;
  return json;
}

std::set<std::string> provision_ids(const eval::Result& result) {
  std::set<std::string> ids;
  for (const auto& p : result.provision) ids.emplace(p.id);
  return ids;
}

}  // namespace

TEST_CASE("evaluation is deterministic: the same profile gives byte-identical JSON, in any order of runs") {
  for (const auto& name : shipped_rule_sets()) {
    CAPTURE(name);
    auto program = shipped(name);
    // A second, independently built program must agree with the first.
    SourceStore sources;
    Diagnostics diagnostics;
    std::string path = name.rfind("apdr:", 0) == 0 ? name : std::string(APDR_SOURCE_DIR) + "/" + name;
    auto rebuilt = build_program(path, sources, diagnostics);
    REQUIRE(rebuilt);
    ProfileGenerator generator(*program, 1001);
    std::vector<std::pair<std::string, std::string>> first;
    for (int i = 0; i < profiles_per_rule_set; ++i) {
      std::string yaml = generator.next();
      auto profile = load_generated(*program, yaml);
      if (!profile) continue;
      first.emplace_back(yaml, json_of(evaluate_at(*program, *profile)));
    }
    REQUIRE(first.size() > profiles_per_rule_set * 9 / 10);
    // Replay in reverse, against the rebuilt program, so no state carried
    // from one evaluation to the next can hide.
    for (auto it = first.rbegin(); it != first.rend(); ++it) {
      CAPTURE(it->first);
      auto profile = load_generated(*rebuilt, it->first);
      REQUIRE(profile);
      CHECK(json_of(evaluate_at(*rebuilt, *profile)) == it->second);
    }
  }
}

TEST_CASE("JSON output always parses and has every documented key") {
  const char* keys[] = {"apdr", "profile", "as_of", "rule_set", "levels", "provision",
                        "gaps", "escalations", "information", "undetermined"};
  for (const auto& name : shipped_rule_sets()) {
    CAPTURE(name);
    auto program = shipped(name);
    ProfileGenerator generator(*program, 2002);
    for (int i = 0; i < profiles_per_rule_set; ++i) {
      std::string yaml = generator.next();
      CAPTURE(yaml);
      auto profile = load_generated(*program, yaml);
      if (!profile) continue;
      std::string json = json_of(evaluate_at(*program, *profile));
      REQUIRE(nlohmann::json::accept(json));
      auto parsed = nlohmann::json::parse(json);
      for (const char* key : keys) CHECK(parsed.contains(key));
    }
  }
}

TEST_CASE("JSON output parses whatever bytes a profile's id and a rule set's text hold") {
  auto program = shipped("apdr:national");
  // Quotes, backslashes, control characters, a lone surrogate's bytes and
  // invalid UTF-8 must all come out as valid JSON.
  const std::string ids[] = {"\"quoted\"", "back\\slash", "tab\there", "bell\x07", "bad\xff\xfe",
                             "\xed\xa0\x80", "caf\xc3\xa9", "line\nbreak"};
  for (const auto& id : ids) {
    profile::Profile profile;
    profile.id = id;
    profile.as_of = Date::parse("2026-11-22");
    std::string json = json_of(evaluate_at(*program, profile));
    CAPTURE(json);
    REQUIRE(nlohmann::json::accept(json));
  }
}

TEST_CASE("raising a need's stated level never removes provision") {
  for (const auto& name : shipped_rule_sets()) {
    CAPTURE(name);
    auto program = shipped(name);
    auto ladder = local_levels(*program);
    REQUIRE(ladder.size() >= 2);
    ProfileGenerator generator(*program, 3003);
    int raised = 0;
    for (int i = 0; i < profiles_per_rule_set; ++i) {
      std::string yaml = generator.next();
      auto profile = load_generated(*program, yaml);
      if (!profile || profile->needs.empty()) continue;
      auto before = provision_ids(evaluate_at(*program, *profile));
      auto& need = profile->needs[generator.random()() % profile->needs.size()];
      auto at = need.level ? std::find(ladder.begin(), ladder.end(), *need.level) : ladder.begin();
      // Root level names are allowed in a profile; raise only local ones.
      if (at == ladder.end() || at + 1 == ladder.end()) continue;
      for (auto higher = at + 1; higher != ladder.end(); ++higher) {
        need.level = *higher;
        auto after = provision_ids(evaluate_at(*program, *profile));
        CAPTURE(yaml, *higher);
        for (const auto& id : before) {
          CAPTURE(id);
          CHECK(after.count(id) == 1);
        }
        ++raised;
      }
    }
    CHECK(raised > 20);
  }
}

TEST_CASE("extending a rule set with an empty overlay changes no result") {
  for (const auto& name : shipped_rule_sets()) {
    CAPTURE(name);
    auto program = shipped(name);
    TempFolder folder;
    std::string base;
    if (name.rfind("apdr:", 0) == 0) {
      base = name;
    } else {
      // Relative extends must stay inside the loaded folder: copy the
      // toolkit's folder beside the overlay.
      fs::path source = fs::path(APDR_SOURCE_DIR) / name;
      fs::copy(source.parent_path(), folder.path() / "base", fs::copy_options::recursive);
      base = "base/" + source.filename().string();
    }
    std::string overlay = folder.write("overlay.yaml", "apdr: 1\nid: empty-overlay\nextends: " + base + "\n");
    SourceStore sources;
    Diagnostics diagnostics;
    auto extended = build_program(overlay, sources, diagnostics);
    INFO(render_diagnostics(diagnostics, sources));
    REQUIRE(extended);
    CHECK_FALSE(diagnostics.has_errors());

    ProfileGenerator generator(*program, 4004);
    int compared = 0;
    for (int i = 0; i < profiles_per_rule_set; ++i) {
      std::string yaml = generator.next();
      CAPTURE(yaml);
      auto profile = load_generated(*program, yaml);
      if (!profile) continue;
      auto same = load_generated(*extended, yaml);
      REQUIRE(same);
      CHECK(outcome_of(*program, *profile) == outcome_of(*extended, *same));
      ++compared;
    }
    CHECK(compared > profiles_per_rule_set * 9 / 10);
  }
}
