#pragma once
// The evaluate stage: one profile against a compiled program, following the
// six steps of DESIGN.md's Evaluation section.
#include "compile/program.hpp"
#include "evaluate/result.hpp"

namespace apdr::eval {

// Evaluates `profile` as on `today`. The profile must have been validated
// against program.schema.
Result evaluate(const run::Program& program, const profile::Profile& profile, Date today);

}  // namespace apdr::eval
