// The lints run on a program that has already checked without errors, so an
// integrator can build once and lint only when an author asks.
#include "apdr/engine.hpp"
#include "check/lint.hpp"
#include "check/lint_allow.hpp"
#include "compile/program.hpp"

namespace apdr {

void lint_program(const Program& program, Diagnostics& diagnostics) {
  check::lint(*program.model, diagnostics);
  diagnostics.sort();
}

AllowedWarnings allow_warnings(const Program* program, const std::vector<Code>& allow,
                               Diagnostics& diagnostics) {
  AllowedWarnings allowed = check::allow_warnings(program ? program->model.get() : nullptr, allow, diagnostics);
  diagnostics.sort();
  return allowed;
}

}  // namespace apdr
