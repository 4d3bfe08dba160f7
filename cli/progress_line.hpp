#pragma once
// The text of `apdr batch`'s progress bar, apart from the terminal that
// shows it, so what it claims can be tested: the share of a file read, the
// rows, the rate, and the time left once there is enough to go on. Nothing
// is estimated when the input's size is not known (standard input).
#include <cstddef>
#include <optional>
#include <string>

namespace apdr::cli {

struct Progress {
  std::size_t rows = 0;
  double seconds = 0;              // since the run started
  std::optional<double> fraction;  // of the input read, 0 to 1; unknown for standard input
};

// "[#######       ]  52%  520000 rows  410000 rows/s  about 12 s left",
// without the carriage return or the clearing escape.
std::string progress_line(const Progress& progress);

// "about 12 s left", "about 3 min left", "about 1 h 5 min left"; empty
// when the time left cannot honestly be estimated: the size is unknown, or
// less than a second has passed or less than 1% has been read, when a
// projection would mostly be noise.
std::string time_left(const Progress& progress);

}  // namespace apdr::cli
