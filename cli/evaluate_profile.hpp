#pragma once
// The steps `eval`, `report` and `explain` share: check the date and
// standard-input arguments, build the rule set, read and validate the
// profile, evaluate. Every diagnostic (warnings too) is printed to standard
// error as it arises.
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <apdr/engine.hpp>

#include "evaluate/result.hpp"

namespace apdr::cli {

// A rule set built and a profile read and validated against it: ready to evaluate.
struct Prepared {
  std::shared_ptr<const Program> program;
  profile::Profile profile;
  std::optional<Date> as_of;  // from --as-of, when given
};

// Checks the arguments the program itself decides (explain's --rule, say),
// adding errors to the diagnostics; false stops before the profile is read.
using ProgramCheck = std::function<bool(const Program&, Diagnostics&)>;

// Everything before evaluation; nullopt when an argument, the rule set or
// the profile is invalid (the caller exits with exit_invalid_input).
std::optional<Prepared> prepare_evaluation(const std::string& rules, const std::string& profile,
                                           const std::string& as_of, const ProgramCheck& check = {});

// The result, or nullopt when an argument, the rule set or the profile is
// invalid (the caller exits with exit_invalid_input).
std::optional<eval::Result> evaluate_profile(const std::string& rules, const std::string& profile,
                                             const std::string& as_of);

}  // namespace apdr::cli
