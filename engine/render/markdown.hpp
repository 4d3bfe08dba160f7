#pragma once
// The same report as the text format, as Markdown: for pasting into an
// email, a ticket or a provision map. Provision is a task list, so a
// Markdown viewer shows ticked and empty boxes.
#include <string>

#include "evaluate/result.hpp"

namespace apdr::render {

// The report as CommonMark with GitHub task lists. Text taken from rule sets
// and profiles is escaped, so it can never turn into markup.
std::string render_markdown(const eval::Result& result);

// `text` with Markdown's inline markup characters backslash-escaped.
std::string markdown_escape(std::string_view text);

// A web address for a Markdown link `[title](URL)` or autolink `<URL>`, with
// spaces, brackets, quotes, line breaks and every other byte that could end
// it or start more markup percent-encoded.
std::string markdown_url(std::string_view url);

}  // namespace apdr::render
