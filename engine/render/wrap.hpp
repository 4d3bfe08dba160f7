#pragma once
// Word wrapping for reports read in a terminal: widths count characters as
// a person sees them (UTF-8 code points, ANSI colour codes take no room).
#include <cstddef>
#include <string>
#include <string_view>

namespace apdr::render {

// Columns `text` takes on screen: one per UTF-8 code point, none for ANSI
// escape sequences. (Wide East Asian characters are counted as one.)
std::size_t display_width(std::string_view text);

// Wraps `text` into lines of at most `width` columns. The first line starts
// with `first`, every later line with `rest` (a hanging indent). A line
// break in `text` starts a new line with `rest`; runs of spaces collapse.
// A word longer than the room (a URL, say) gets a line of its own and is
// never cut. Every line ends with '\n'.
std::string wrap(std::string_view text, std::size_t width, std::string_view first,
                 std::string_view rest);

}  // namespace apdr::render
