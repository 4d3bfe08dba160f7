#include "yaml/line_index.hpp"

#include <algorithm>

namespace apdr::yaml {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts_.push_back(i + 1);
  }
}

LineIndex::Position LineIndex::at(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
  auto line = static_cast<std::size_t>(after - starts_.begin());  // 1-based: `after` is one past
  return {static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(offset - starts_[line - 1] + 1)};
}

std::size_t LineIndex::offset_of(std::uint32_t line, std::uint32_t characters) const {
  if (line == 0) return 0;
  if (line > starts_.size()) return text_.size();
  std::size_t offset = starts_[line - 1];
  // Step over whole UTF-8 characters: continuation bytes are 10xxxxxx.
  for (std::uint32_t seen = 0; offset < text_.size() && text_[offset] != '\n'; ++offset) {
    if ((static_cast<unsigned char>(text_[offset]) & 0xC0) == 0x80) continue;
    if (seen++ == characters) break;
  }
  return offset;
}

}  // namespace apdr::yaml
