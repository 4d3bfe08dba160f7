// The lints run on a program that has already checked without errors, so an
// integrator can build once and lint only when an author asks.
#include "apdr/engine.hpp"
#include "check/lint.hpp"
#include "compile/program.hpp"

namespace apdr {

void lint_program(const Program& program, Diagnostics& diagnostics) {
  check::lint(*program.model, diagnostics);
  diagnostics.sort();
}

}  // namespace apdr
