#pragma once
// Internal to the lints: the value an expression always has, whatever the
// profile and the date, when it can be seen from the text alone: literals,
// parameters (already folded by the checker), and operators on them, with
// the three-valued `and`/`or` (`false and x` is false even when x is not
// constant). Anything reading the profile or `today` is not constant.
#include <optional>

#include "check/model.hpp"

namespace apdr::check::lint_pass {

std::optional<ConstantValue> constant_value(const Model& model, const expr::Node& node);

// True when `expression` parsed and is always false.
bool always_false(const Model& model, const syntax::Expression* expression);

// The part of an always-false `node` that makes it so: through `and`, the
// term that is false (`x > 1 and limit > 5` gives `limit > 5`); else `node`.
const expr::Node& false_part(const Model& model, const expr::Node& node);

}  // namespace apdr::check::lint_pass
