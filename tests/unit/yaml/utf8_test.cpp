// Which bytes are UTF-8: the check that runs before any YAML is parsed.
#include <catch2/catch.hpp>

#include <string>

#include "yaml/utf8.hpp"

using apdr::yaml::valid_utf8_prefix;

TEST_CASE("well-formed UTF-8 is accepted whole") {
  for (std::string text : {"", "plain ASCII", "caf\xC3\xA9", "\xE2\x82\xAC 5", "\xF0\x9F\x98\x80",
                           "\xEF\xBB\xBFkey: v", "\xF4\x8F\xBF\xBF"}) {
    CHECK(valid_utf8_prefix(text) == text.size());
  }
}

TEST_CASE("the first byte that is not UTF-8 is found") {
  CHECK(valid_utf8_prefix("ab\xFF" "cd") == 2);        // never a UTF-8 byte
  CHECK(valid_utf8_prefix("ab\x80") == 2);             // a continuation with no lead
  CHECK(valid_utf8_prefix("ab\xC3") == 2);             // cut short at the end
  CHECK(valid_utf8_prefix("ab\xC3z") == 2);            // cut short by an ASCII byte
  CHECK(valid_utf8_prefix("\xC0\xAF") == 0);           // overlong `/`
  CHECK(valid_utf8_prefix("\xE0\x80\xAF") == 0);       // overlong, three bytes
  CHECK(valid_utf8_prefix("x\xED\xA0\x80") == 1);      // a UTF-16 surrogate
  CHECK(valid_utf8_prefix("\xF4\x90\x80\x80") == 0);   // past U+10FFFF
  CHECK(valid_utf8_prefix("\xA3 10") == 0);            // a pound sign in Windows-1252
}
