#include "progress_line.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace apdr::cli {

std::string time_left(const Progress& p) {
  if (!p.fraction || p.seconds < 1.0 || *p.fraction < 0.01) return "";
  double done = std::min(1.0, *p.fraction);
  // The rate so far, carried on: rows are streamed at a steady pace, so the
  // share read grows about linearly with time.
  auto left = static_cast<long>(std::ceil(p.seconds * (1.0 - done) / done));
  if (left < 60) return fmt::format("about {} s left", left);
  long minutes = (left + 30) / 60;
  if (minutes < 60) return fmt::format("about {} min left", minutes);
  return fmt::format("about {} h {} min left", minutes / 60, minutes % 60);
}

std::string progress_line(const Progress& p) {
  std::string line;
  if (p.fraction) {
    double done = std::clamp(*p.fraction, 0.0, 1.0);
    auto filled = static_cast<std::size_t>(done * 30);
    line += fmt::format("[{}{}] {:3.0f}%  ", std::string(filled, '#'), std::string(30 - filled, ' '), done * 100);
  }
  line += fmt::format("{} rows", p.rows);
  if (p.seconds > 0) line += fmt::format("  {:.0f} rows/s", static_cast<double>(p.rows) / p.seconds);
  if (std::string left = time_left(p); !left.empty()) line += "  " + left;
  return line;
}

}  // namespace apdr::cli
