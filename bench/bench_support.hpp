#pragma once
// What the benchmarks share: paths, building a program, a few profiles.
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <apdr/engine.hpp>

#include "compile/program.hpp"
#include "profile/load_profile.hpp"

namespace apdr::bench {

inline std::string source(const std::string& path) { return std::string(APDR_SOURCE_DIR) + "/" + path; }

inline std::shared_ptr<const Program> program_or_throw(const std::string& path) {
  SourceStore sources;
  Diagnostics diagnostics;
  auto program = build_program(path, sources, diagnostics);
  if (!program) throw std::runtime_error("cannot build " + path + "\n" + render_diagnostics(diagnostics, sources));
  return program;
}

// Pupils that between them take every branch of bench.yaml.
inline std::vector<profile::Profile> bench_profiles(const Program& program) {
  const char* texts[] = {
      R"({"id": "stuck", "as_of": "2026-11-22", "needs": [{"area": "semh"}, {"area": "cognition_learning", "level": "sen_support"}],
          "cycles": [{"area": "semh", "started": "2026-01-12", "reviewed": "2026-04-01", "outcome": "not_met"},
                     {"area": "semh", "started": "2026-04-20", "reviewed": "2026-07-10", "outcome": "not_met"},
                     {"area": "semh", "started": "2026-09-07"}],
          "in_place": ["adapted-teaching"], "inputs": {"attendance": 84}})",
      R"({"id": "requested", "as_of": "2026-11-22", "needs": [{"area": "communication_interaction", "level": "sen_support"}],
          "ehc": {"requested": "2026-10-01", "requested_by": "parent"}})",
      R"({"id": "plan", "as_of": "2026-11-22", "needs": [{"area": "semh", "level": "ehc_plan"}],
          "cycles": [{"area": "semh", "started": "2026-05-01", "reviewed": "2026-07-15", "outcome": "met"}],
          "in_place": ["adapted-teaching", "check-in"], "inputs": {"attendance": 97}})",
      R"({"id": "early", "as_of": "2026-11-22", "needs": [{"area": "cognition_learning"}], "in_place": ["word-mats"]})",
  };
  std::vector<profile::Profile> profiles;
  for (const char* text : texts) {
    SourceStore sources;
    Diagnostics diagnostics;
    auto p = profile::load_profile_text("bench.json", text, profile_schema(program), sources, diagnostics);
    if (!p) throw std::runtime_error("bad bench profile\n" + render_diagnostics(diagnostics, sources));
    profiles.push_back(std::move(*p));
  }
  return profiles;
}

}  // namespace apdr::bench
