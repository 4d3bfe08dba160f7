// The progress bar of `apdr batch` (issue 15): the time left is shown once
// the input's size is known and enough of it has been read, and never made
// up for standard input.
#include <catch2/catch.hpp>

#include "progress_line.hpp"

using apdr::cli::Progress;
using apdr::cli::progress_line;
using apdr::cli::time_left;

TEST_CASE("a file half read in 10 s has about 10 s left") {
  Progress p{5000, 10.0, 0.5};
  CHECK(time_left(p) == "about 10 s left");
  CHECK(progress_line(p) == "[###############               ]  50%  5000 rows  500 rows/s  about 10 s left");
}

TEST_CASE("longer runs are told in minutes, then hours and minutes") {
  CHECK(time_left({100, 60.0, 0.25}) == "about 3 min left");       // 180 s
  CHECK(time_left({100, 600.0, 0.1}) == "about 1 h 30 min left");  // 5400 s
  CHECK(time_left({100, 30.0, 1.0}) == "about 0 s left");
}

TEST_CASE("standard input, whose size is not known, gets no estimate and no bar") {
  Progress p{1200, 4.0, std::nullopt};
  CHECK(time_left(p).empty());
  CHECK(progress_line(p) == "1200 rows  300 rows/s");
}

TEST_CASE("no estimate before a second has passed or 1% has been read") {
  CHECK(time_left({10, 0.5, 0.5}).empty());
  CHECK(time_left({10, 5.0, 0.005}).empty());
  CHECK_FALSE(time_left({10, 1.0, 0.01}).empty());
}
