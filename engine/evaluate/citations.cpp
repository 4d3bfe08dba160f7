#include "evaluate/citations.hpp"

#include <cctype>
#include <string>

#include <fmt/format.h>

namespace apdr::eval {
namespace {

std::string_view locator_of(std::string_view cite) {
  auto hash = cite.find('#');
  return hash == std::string_view::npos ? std::string_view{} : cite.substr(hash + 1);
}

// The first run of digits in the locator ("s36(8)" gives "36"), or empty.
std::string_view first_number(std::string_view locator) {
  std::size_t start = 0;
  while (start < locator.size() && std::isdigit(static_cast<unsigned char>(locator[start])) == 0) ++start;
  std::size_t end = start;
  while (end < locator.size() && std::isdigit(static_cast<unsigned char>(locator[end])) != 0) ++end;
  return locator.substr(start, end - start);
}

// The locator without its leading letters: "s36(8)" reads "36(8)" after the
// word "section"; "ch6" stays as it is when the source names no word.
std::string_view without_prefix(std::string_view locator) {
  std::size_t start = 0;
  while (start < locator.size() && std::isalpha(static_cast<unsigned char>(locator[start])) != 0) ++start;
  return start < locator.size() && std::isdigit(static_cast<unsigned char>(locator[start])) != 0
             ? locator.substr(start)
             : locator;
}

bool is_https(std::string_view url) { return url.rfind("https://", 0) == 0; }

}  // namespace

CitationText citation_of(const check::SourceDef& source, std::string_view cite) {
  CitationText citation;
  citation.cite = std::string(cite);
  const std::string& title = source.title.empty() ? source.id : source.title;
  std::string_view locator = locator_of(cite);
  if (locator.empty()) {
    citation.label = title;
  } else if (!source.section_name.empty() && std::isdigit(static_cast<unsigned char>(without_prefix(locator)[0])) != 0) {
    citation.label = fmt::format("{}, {} {}", title, source.section_name, without_prefix(locator));
  } else {
    citation.label = fmt::format("{}, {}", title, locator);
  }
  std::string_view number = first_number(locator);
  if (!source.section_url.empty() && !number.empty()) {
    std::string url = source.section_url;
    for (auto at = url.find("{n}"); at != std::string::npos; at = url.find("{n}", at + number.size())) {
      url.replace(at, 3, number);
    }
    if (is_https(url)) citation.url = std::move(url);
  }
  return citation;
}

bool cites_before(std::string_view a, std::string_view b) {
  auto na = first_number(locator_of(a));
  auto nb = first_number(locator_of(b));
  if (na.size() != nb.size()) return na.size() < nb.size();  // no leading zeros: shorter is smaller
  if (na != nb) return na < nb;
  return a < b;
}

}  // namespace apdr::eval
