#pragma once
// The family report (`apdr report --format markdown`) as Markdown: the same
// sections as the HTML report, for pasting into an email or a document.
// `eval --format markdown` is the shorter working report (markdown.hpp).
#include <string>

#include "evaluate/result.hpp"

namespace apdr::render {

// The report as CommonMark with GitHub task lists; rule-set and profile
// text is escaped, so it can never turn into markup.
std::string render_report_markdown(const eval::Result& result);

}  // namespace apdr::render
