#pragma once
// How the characters of a YAML scalar's value line up with the file text it
// was read from. Shared by the loader (to decide whether a scalar can be
// mapped at all) and by Expression::locate (to map one offset).
#include <cstddef>
#include <optional>
#include <string_view>

namespace apdr::load {

// Walks the first `count` bytes of `value` against `file` from byte
// `start`. Equal bytes match; a single space in `value` may also stand for
// a line break with the blanks around it, since that is how YAML folds a
// scalar written over several lines. Returns the file offset reached, or
// nullopt where the two part (an escape, a blank line, a block scalar).
std::optional<std::size_t> align_scalar(std::string_view value, std::string_view file,
                                        std::size_t start, std::size_t count);

}  // namespace apdr::load
