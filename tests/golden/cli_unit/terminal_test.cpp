#include <catch2/catch.hpp>

#include <cstdlib>

#include <fcntl.h>
#include <unistd.h>

#include "terminal.hpp"

TEST_CASE("no colour for a file, nor with NO_COLOR set to anything") {
  int fd = ::open("/dev/null", O_WRONLY);
  REQUIRE(fd >= 0);
  ::unsetenv("NO_COLOR");
  CHECK_FALSE(apdr::cli::colour_allowed(fd));  // /dev/null is not a terminal
  ::close(fd);

  // With NO_COLOR, not even a terminal gets colour. Use the controlling
  // terminal when the test has one; otherwise the check above stands alone.
  int tty = ::open("/dev/tty", O_WRONLY);
  if (tty >= 0) {
    CHECK(apdr::cli::colour_allowed(tty));
    ::setenv("NO_COLOR", "", 1);
    CHECK_FALSE(apdr::cli::colour_allowed(tty));
    ::setenv("NO_COLOR", "1", 1);
    CHECK_FALSE(apdr::cli::colour_allowed(tty));
    ::unsetenv("NO_COLOR");
    ::close(tty);
  }
}
