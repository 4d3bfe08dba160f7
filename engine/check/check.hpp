#pragma once
// The check stage: a loaded chain to a checked model. Applies overlays,
// resolves the ladder, names and references, and types every expression.
// Reports every problem it finds; the model is usable only when
// `diagnostics` gained no errors.
#include <memory>

#include "check/model.hpp"
#include "core/diagnostic.hpp"

namespace apdr::check {

std::unique_ptr<Model> check(syntax::Chain chain, Diagnostics& diagnostics);

}  // namespace apdr::check
