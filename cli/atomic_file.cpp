#include "atomic_file.hpp"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace apdr::cli {

namespace fs = std::filesystem;

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

// The rename is only durable once the directory itself is flushed; failing
// to do so is not worth failing the write for (some file systems refuse).
void sync_directory(const fs::path& directory) {
  int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// `path` with every symbolic link followed, also when the last one leads to
// a file not yet made (its folder must exist). nullopt for a link that
// leads nowhere, or a loop of links.
std::optional<fs::path> follow_links(const fs::path& path) {
  fs::path current = path;
  for (int hops = 0; hops < 40; ++hops) {
    struct stat info {};
    if (::lstat(current.c_str(), &info) != 0) return current;  // nothing there: a new file
    if (!S_ISLNK(info.st_mode)) return current;
    std::vector<char> buffer(PATH_MAX + 1);
    ssize_t length = ::readlink(current.c_str(), buffer.data(), PATH_MAX);
    if (length < 0) return std::nullopt;
    fs::path link(std::string(buffer.data(), static_cast<std::size_t>(length)));
    current = link.is_absolute() ? link : current.parent_path() / link;
    // A link to a file that is not there (yet) is a file we would create
    // somewhere the user did not name: refused.
    struct stat target {};
    if (::stat(current.c_str(), &target) != 0) return std::nullopt;
  }
  return std::nullopt;
}

bool same_file(const struct stat& a, const struct stat& b) { return a.st_dev == b.st_dev && a.st_ino == b.st_ino; }

// Whether `path` leads, through its links, to a file of /proc or /dev/fd
// (an open file descriptor), or is the file standard output or error is.
bool names_open_file(const fs::path& path) {
  fs::path current = path;
  for (int hops = 0; hops < 40; ++hops) {
    std::string text = current.string();
    if (text.starts_with("/proc/") || text.starts_with("/dev/fd/")) return true;
    struct stat info {};
    if (::lstat(current.c_str(), &info) != 0 || !S_ISLNK(info.st_mode)) break;
    std::vector<char> buffer(PATH_MAX + 1);
    ssize_t length = ::readlink(current.c_str(), buffer.data(), PATH_MAX);
    if (length < 0) break;
    fs::path link(std::string(buffer.data(), static_cast<std::size_t>(length)));
    current = link.is_absolute() ? link : current.parent_path() / link;
  }
  struct stat wanted {};
  if (::stat(path.c_str(), &wanted) != 0) return false;
  for (int fd : {STDOUT_FILENO, STDERR_FILENO}) {
    struct stat open_one {};
    if (::fstat(fd, &open_one) == 0 && same_file(open_one, wanted)) return true;
  }
  return false;
}

}  // namespace

int open_direct(const fs::path& target) {
  // /dev/stderr opened again would be a second, unshared file offset: what
  // the two wrote would overwrite each other in a redirected file.
  struct stat wanted {};
  if (::stat(target.c_str(), &wanted) == 0) {
    for (int fd : {STDOUT_FILENO, STDERR_FILENO}) {
      struct stat open_one {};
      if (::fstat(fd, &open_one) == 0 && open_one.st_dev == wanted.st_dev && open_one.st_ino == wanted.st_ino) {
        return ::dup(fd);
      }
    }
  }
  return ::open(target.c_str(), O_WRONLY | O_CLOEXEC);
}

std::string OutputPlan::temporary_pattern() const {
  fs::path directory = target.parent_path();
  if (directory.empty()) directory = ".";
  return (directory / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
}

std::optional<std::string> output_refusal(const std::string& path, const std::vector<std::string>& inputs) {
  if (path.empty() || path == "-") return std::nullopt;
  struct stat link_info {};
  if (::lstat(path.c_str(), &link_info) == 0 && S_ISLNK(link_info.st_mode) && !follow_links(path)) {
    return fmt::format("will not write {}: it is a symbolic link that leads to no file", path);
  }
  struct stat output {};
  if (::stat(path.c_str(), &output) != 0) return std::nullopt;  // a new file cannot be an input
  if (!S_ISREG(output.st_mode)) return std::nullopt;            // /dev/null may be both
  for (const auto& input : inputs) {
    if (input.empty() || input == "-") continue;
    struct stat info {};
    if (::stat(input.c_str(), &info) == 0 && info.st_dev == output.st_dev && info.st_ino == output.st_ino) {
      return fmt::format("will not write {}: it is the same file as the input {}, which it would destroy", path,
                         input);
    }
  }
  return std::nullopt;
}

bool plan_output(const std::string& path, const std::vector<std::string>& inputs, OutputPlan& plan,
                 std::string& error) {
  // /dev/stderr, /dev/fd/1 and /proc/self/fd/N name a file already open,
  // perhaps a shell's redirection: it is written through, never replaced.
  if (names_open_file(path)) {
    plan = OutputPlan{};
    plan.target = path;
    plan.direct = true;
    return true;
  }
  auto target = follow_links(path);
  if (!target) {
    error = fmt::format("cannot write {}: it is a symbolic link that leads to no file", path);
    return false;
  }
  plan = OutputPlan{};
  plan.target = *target;
  struct stat info {};
  if (::stat(plan.target.c_str(), &info) == 0) {
    if (!S_ISREG(info.st_mode)) {
      if (S_ISDIR(info.st_mode)) {
        error = fmt::format("cannot write {}: it is a folder", path);
        return false;
      }
      plan.direct = true;
      return true;
    }
    plan.replaces = true;
    plan.mode = info.st_mode & 0777;
    plan.group = info.st_gid;
    return true;
  }
  plan.mode = 0600;
  for (const auto& input : inputs) {
    struct stat from {};
    if (input.empty() || input == "-" || ::stat(input.c_str(), &from) != 0 || !S_ISREG(from.st_mode)) continue;
    plan.mode &= from.st_mode & 0777;
  }
  return true;
}

bool finish_temporary(int fd, const OutputPlan& plan) {
  mode_t mode = plan.mode;
  if (plan.group != static_cast<gid_t>(-1) && ::fchown(fd, static_cast<uid_t>(-1), plan.group) != 0) {
    mode &= ~static_cast<mode_t>(0070);
  }
  return ::fchmod(fd, mode) == 0 && ::fsync(fd) == 0;
}

bool write_file_atomically(const fs::path& path, std::string_view contents, std::string& error,
                           const std::vector<std::string>& inputs) {
  OutputPlan plan;
  if (!plan_output(path.string(), inputs, plan, error)) return false;
  if (plan.direct) {
    std::cout.flush();
    std::cerr.flush();
    int fd = open_direct(plan.target);
    bool ok = fd >= 0 && write_all(fd, contents);
    int saved = errno;
    if (fd >= 0 && ::close(fd) != 0 && ok) {
      ok = false;
      saved = errno;
    }
    if (!ok) error = fmt::format("cannot write {}: {}", path.string(), std::strerror(saved));
    return ok;
  }
  // Same directory, so the rename never crosses file systems; hidden, so a
  // leftover after a power cut does not look like real output.
  std::string pattern = plan.temporary_pattern();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');

  int fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0) {
    error = fmt::format("cannot write {}: {}", path.string(), std::strerror(errno));
    return false;
  }
  bool ok = write_all(fd, contents) && finish_temporary(fd, plan);
  int saved = errno;
  if (::close(fd) != 0 && ok) {
    ok = false;
    saved = errno;
  }
  if (ok && ::rename(name.data(), plan.target.c_str()) != 0) {
    ok = false;
    saved = errno;
  }
  if (!ok) {
    ::unlink(name.data());
    error = fmt::format("cannot write {}: {}", path.string(), std::strerror(saved));
    return false;
  }
  fs::path directory = plan.target.parent_path();
  sync_directory(directory.empty() ? fs::path(".") : directory);
  return true;
}

}  // namespace apdr::cli
