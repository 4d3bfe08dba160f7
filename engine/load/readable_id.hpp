#pragma once
// The words shown for an entry that gives no `title`: its id, made readable.
#include <string>
#include <string_view>

namespace apdr::load {

// `range2` → "Range 2", `sen_support` → "Sen support", `top-up` → "Top up":
// `_` and `-` become spaces, a run of digits after a letter is its own word,
// and the first letter is a capital. Nothing else changes, so an id in
// capitals (`EHC`) keeps them.
std::string readable_id(std::string_view id);

}  // namespace apdr::load
