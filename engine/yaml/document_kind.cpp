#include "yaml/document_kind.hpp"

#include <fmt/format.h>

namespace apdr::yaml {
namespace {

bool ends_with_any(std::string_view name, std::initializer_list<std::string_view> endings) {
  for (std::string_view ending : endings) {
    if (name.size() >= ending.size()) {
      bool same = true;
      for (std::size_t i = 0; i < ending.size() && same; ++i) {
        char c = name[name.size() - ending.size() + i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        same = c == ending[i];
      }
      if (same) return true;
    }
  }
  return false;
}

// The next line of `text` from `at` (without its line break), moving `at` past it.
std::string_view next_line(std::string_view text, std::size_t& at) {
  std::size_t end = text.find('\n', at);
  if (end == std::string_view::npos) end = text.size();
  std::string_view line = text.substr(at, end - at);
  at = end == text.size() ? end : end + 1;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

bool json_object_line(std::string_view line) {
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line.size() >= 2 && line.front() == '{' && line.back() == '}';
}

// A CSV header: at least two fields, and nothing YAML would make a mapping,
// a list, a comment or a document marker of.
bool csv_header(std::string_view line) {
  if (line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
  if (line.empty() || line.find(',') == std::string_view::npos) return false;
  if (line.find(": ") != std::string_view::npos || line.back() == ':') return false;
  char first = line.front();
  return first != '#' && first != '{' && first != '[' && first != '-' && first != ' ' && first != '%';
}

}  // namespace

DocumentKind kind_from_text(std::string_view file_name, std::string_view text) {
  if (ends_with_any(file_name, {".csv", ".tsv"})) return DocumentKind::csv_cohort;
  if (ends_with_any(file_name, {".jsonl", ".ndjson"})) return DocumentKind::json_lines_cohort;
  std::size_t at = 0;
  std::string_view first = next_line(text, at);
  if (csv_header(first)) return DocumentKind::csv_cohort;
  if (json_object_line(first) && at < text.size() && json_object_line(next_line(text, at))) {
    return DocumentKind::json_lines_cohort;
  }
  return DocumentKind::unknown;
}

DocumentKind kind_from_tree(const Node& root) {
  if (!root.is_mapping()) return DocumentKind::unknown;
  if (root.find("apdr-profile") != nullptr) return DocumentKind::profile;
  if (root.find("apdr-columns") != nullptr) return DocumentKind::column_map;
  if (root.find("apdr-test") != nullptr) return DocumentKind::rule_tests;
  if (root.find("apdr") != nullptr) return DocumentKind::rule_set;
  return DocumentKind::unknown;
}

std::string_view kind_name(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::rule_set: return "a rule set";
    case DocumentKind::profile: return "a profile";
    case DocumentKind::column_map: return "a column map";
    case DocumentKind::rule_tests: return "a file of rule tests";
    case DocumentKind::csv_cohort: return "a CSV cohort";
    case DocumentKind::json_lines_cohort: return "a JSON Lines cohort";
    case DocumentKind::unknown: break;
  }
  return "a file of another kind";
}

std::string_view verb_for(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::rule_set: return "apdr check";
    case DocumentKind::profile: return "apdr eval";
    case DocumentKind::column_map: return "apdr batch --columns";
    case DocumentKind::rule_tests: return "apdr test";
    case DocumentKind::csv_cohort:
    case DocumentKind::json_lines_cohort: return "apdr batch";
    case DocumentKind::unknown: break;
  }
  return "apdr";
}

Diagnostic wrong_kind_error(const std::string& file, DocumentKind found, std::string_view expected) {
  Diagnostic d;
  d.code = Code::WrongShape;
  d.where = {file, 1, 1};
  d.message = fmt::format("this is {}, not {}: give it to `{}`", kind_name(found), expected, verb_for(found));
  d.quote_source = false;
  return d;
}

}  // namespace apdr::yaml
