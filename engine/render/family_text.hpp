#pragma once
// The family report as plain text, for the end of `apdr ask`: the same
// words as the printed report (family_report.hpp), wrapped to 80 columns.
#include <string>

#include "evaluate/result.hpp"
#include "render/family_report.hpp"

namespace apdr::render {

// The whole report, key points last so they are what stays on the screen.
std::string render_family_text(const eval::Result& result);

// The key points box alone, framed so it stands out in a terminal.
std::string render_key_points_text(const FamilyReport& report);

}  // namespace apdr::render
