#include "check/citation.hpp"

#include <algorithm>

#include <cctype>
#include <string>

#include <fmt/format.h>

namespace apdr::check {
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

Citation citation_of(const SourceDef& source, std::string_view cite) {
  Citation citation;
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

std::vector<std::string_view> cited_texts(const Model& model) {
  std::vector<std::string_view> texts;
  auto add = [&](std::string_view text) {
    if (!text.empty()) texts.push_back(text);
  };
  for (const auto& item : model.provision) add(item.source);
  for (const auto& step : model.steps) add(step.source);
  for (const auto& info : model.information) add(info.source);
  for (const auto& rule : model.rules) add(rule.source);
  std::sort(texts.begin(), texts.end());
  texts.erase(std::unique(texts.begin(), texts.end()), texts.end());
  return texts;
}

void fill_citations(Model& model) {
  model.citations.clear();
  for (std::string_view cite : cited_texts(model)) {
    if (cite.find('#') == std::string_view::npos) continue;  // a bare id names no place
    std::string_view id = cite.substr(0, cite.find('#'));
    auto source = std::find_if(model.sources.begin(), model.sources.end(),
                               [&](const SourceDef& s) { return s.id == id; });
    if (source != model.sources.end()) model.citations.push_back(citation_of(*source, cite));
  }
}

const Citation* find_citation(const Model& model, std::string_view cite) {
  auto it = std::lower_bound(model.citations.begin(), model.citations.end(), cite,
                             [](const Citation& c, std::string_view key) { return std::string_view(c.cite) < key; });
  return it != model.citations.end() && it->cite == cite ? &*it : nullptr;
}

}  // namespace apdr::check
