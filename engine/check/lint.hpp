#pragma once
// The lints of `apdr check`: warnings about a rule set that type-checks but
// is probably not what its author meant (unused entries, rules that can never
// fire or add nothing, overrides that change nothing, gaps in the area ×
// level matrix, entries without a source, plain wording a family may not
// follow). docs/lint.md lists each with its code.
//
// Only entries written in the files being checked are linted: the requested
// rule set and its includes, and every set of its chain that is not embedded.
// The embedded apdr:national is the same for every toolkit, so its warnings
// would only be noise there; `apdr check rules/national/national.yaml` lints
// it. "Unused" still looks at the whole chain: an input national declares and
// a local rule reads is used.
#include "check/model.hpp"
#include "core/diagnostic.hpp"

namespace apdr::check {

// Appends warnings (never errors) about `model`, which must have checked
// without errors.
void lint(const Model& model, Diagnostics& diagnostics);

}  // namespace apdr::check
