#pragma once
// Prepares a profile's facts for one evaluation: level ids become ladder
// indices, cycles are grouped by area, inputs become values in the order
// the compiler resolved them.
#include "compile/program.hpp"

namespace apdr::eval {

run::Facts prepare_facts(const run::Program& program, const profile::Profile& profile, Date today);

}  // namespace apdr::eval
