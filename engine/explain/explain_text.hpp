#pragma once
// An explanation as text for a person: the outcome in one sentence, what
// the rule does, then the tree of every sub-condition with the value it saw
// and a plain sentence, indented two columns a level.
#include <cstddef>
#include <string>

#include "explain/explanation.hpp"

namespace apdr::explain {

// Ends with a newline; lines wrap at `width` columns with hanging indents.
std::string explanation_text(const Explanation& explanation, std::size_t width = 80);

}  // namespace apdr::explain
