#pragma once
// Every verb prints problems the same way: rendered with the quoted line and
// caret, sorted by position, to standard error.
#include "core/diagnostic.hpp"

namespace apdr::cli {

// Sorts `diagnostics` and writes them to stderr, coloured when stderr is a
// terminal and NO_COLOR is unset. Prints nothing for an empty list.
void print_diagnostics(Diagnostics& diagnostics, const SourceStore& sources);

// What a verb does when its input is refused: prints the diagnostics and
// returns exit_invalid_input, for `return fail_with(...)`.
int fail_with(Diagnostics& diagnostics, const SourceStore& sources);

}  // namespace apdr::cli
