#pragma once
// The warnings `apdr check` can give about a rule set, W001 upwards: the
// codes `lint.allow` and `check --allow` accept. W016 is about a cohort's
// rows, which no check of a rule set reads, so allowing it would mean nothing.
#include <vector>

#include "core/diagnostic_code.hpp"

namespace apdr {

std::vector<Code> rule_set_warnings();

}  // namespace apdr
