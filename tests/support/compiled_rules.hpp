#pragma once
// A rule set written to a temporary folder, then loaded, checked (it must
// have no errors) and compiled, for tests that run compiled expressions
// against hand-made facts. The source store lives as long as the program,
// whose expressions point into it.
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "check/check.hpp"
#include "compile/program.hpp"
#include "load/load.hpp"
#include "temp_folder.hpp"

namespace apdr::testing {

struct CompiledRules {
  TempFolder folder;
  SourceStore sources;
  Diagnostics diagnostics;
  std::shared_ptr<const run::Program> program;

  explicit CompiledRules(const std::string& text) {
    auto chain = load::load_chain(folder.write("rules.yaml", text), sources, diagnostics);
    REQUIRE(chain);
    auto model = check::check(std::move(*chain), diagnostics);
    INFO(render_diagnostics(diagnostics, sources).substr(0, 2000));
    REQUIRE_FALSE(diagnostics.has_errors());
    program = run::compile(std::move(model));
  }
};

// A rule set with one number input `a` and one guidance rule, `the-rule`,
// whose `when` is `condition`.
inline std::string one_rule_set(const std::string& condition) {
  return "apdr: 1\nid: one-rule\nlevels:\n  - { id: low, title: Low }\n"
         "inputs:\n  a: { type: number }\n"
         "information:\n  note: { text: Note }\n"
         "rules:\n  - id: the-rule\n    kind: guidance\n    when: " + condition +
         "\n    then: { inform: [note] }\n";
}

}  // namespace apdr::testing
