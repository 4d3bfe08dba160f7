#pragma once
// Reads and validates a profile (YAML or JSON) against the built-in schema
// and a rule set's Schema. Every problem is a located diagnostic; the result
// is nullopt when any error was found.
#include <optional>
#include <string>

#include "core/diagnostic.hpp"
#include "profile/profile.hpp"

namespace apdr::profile {

// `display_name` names the text in messages ("-" for standard input).
std::optional<Profile> load_profile_text(const std::string& display_name, std::string text,
                                         const Schema& schema, SourceStore& sources,
                                         Diagnostics& diagnostics);

// Reads `path` ("-" for standard input) and validates it.
std::optional<Profile> load_profile_file(const std::string& path, const Schema& schema,
                                         SourceStore& sources, Diagnostics& diagnostics);

}  // namespace apdr::profile
