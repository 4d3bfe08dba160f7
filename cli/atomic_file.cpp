#include "atomic_file.hpp"

#include <cerrno>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace apdr::cli {

namespace {

bool write_all(int fd, std::string_view contents) {
  while (!contents.empty()) {
    ssize_t written = ::write(fd, contents.data(), contents.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    contents.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

// mkstemp creates files readable only by their owner; an output file should
// get the permissions any new file gets under the user's umask.
mode_t default_file_mode() {
  mode_t mask = ::umask(0);
  ::umask(mask);
  return static_cast<mode_t>(0666 & ~mask);
}

// The rename is only durable once the directory itself is flushed; failing
// to do so is not worth failing the write for (some file systems refuse).
void sync_directory(const std::filesystem::path& directory) {
  int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

bool write_file_atomically(const std::filesystem::path& path, std::string_view contents,
                           std::string& error) {
  std::filesystem::path directory = path.parent_path();
  if (directory.empty()) directory = ".";
  // Same directory, so the rename never crosses file systems; hidden, so a
  // leftover after a power cut does not look like real output.
  std::string pattern = (directory / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');

  int fd = ::mkstemp(name.data());
  if (fd < 0) {
    error = fmt::format("cannot write {}: {}", path.string(), std::strerror(errno));
    return false;
  }
  bool ok = write_all(fd, contents) && ::fchmod(fd, default_file_mode()) == 0 && ::fsync(fd) == 0;
  int saved = errno;
  if (::close(fd) != 0 && ok) {
    ok = false;
    saved = errno;
  }
  if (ok && ::rename(name.data(), path.c_str()) != 0) {
    ok = false;
    saved = errno;
  }
  if (!ok) {
    ::unlink(name.data());
    error = fmt::format("cannot write {}: {}", path.string(), std::strerror(saved));
    return false;
  }
  sync_directory(directory);
  return true;
}

}  // namespace apdr::cli
