#include "terminal.hpp"

#include <cstdlib>

#include <unistd.h>

namespace apdr::cli {

bool colour_allowed(int fd) {
  // Even an empty NO_COLOR counts: a user who set it at all asked for none.
  if (std::getenv("NO_COLOR") != nullptr) return false;
  return ::isatty(fd) == 1;
}

}  // namespace apdr::cli
