#pragma once
// Byte offsets to 1-based lines and columns (columns in bytes, as
// SourceLocation counts them), in O(log lines) each: the parser reports
// offsets, and a large file has hundreds of thousands of nodes to place.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace apdr::yaml {

class LineIndex {
 public:
  explicit LineIndex(std::string_view text);

  struct Position { std::uint32_t line; std::uint32_t column; };
  // The position of byte `offset` (clamped to the end of the text).
  Position at(std::size_t offset) const;
  // The byte offset of 1-based `line` and `characters` UTF-8 characters
  // into it, for a position given in characters rather than bytes.
  std::size_t offset_of(std::uint32_t line, std::uint32_t characters) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;  // the offset each line starts at
};

}  // namespace apdr::yaml
