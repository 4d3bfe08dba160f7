#pragma once
// Builds a rule set from text through the pipeline's stages and explains
// rules of it for an inline profile.
#include <memory>
#include <string>

#include <catch2/catch.hpp>

#include "check/check.hpp"
#include "compile/program.hpp"
#include "explain/explain.hpp"
#include "load/load.hpp"
#include "profile/load_profile.hpp"

namespace apdr::testing {

inline std::shared_ptr<const run::Program> program_from(const std::string& path_or_text, bool is_text = true) {
  SourceStore sources;
  Diagnostics diagnostics;
  auto chain = is_text ? load::load_chain_from_text("rules.yaml", ".", path_or_text, sources, diagnostics)
                       : load::load_chain(path_or_text, sources, diagnostics);
  INFO(render_diagnostics(diagnostics, sources));
  REQUIRE(chain);
  auto model = check::check(std::move(*chain), diagnostics);
  INFO(render_diagnostics(diagnostics, sources));
  REQUIRE(!diagnostics.has_errors());
  return run::compile(std::move(model));
}

inline profile::Profile profile_from(const run::Program& program, const std::string& yaml) {
  SourceStore sources;
  Diagnostics diagnostics;
  auto profile = profile::load_profile_text("profile.yaml", yaml, program.schema, sources, diagnostics);
  INFO(render_diagnostics(diagnostics, sources));
  REQUIRE(profile);
  return *profile;
}

// Explains the rules (or items) named, on 2026-11-22.
inline explain::Explained explain_ids(const run::Program& program, const profile::Profile& profile,
                                      const std::vector<std::string>& ids) {
  std::vector<explain::Target> targets;
  for (const auto& id : ids) {
    auto target = explain::find_target(*program.model, id);
    INFO(id);
    REQUIRE(target);
    targets.push_back(*target);
  }
  return explain::explain(program, profile, *Date::parse("2026-11-22"), targets);
}

}  // namespace apdr::testing
