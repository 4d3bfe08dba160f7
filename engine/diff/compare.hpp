#pragma once
// Compares one pupil's results under two rule sets. Both results must come
// from the same profile evaluated on the same date, so every difference is
// the rule sets' doing.
#include <vector>

#include "diff/change.hpp"
#include "evaluate/result.hpp"

namespace apdr::diff {

// Every difference between `before` (old rule set) and `after` (new), in
// ChangeKind order, and within a kind in the order the new result lists its
// items (removed ones in the old result's order). Empty when the pupil is
// unaffected. Only what a result says about the pupil is compared: titles,
// wording, sources and the rules behind an item (`by`) are not, so
// rewording a toolkit changes no pupil.
std::vector<Change> compare_results(const eval::Result& before, const eval::Result& after);

}  // namespace apdr::diff
