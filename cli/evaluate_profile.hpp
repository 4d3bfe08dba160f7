#pragma once
// The steps `eval` and `report` share: check the date and standard-input
// arguments, build the rule set, read and validate the profile, evaluate.
// Every diagnostic (warnings too) is printed to standard error as it arises.
#include <optional>
#include <string>

#include "evaluate/result.hpp"

namespace apdr::cli {

// The result, or nullopt when an argument, the rule set or the profile is
// invalid (the caller exits with exit_invalid_input).
std::optional<eval::Result> evaluate_profile(const std::string& rules, const std::string& profile,
                                             const std::string& as_of);

}  // namespace apdr::cli
