#pragma once
// bench/rules/bench.yaml written directly in C++: the same result, field for
// field, with no interpretation at all. It is the practical limit the engine
// is measured against; the benchmark checks the two agree before timing.
#include "evaluate/result.hpp"
#include "profile/profile.hpp"

namespace apdr::bench {

// What the engine returns for bench.yaml, computed by hand into `out`
// (cleared first, its room reused). Its texts are literals, so the result
// needs no program; out.model is left for the caller to set, so that the
// renderer words the questions for missing inputs as the rule set does.
void evaluate_by_hand(const profile::Profile& profile, Date today, eval::Result& out);
eval::Result evaluate_by_hand(const profile::Profile& profile, Date today);

}  // namespace apdr::bench
