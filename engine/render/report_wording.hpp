#pragma once
// Words of the family report (`apdr report`, HTML and Markdown): the same
// sections in the same order with the same headings, so a parent carer who
// has one format in hand and a SENCO who has the other talk about the same
// thing.
#include <string>
#include <string_view>
#include <vector>

#include "core/area.hpp"
#include "evaluate/result.hpp"

namespace apdr::render {

// The report's section headings, in order.
inline constexpr std::string_view heading_needs = "Needs and levels";
inline constexpr std::string_view heading_provision = "What should ordinarily be in place";
inline constexpr std::string_view heading_steps = "Next steps and when they are due";
inline constexpr std::string_view heading_kinds = "Law, guidance and local policy";
inline constexpr std::string_view heading_open = "Questions still open";
inline constexpr std::string_view heading_sources = "Sources";
inline constexpr std::string_view heading_rule_set = "Rule set and date";

// "What the law says", "What the SEND Code of Practice says",
// "What the local authority expects".
std::string_view kind_heading(Kind kind);

// One sentence on how binding a kind is, for a reader who does not know.
std::string_view kind_meaning(Kind kind);

// The area a provision item belongs to, as a heading: an area's title, or
// "For every pupil" for `all`.
std::string provision_area_title(std::string_view area);

// The provision items' areas in first-seen order (so groups follow the
// result's own deterministic order).
std::vector<std::string> provision_areas(const eval::Result& result);

// "Worked out on Sun 22 November 2026 from the rule set T (id), which builds
// on national."
std::string evaluated_sentence(const eval::Result& result);

// The body a family reads for an item: its plain wording, else its text.
std::string_view family_text(std::string_view plain, std::string_view text);

// What a missing fact is, in words: "ehc.decided" → "the date of the local
// authority's decision on the assessment request"; an input or unknown fact
// comes back as its own name.
std::string fact_words(std::string_view fact);

}  // namespace apdr::render
