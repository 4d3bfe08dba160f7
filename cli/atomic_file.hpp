#pragma once
// Writing an output file so that readers never see half of it: a crash,
// a full disk or Ctrl-C leaves either the old file or the new one.
#include <filesystem>
#include <string>
#include <string_view>

namespace apdr::cli {

// Writes `contents` to a temporary file beside `path`, flushes it to disk,
// and renames it over `path`. On failure the temporary file is removed,
// `path` is untouched, `error` says what failed ("cannot write out.json:
// No space left on device") and the result is false.
bool write_file_atomically(const std::filesystem::path& path, std::string_view contents,
                           std::string& error);

}  // namespace apdr::cli
