#pragma once
// The evaluate stage: one profile against a compiled program, following the
// six steps of DESIGN.md's Evaluation section.
#include "compile/program.hpp"
#include "evaluate/observer.hpp"
#include "evaluate/result.hpp"

namespace apdr::eval {

// Evaluates `profile` as on `today`. The profile must have been validated
// against program.schema. With an observer, the conditions it asks for are
// traced (see observer.hpp); the result is the same either way.
Result evaluate(const run::Program& program, const profile::Profile& profile, Date today,
                Observer* observer = nullptr);

}  // namespace apdr::eval
