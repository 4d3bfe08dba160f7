#pragma once
// Ids must be unique within one kind of entry of one rule set, across all
// of its files (an overlay re-using a base's id is the checker's business).
#include "core/diagnostic.hpp"
#include "load/syntax.hpp"

namespace apdr::load {

// E007 for every id declared a second time (sources, levels, parameters,
// inputs, derived values, provision, steps, information, rules), at the
// second declaration with a note naming the first.
void report_duplicate_ids(const syntax::RuleSet& set, Diagnostics& diagnostics);

}  // namespace apdr::load
