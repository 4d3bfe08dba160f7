// first_unsafe_character skips the common bytes without decoding them: it
// must still find exactly what decoding every code point finds, on any
// bytes (valid UTF-8 or not).
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "core/unsafe_text.hpp"

namespace apdr {
namespace {

// The plain way: decode each code point (a byte that starts no valid
// sequence, or one cut short by the end, counts as itself) and test it.
std::optional<UnsafeCharacter> decode_every_code_point(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (i + length > text.size()) length = 1;
    char32_t c = length == 1 ? lead : lead & (0xFF >> (length + 1));
    for (std::size_t k = 1; k < length; ++k) c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    bool unsafe = c != '\n' && c != '\t' &&
                  (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F ||
                   (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
    if (unsafe) return UnsafeCharacter{i, length, c};
    i += length;
  }
  return std::nullopt;
}

TEST_CASE("the fast scan finds what decoding every code point finds, on random bytes and on real text", "[core]") {
  // Bytes weighted towards the interesting ones: the lead bytes of unsafe
  // sequences, their continuation bytes, controls, and plain ASCII.
  const unsigned char pool[] = {'a', ' ', '\n', '\t', '\r', 0x1B, 0x7F, 0x80, 0x85, 0x8E, 0x9C, 0x9F, 0xA0, 0xAA,
                                0xAE, 0xA6, 0xA9, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xD8, 0xE0, 0xE1, 0xE2, 0xE3, 0x81, 0xF0, 0xF1, 0xF8, 0xF9, 0xFF};
  std::mt19937 random(20261203);
  std::size_t found = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text(random() % 12, ' ');
    for (char& c : text) c = static_cast<char>(pool[random() % sizeof pool]);
    auto expected = decode_every_code_point(text);
    auto got = first_unsafe_character(text);
    INFO("round " << round);
    REQUIRE(got.has_value() == expected.has_value());
    if (expected) {
      ++found;
      CHECK(got->offset == expected->offset);
      CHECK(got->length == expected->length);
      CHECK(got->code_point == expected->code_point);
    }
  }
  CHECK(found > 1000);  // the pool makes unsafe characters common, so both branches were met
  for (std::string_view text : {"Quiet space é — ok", "ab\u202Ecd", "x\u061Cy", "\u200F", "tab\there", "\u00A0\u0085",
                                "😀\u2069", "\xE2\x80", "\xC2"}) {
    auto expected = decode_every_code_point(text);
    auto got = first_unsafe_character(text);
    REQUIRE(got.has_value() == expected.has_value());
    if (expected) CHECK(got->offset == expected->offset);
  }
}

}  // namespace
}  // namespace apdr
