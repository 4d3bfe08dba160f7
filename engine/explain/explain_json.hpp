#pragma once
// An explanation as JSON, for programs: docs/explain.md lists the keys.
#include <nlohmann/json.hpp>

#include "explain/explanation.hpp"

namespace apdr::explain {

nlohmann::ordered_json explanation_json(const Explanation& explanation);

}  // namespace apdr::explain
