// Offsets to lines and byte columns, and parser character columns back to
// offsets.
#include <catch2/catch.hpp>

#include "yaml/line_index.hpp"

using apdr::yaml::LineIndex;

TEST_CASE("offsets become 1-based lines and byte columns") {
  LineIndex lines("ab\ncé\n\nd");
  CHECK(lines.at(0).line == 1);
  CHECK(lines.at(0).column == 1);
  CHECK(lines.at(2).column == 3);  // the newline itself
  CHECK(lines.at(3).line == 2);
  CHECK(lines.at(5).column == 3);  // the second byte of é
  CHECK(lines.at(7).line == 3);
  CHECK(lines.at(8).line == 4);
  CHECK(lines.at(100).line == 4);  // clamped to the end
  CHECK(lines.at(100).column == 2);
}

TEST_CASE("a line and a count of characters become a byte offset") {
  LineIndex lines("ab\néé x\n");
  CHECK(lines.offset_of(1, 0) == 0);
  CHECK(lines.offset_of(2, 0) == 3);
  CHECK(lines.offset_of(2, 2) == 7);  // past two two-byte characters
  CHECK(lines.offset_of(2, 4) == 9);
  CHECK(lines.offset_of(2, 50) == 9);   // stops at the end of the line
  CHECK(lines.offset_of(9, 0) == 10);   // past the last line: the end
}
