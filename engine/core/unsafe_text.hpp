#pragma once
// Characters that can drive a terminal or reorder what a reader sees: C0
// and C1 control characters (other than a line break and a tab), DEL, and
// Unicode's bidirectional formatting characters (U+061C, U+200E, U+200F,
// U+202A to U+202E, U+2066 to U+2069), with which "Trojan source" text
// shows one thing and holds another. A pupil's profile or a rule file may
// hold them; text output shows them escaped, and a rule file may not hold
// them at all.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace apdr {

struct UnsafeCharacter {
  std::size_t offset = 0;   // of its first byte
  std::size_t length = 1;   // its bytes
  char32_t code_point = 0;
};

// The first unsafe character of `text` (UTF-8), or nullopt.
std::optional<UnsafeCharacter> first_unsafe_character(std::string_view text);

// `text` with each unsafe character written as `\u{202E}` (a carriage
// return as `\r`), so it is visible and inert.
std::string escape_unsafe(std::string_view text);

// "U+202E (RIGHT-TO-LEFT OVERRIDE)", "U+001B (a control character)".
std::string describe_unsafe(char32_t code_point);

}  // namespace apdr
