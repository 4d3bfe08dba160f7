#include "core/quoted_value.hpp"

#include "core/limits.hpp"

namespace apdr {

std::string quoted_value(std::string_view text) {
  constexpr std::size_t longest = limits::max_quoted_bytes;
  std::string result;
  std::size_t i = 0;
  for (; i < text.size() && i < longest; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    result += (c < 0x20 || c == 0x7f) ? '?' : static_cast<char>(c);
  }
  if (i < text.size()) {
    // Do not cut a UTF-8 sequence in half.
    while (!result.empty() && (static_cast<unsigned char>(result.back()) & 0xC0) == 0x80) result.pop_back();
    if (!result.empty() && static_cast<unsigned char>(result.back()) >= 0xC0) result.pop_back();
    result += "…";
  }
  return result;
}

}  // namespace apdr
