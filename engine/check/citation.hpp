#pragma once
// Citations at section level: `cfa2014#s36(8)` read against its source's
// `section_url` and `section_name` (docs/rule-files.md, "Sources"). Worked
// out once when the rule set is checked, not for every pupil.
#include <string_view>
#include <vector>

#include "check/model.hpp"

namespace apdr::check {

// The citation `cite` ("cfa2014#s36(8)") of `source`, with its label
// ("Children and Families Act 2014, section 36(8)") and its link: the
// section's own address when the source has a `section_url` and the locator
// holds a number, else none (the source's own address is already beside
// it). The link is always https, so every renderer may show it as a link.
Citation citation_of(const SourceDef& source, std::string_view cite);

// True when `a` comes before `b` in reading order: by the locator's first
// number, then by its text, so s9 comes before s36 and s36(1) before s36(8).
bool cites_before(std::string_view a, std::string_view b);
inline bool cites_before(const Citation& a, const Citation& b) { return cites_before(a.cite, b.cite); }

// Every distinct `source:` text of the model's provision items, steps,
// information items and rules ("cop#6.59", "cop"), sorted.
std::vector<std::string_view> cited_texts(const Model& model);

// Fills model.citations with every `id#locator` that a provision item, a
// step, an information item or a rule cites, for a source the model has.
void fill_citations(Model& model);

// The citation `cite` worked out by fill_citations, or null.
const Citation* find_citation(const Model& model, std::string_view cite);

}  // namespace apdr::check
