#pragma once
// The stylesheet embedded in every HTML report. Kept apart from the
// renderer so the markup and its look can be read separately.
#include <string_view>

namespace apdr::render {

// Colours meet WCAG AA contrast on white (and on their own tinted
// backgrounds); sizes are in rem and em so the page reflows when zoomed;
// a print section drops backgrounds and shows link addresses.
extern const std::string_view html_stylesheet;

}  // namespace apdr::render
