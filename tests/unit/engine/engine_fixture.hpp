#pragma once
// Helpers for semantic tests: write rule files into a fresh temporary
// folder, build them through the public API, and evaluate inline profiles.
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include <catch2/catch.hpp>

#include "apdr/engine.hpp"
#include "profile/load_profile.hpp"
#include "temp_folder.hpp"

namespace apdr::testing {

using RuleFolder = TempFolder;

struct Built {
  std::shared_ptr<const Program> program;
  Diagnostics diagnostics;
  SourceStore sources;
  std::string rendered() const { return render_diagnostics(diagnostics, sources); }
  // True when some diagnostic has `code` and its message contains `text`.
  bool has(Code code, const std::string& text = "") const;
};

Built build(const std::string& path);

// Evaluates a profile given as YAML text; fails the test if it is invalid.
eval::Result evaluate_yaml(const Program& program, const std::string& profile_yaml, const char* as_of = "2026-11-22");

// Small lookups over a result.
const eval::LevelResult* level_of(const eval::Result& result, Area area);
const eval::ProvisionResult* provision(const eval::Result& result, const std::string& id);
const eval::EscalationResult* escalation(const eval::Result& result, const std::string& step);
const eval::Undetermined* undetermined(const eval::Result& result, const std::string& rule);
bool informed(const eval::Result& result, const std::string& id);
// The ids of the rules that fired for this profile (coverage, eval::FiredRules).
std::vector<std::string> fired_rules(const Program& program, const std::string& profile_yaml,
                                     const char* as_of = "2026-11-22");
// The questions a renderer asks for what `u` lacks.
std::vector<std::string> questions_of(const eval::Result& result, const eval::Undetermined& u);

// The standard header of a root rule set with a three-level ladder.
std::string root_header(const std::string& id = "base");

}  // namespace apdr::testing
