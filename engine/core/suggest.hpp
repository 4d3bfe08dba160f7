#pragma once
// "Did you mean …?" for a misspelt name, from the names that were valid there.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace apdr {

// The candidate closest to `wrong` by edit distance (case-insensitive), if it
// is close enough to be a likely typo; nullopt otherwise.
std::optional<std::string> closest_name(std::string_view wrong, std::span<const std::string> candidates);

// A note "did you mean `x`?" or an empty list.
std::vector<std::string> did_you_mean(std::string_view wrong, std::span<const std::string> candidates);

}  // namespace apdr
