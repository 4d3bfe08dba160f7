#pragma once
// Citations at section level: `cfa2014#s36(8)` read against its source's
// `section_url` and `section_name` (docs/rule-files.md, "Sources").

#include <string>
#include <string_view>

#include "check/model.hpp"
#include "evaluate/result.hpp"

namespace apdr::eval {

// The citation `cite` ("cfa2014#s36(8)") of `source`, with its label
// ("Children and Families Act 2014, section 36(8)") and its link: the
// section's own address when the source has a `section_url` and the locator
// holds a number, else none (the source's own address is already beside
// it). The link is always https, so every renderer may show it as a link.
// Made as owned strings; evaluation copies them into the Result's texts.
struct CitationText {
  std::string cite;
  std::string label;
  std::string url;
};
CitationText citation_of(const check::SourceDef& source, std::string_view cite);

// True when `a` comes before `b` in reading order: by the locator's first
// number, then by its text, so s9 comes before s36 and s36(1) before s36(8).
bool cites_before(std::string_view a, std::string_view b);
inline bool cites_before(const Citation& a, const Citation& b) { return cites_before(a.cite, b.cite); }
inline bool cites_before(const CitationText& a, const CitationText& b) { return cites_before(a.cite, b.cite); }

}  // namespace apdr::eval
