#pragma once
// For a condition that came out unknown: which facts would decide it, and
// which way ("fires if attendance is below 90"). Worked out from the
// recorded run: only the parts that were unknown matter, and for `and` and
// `or` the known parts say what the unknown ones must be.
#include <string>

#include "explain/describe.hpp"

namespace apdr::explain {

// What would make `run` (an unknown condition) come out `want`, in words.
std::string would_make(const Recorded& run, bool want, const Describer& words);

}  // namespace apdr::explain
