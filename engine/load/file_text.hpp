#pragma once
// Reading a rule file's bytes: from disk, from standard input, or from the
// rule sets embedded in the binary.
#include <filesystem>
#include <optional>
#include <string>

#include "core/diagnostic.hpp"

namespace apdr::load {

// The bytes of `path`, or nullopt after E001 at `reported_at` with the
// operating system's reason (a folder is unreadable too). Reads at most one
// byte more than limits::max_file_bytes, so an oversized file is caught by
// the size check without being read whole.
std::optional<std::string> read_file_text(const std::filesystem::path& path, const std::string& shown_as,
                                          const SourceLocation& reported_at, Diagnostics& diagnostics);

// Standard input, with the same size cap.
std::optional<std::string> read_standard_input(Diagnostics& diagnostics);

}  // namespace apdr::load
