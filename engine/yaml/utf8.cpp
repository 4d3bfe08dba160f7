#include "yaml/utf8.hpp"

namespace apdr::yaml {

std::size_t valid_utf8_prefix(std::string_view text) {
  auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned char lead = byte(i);
    if (lead < 0x80) {
      ++i;
      continue;
    }
    // The continuation bytes a lead byte needs, and the range the first of
    // them must fall in to rule out overlong forms, surrogates and code
    // points past U+10FFFF.
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) length = 1;
    else if (lead == 0xE0) { length = 2; low = 0xA0; }
    else if (lead == 0xED) { length = 2; high = 0x9F; }
    else if (lead >= 0xE1 && lead <= 0xEF) length = 2;
    else if (lead == 0xF0) { length = 3; low = 0x90; }
    else if (lead == 0xF4) { length = 3; high = 0x8F; }
    else if (lead >= 0xF1 && lead <= 0xF3) length = 3;
    else return i;
    if (i + length >= text.size()) return i;  // the text ends inside the character
    if (byte(i + 1) < low || byte(i + 1) > high) return i;
    for (std::size_t k = 2; k <= length; ++k) {
      if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return i;
    }
    i += length + 1;
  }
  return i;
}

}  // namespace apdr::yaml
