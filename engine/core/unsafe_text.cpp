#include "core/unsafe_text.hpp"

#include <fmt/format.h>

namespace apdr {
namespace {

bool unsafe(char32_t c) {
  if (c == '\n' || c == '\t') return false;
  if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) return true;
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// The code point at `at` and its length; a byte that does not start a valid
// sequence counts as itself (callers hold UTF-8 already checked).
char32_t decode(std::string_view text, std::size_t at, std::size_t& length) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char lead = byte(at);
  length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (at + length > text.size()) length = 1;
  if (length == 1) return lead;
  char32_t c = lead & (0xFF >> (length + 1));
  for (std::size_t k = 1; k < length; ++k) c = (c << 6) | (byte(at + k) & 0x3F);
  return c;
}

}  // namespace

std::optional<UnsafeCharacter> first_unsafe_character(std::string_view text) {
  // Every rule file and message passes through here, so the common bytes go
  // by without decoding: printable ASCII, line feeds and tabs are safe, and
  // of the longer sequences only those led by C2 (C1 controls), D8 (U+061C)
  // and E2 (the marks and bidirectional controls) can hold an unsafe code
  // point, or, whatever follows them, by C0, C1, E0, F0 and F8 (overlong
  // forms, which decode() does not refuse). The rest are skipped by their
  // length, as decode() counts it.
  for (std::size_t i = 0; i < text.size();) {
    auto lead = static_cast<unsigned char>(text[i]);
    if ((lead >= 0x20 && lead < 0x7F) || lead == '\n' || lead == '\t') {
      ++i;
      continue;
    }
    std::size_t length = 1;
    if (lead <= 0x9F || lead == 0xC0 || lead == 0xC1 || lead == 0xC2 || lead == 0xD8 || lead == 0xE0 ||
        lead == 0xE2 || lead == 0xF0 || lead == 0xF8) {
      char32_t c = decode(text, i, length);
      if (unsafe(c)) return UnsafeCharacter{i, length, c};
    } else {
      length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
      if (i + length > text.size()) length = 1;
    }
    i += length;
  }
  return std::nullopt;
}

std::string escape_unsafe(std::string_view text) {
  if (!first_unsafe_character(text)) return std::string(text);
  std::string out;
  out.reserve(text.size() + 16);
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 1;
    char32_t c = decode(text, i, length);
    if (!unsafe(c)) out.append(text.substr(i, length));
    else if (c == '\r') out += "\\r";
    else out += fmt::format("\\u{{{:04X}}}", static_cast<std::uint32_t>(c));
    i += length;
  }
  return out;
}

std::string describe_unsafe(char32_t c) {
  const char* name = nullptr;
  switch (c) {
    case 0x061C: name = "ARABIC LETTER MARK"; break;
    case 0x200E: name = "LEFT-TO-RIGHT MARK"; break;
    case 0x200F: name = "RIGHT-TO-LEFT MARK"; break;
    case 0x202A: name = "LEFT-TO-RIGHT EMBEDDING"; break;
    case 0x202B: name = "RIGHT-TO-LEFT EMBEDDING"; break;
    case 0x202C: name = "POP DIRECTIONAL FORMATTING"; break;
    case 0x202D: name = "LEFT-TO-RIGHT OVERRIDE"; break;
    case 0x202E: name = "RIGHT-TO-LEFT OVERRIDE"; break;
    case 0x2066: name = "LEFT-TO-RIGHT ISOLATE"; break;
    case 0x2067: name = "RIGHT-TO-LEFT ISOLATE"; break;
    case 0x2068: name = "FIRST STRONG ISOLATE"; break;
    case 0x2069: name = "POP DIRECTIONAL ISOLATE"; break;
    default: break;
  }
  return name ? fmt::format("U+{:04X} ({}, a bidirectional formatting character)", static_cast<std::uint32_t>(c), name)
              : fmt::format("U+{:04X} (a control character)", static_cast<std::uint32_t>(c));
}

}  // namespace apdr
