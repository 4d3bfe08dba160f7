#pragma once
// Writing an output file so that readers never see half of it: a crash,
// a full disk or Ctrl-C leaves either the old file or the new one. An
// output is no more readable than what it was made from, and nothing is
// written anywhere but the file named and its hidden temporary file
// (docs/privacy.md).
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sys/types.h>

namespace apdr::cli {

// Where an output really goes and how it is made, worked out before anything
// is written.
struct OutputPlan {
  std::filesystem::path target;  // the named path with every symbolic link followed
  bool direct = false;           // a device or a pipe (/dev/null, /dev/stderr): written to, never replaced
  bool replaces = false;         // a regular file is there now
  mode_t mode = 0600;            // of the finished file: the replaced file's own, else 0600 narrowed by the inputs'
  gid_t group = static_cast<gid_t>(-1);  // the replaced file's group, kept; -1 for a new file
  // The hidden temporary file beside `target` ("." NAME ".tmp-XXXXXX").
  std::string temporary_pattern() const;
};

// Why `path` may not be an output, or nullopt: it is the same file as one of
// `inputs` (however named: through a symbolic link, a hard link or another
// spelling), or a symbolic link that leads nowhere. "-" and empty inputs are
// skipped. Verbs ask this before they read or write anything, and refuse
// with exit 2.
std::optional<std::string> output_refusal(const std::string& path, const std::vector<std::string>& inputs);

// The plan for writing `path`, from `inputs` (whose modes narrow a new
// file's). False with `error` when the target cannot be worked out.
bool plan_output(const std::string& path, const std::vector<std::string>& inputs, OutputPlan& plan,
                 std::string& error);

// Opens a device or pipe to write to; standard output or error itself
// (dup'ed) when that is what `target` is, so both share one offset.
int open_direct(const std::filesystem::path& target);

// Gives the finished temporary file (open as `fd`) the plan's mode and
// group, and flushes it. When the group cannot be kept, the group's bits
// are dropped instead, so no one reads it who could not read the old file.
bool finish_temporary(int fd, const OutputPlan& plan);

// Writes `contents` to a temporary file beside `path` (beside the file a
// symbolic link leads to), flushes it to disk, and renames it over that
// file; a device or a pipe is written directly. On failure the temporary
// file is removed, `path` is untouched, `error` says what failed ("cannot
// write out.json: No space left on device") and the result is false.
bool write_file_atomically(const std::filesystem::path& path, std::string_view contents, std::string& error,
                           const std::vector<std::string>& inputs = {});

}  // namespace apdr::cli
