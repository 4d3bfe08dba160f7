#pragma once
// Allowing warnings: a rule set's `lint: { allow: [W013] }` and a run's
// `apdr check --allow W013` take warnings of those codes out of the list,
// and the count of what they took out is kept, so the verdict can say so
// and nothing is hidden silently (docs/lint.md, "Allowing warnings").
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace apdr {

namespace check { struct Model; }

struct AllowedWarnings {
  std::size_t by_rule_set = 0;  // taken out by the `lint.allow` of the file they stand in
  std::size_t by_run = 0;       // taken out by the run's own list (and not by a file's)
  std::map<std::string, std::size_t> by_code;  // "W013" → how many, both ways together

  std::size_t total() const { return by_rule_set + by_run; }
};

// The warning code `name` ("W013") names, if it names one.
std::optional<Code> warning_code(std::string_view name);

namespace check {

// Takes the allowed warnings out of `diagnostics`. A warning is allowed by
// the `lint.allow` of the rule set of `model`'s chain whose file (or one of
// whose included files) it stands in, or by `run_allow`. Only that one rule
// set's list counts: an overlay does not inherit its base's, nor the base
// its overlay's. `model` may be null (a rule set that did not check): then
// only `run_allow` applies. Errors are never taken out.
AllowedWarnings allow_warnings(const Model* model, const std::vector<Code>& run_allow,
                               Diagnostics& diagnostics);

}  // namespace check
}  // namespace apdr
