#pragma once
// The family report as one printable HTML page: inline CSS, no scripts, no
// external assets, so it can be emailed, saved or printed and still look the
// same. Real headings and lists for screen readers; nothing is told by
// colour alone ("Missing", "Overdue" are words on the page); text sizes are
// in rem so the page reflows at 200% zoom.
#include <string>
#include <string_view>

#include "evaluate/result.hpp"

namespace apdr::render {

// The whole document, from <!DOCTYPE html> to </html>. Every text taken
// from a rule set or a profile is escaped, so it can never become markup.
std::string render_html(const eval::Result& result);

// `text` with & < > " ' replaced by character references, and control and
// bidirectional-format characters written visibly (`\u{202E}`), as text
// output shows them (core/unsafe_text.hpp).
std::string html_escape(std::string_view text);

}  // namespace apdr::render
