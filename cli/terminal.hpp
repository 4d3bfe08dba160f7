#pragma once
// Whether output may be coloured: only for a person at a terminal, and
// never when NO_COLOR is set (https://no-color.org), whatever its value.

namespace apdr::cli {

// True when file descriptor `fd` (1 for stdout, 2 for stderr) is a terminal
// and NO_COLOR is not set in the environment.
bool colour_allowed(int fd);

}  // namespace apdr::cli
