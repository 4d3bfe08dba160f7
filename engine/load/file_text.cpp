#include "load/file_text.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>

#include <fmt/format.h>

#include "core/limits.hpp"

namespace apdr::load {
namespace {

std::string read_capped(std::istream& in) {
  std::string text;
  char buffer[65536];
  while (text.size() <= limits::max_file_bytes && in) {
    in.read(buffer, sizeof buffer);
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
  }
  if (text.size() > limits::max_file_bytes + 1) text.resize(limits::max_file_bytes + 1);
  return text;
}

}  // namespace

std::optional<std::string> read_file_text(const std::filesystem::path& path, const std::string& shown_as,
                                          const SourceLocation& reported_at, Diagnostics& diagnostics) {
  std::error_code ignored;
  if (std::filesystem::is_directory(path, ignored)) {
    diagnostics.error(Code::FileUnreadable, reported_at,
                      fmt::format("cannot read `{}`: it is a folder, not a file", shown_as));
    return std::nullopt;
  }
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    int reason = errno;
    diagnostics.error(Code::FileUnreadable, reported_at,
                      fmt::format("cannot read `{}`: {}", shown_as,
                                  reason != 0 ? std::strerror(reason) : "the file could not be opened"));
    return std::nullopt;
  }
  std::string text = read_capped(in);
  if (in.bad()) {
    diagnostics.error(Code::FileUnreadable, reported_at,
                      fmt::format("cannot read `{}`: reading failed part way", shown_as));
    return std::nullopt;
  }
  return text;
}

std::optional<std::string> read_standard_input(Diagnostics& diagnostics) {
  std::string text = read_capped(std::cin);
  // Through stdio, a failed read is an error flag on stdin, not on cin.
  if (std::cin.bad() || std::ferror(stdin)) {
    diagnostics.error(Code::FileUnreadable, SourceLocation{"-", 0, 0}, "cannot read standard input");
    return std::nullopt;
  }
  return text;
}

}  // namespace apdr::load
