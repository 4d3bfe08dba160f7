#pragma once
// The profile schema: walks a YAML tree (from a YAML or JSON file, a JSON
// Lines row or a CSV row) into a Profile, reporting every problem it finds.
#include <optional>
#include <string>

#include "core/diagnostic.hpp"
#include "profile/profile.hpp"
#include "yaml/read_yaml.hpp"

namespace apdr::profile {

// Validates `root` against the built-in schema and `schema`. `default_id` is
// used when the profile gives no `id`; `file` is recorded in Profile::file.
// Returns nullopt when any error was found (warnings, such as an unknown
// in_place id, do not stop it).
std::optional<Profile> profile_from_tree(const yaml::Node& root, const std::string& default_id,
                                         const std::string& file, const Schema& schema,
                                         Diagnostics& diagnostics);

// "did you mean `x`?" for `wrong` among `candidates`, also when only the
// letter case differs (which closest_name treats as no typo at all).
std::vector<std::string> suggest_among(std::string_view wrong, std::span<const std::string> candidates);

}  // namespace apdr::profile
