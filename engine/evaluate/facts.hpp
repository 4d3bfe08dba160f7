#pragma once
// Prepares a profile's facts for one evaluation: level ids become ladder
// indices, cycles are grouped by area, inputs become values in the order
// the compiler resolved them.
#include "compile/program.hpp"

namespace apdr::eval {

// Fills `into` for this profile, reusing the room its arrays already have:
// preparing pupil after pupil into one Facts allocates only while the
// pupils grow larger than any before.
void prepare_facts(const run::Program& program, const profile::Profile& profile, Date today, run::Facts& into);

run::Facts prepare_facts(const run::Program& program, const profile::Profile& profile, Date today);

}  // namespace apdr::eval
