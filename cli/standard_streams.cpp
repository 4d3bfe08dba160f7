#include "standard_streams.hpp"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string_view>

#include <fcntl.h>
#include <unistd.h>

namespace apdr::cli {

namespace {
bool input_was_closed = false;
}  // namespace

void prepare_standard_streams() {
  const int modes[3] = {O_WRONLY, O_RDONLY, O_RDONLY};
  for (int fd = 0; fd <= 2; ++fd) {
    if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    if (fd == 0) input_was_closed = true;
    int opened = ::open("/dev/null", modes[fd]);
    if (opened >= 0 && opened != fd) {
      ::dup2(opened, fd);
      ::close(opened);
    }
  }
  std::signal(SIGXFSZ, SIG_IGN);
}

bool standard_input_readable() {
  if (input_was_closed) return false;
  int flags = ::fcntl(STDIN_FILENO, F_GETFL);
  return flags != -1 && (flags & O_ACCMODE) != O_WRONLY;
}

bool arguments_read_standard_input(int argc, char** argv) {
  bool ask = argc > 1 && std::string_view(argv[1]) == "ask";
  bool answers_from_file = false;
  for (int i = 1; i < argc; ++i) {
    std::string_view argument = argv[i];
    bool output_option = argument == "-o" || argument == "--output" || argument == "--summary" || argument == "--save";
    if (output_option) {
      ++i;  // its value names an output, "-" being standard output
      continue;
    }
    if (argument == "--answers" && i + 1 < argc) {
      answers_from_file = std::string_view(argv[i + 1]) != "-";
      ++i;
      if (!answers_from_file) return true;
      continue;
    }
    if (argument.starts_with("--answers=")) {
      answers_from_file = argument != "--answers=-";
      if (!answers_from_file) return true;
      continue;
    }
    if (argument == "-" || argument == "--rules=-" || argument == "--cohort=-") return true;
  }
  return ask && !answers_from_file;
}

bool standard_output_written() {
  std::cout.flush();
  errno = 0;
  bool ok = static_cast<bool>(std::cout) && std::fflush(stdout) == 0;
  if (!ok) {
    int reason = errno;
    std::cerr << "error: cannot write to standard output" << (reason != 0 ? ": " : "")
              << (reason != 0 ? std::strerror(reason) : "") << '\n';
  }
  return ok;
}

}  // namespace apdr::cli
