#pragma once
// One evaluation result as one line of JSON Lines: byte for byte the object
// `apdr eval --format json` prints (render::to_json), compact, without the
// final newline. Written straight into a string instead of through a JSON
// tree, because a batch writes a million of them and the tree cost more than
// evaluating the pupil (docs/performance.md).
#include <string>

#include "evaluate/result.hpp"

namespace apdr::batch {

// Appends the compact JSON of `result` to `out` (no newline). Text that is
// not valid UTF-8 is replaced with U+FFFD, as render::dump does.
// `wording` as render::JsonOptions::wording (false for --compact).
void append_json_line(const eval::Result& result, std::string& out, bool wording = true);

}  // namespace apdr::batch
