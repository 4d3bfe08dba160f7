#pragma once
// The lints of `apdr check`: warnings about a rule set that type-checks but
// is probably not what its author meant (unused entries, rules that can never
// fire or add nothing, overrides that change nothing, gaps in the area ×
// level matrix, entries without a source, plain wording a family may not
// follow). docs/lint.md lists each with its code.
//
// Only entries written in the files being checked are linted: the requested
// rule set and its includes, not the sets it extends (embedded or on disk),
// which are linted when they are checked themselves; otherwise a seven-line
// overlay would be buried under its base's warnings. "Unused" still looks at
// the whole chain: an input national declares and a local rule reads is used.
#include "check/model.hpp"
#include "core/diagnostic.hpp"

namespace apdr::check {

// Appends warnings (never errors) about `model`, which must have checked
// without errors.
void lint(const Model& model, Diagnostics& diagnostics);

}  // namespace apdr::check
