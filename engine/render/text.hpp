#pragma once
// The report a person reads in a terminal: what the pupil should be getting,
// what is missing, what happens next and by when, and what is law versus
// local policy. Lines fit in Options::width columns (80 by default).
#include <string>

#include "evaluate/result.hpp"
#include "render/renderer.hpp"

namespace apdr::render {

// The report as plain text, with ANSI colours only when options.colour.
std::string render_text(const eval::Result& result, const Options& options = {});

}  // namespace apdr::render
