#pragma once
// What the batch tests share: the toolkit the example cohorts are written
// for, compiled once, and the paths of the committed cohorts.
#include <memory>
#include <string>

#include "check/check.hpp"
#include "compile/program.hpp"
#include "load/load.hpp"

namespace apdr::batch_test {

inline std::string source(const std::string& path) { return std::string(APDR_SOURCE_DIR) + "/" + path; }

// rules/examples/ordinarily-available.yaml on the national baseline.
inline const run::Program& toolkit() {
  static std::shared_ptr<const run::Program> program = [] {
    SourceStore sources;
    Diagnostics diagnostics;
    auto chain = load::load_chain(source("rules/examples/ordinarily-available.yaml"), sources, diagnostics);
    auto model = check::check(std::move(*chain), diagnostics);
    return run::compile(std::move(model));
  }();
  return *program;
}

}  // namespace apdr::batch_test
