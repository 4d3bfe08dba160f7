#include "load/yaml_document.hpp"

#include <fmt/format.h>

#include "core/limits.hpp"
#include "core/unsafe_text.hpp"
#include "yaml/document_kind.hpp"
#include "yaml/read_yaml.hpp"
#include "yaml/tree_image.hpp"

namespace apdr::load {

namespace {

// A rule file's text is shown to families and SENCOs: a control or
// bidirectional-format character in it (in a value, a key or a comment)
// could make a line read one way and mean another, so it is an error at
// the character. A CRLF line break is fine; at most ten are reported.
void report_unsafe_characters(const YamlFile& file, std::string_view text) {
  std::size_t reported = 0, line = 1, line_start = 0, from = 0;
  while (reported < 10 && from < text.size()) {
    auto found = first_unsafe_character(text.substr(from));
    if (!found) return;
    std::size_t at = from + found->offset;
    from = at + found->length;
    if (found->code_point == '\r' && at + 1 < text.size() && text[at + 1] == '\n') continue;
    for (std::size_t i = line_start; i < at; ++i) {
      if (text[i] == '\n') { ++line; line_start = i + 1; }
    }
    Diagnostic d;
    d.code = Code::InvalidValue;
    d.where = {file.display, static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(at - line_start + 1)};
    d.message = fmt::format("the text holds {}, which can make a line show one thing and hold another: remove it",
                            describe_unsafe(found->code_point));
    file.diagnostics->add(std::move(d));
    ++reported;
  }
}

}  // namespace

yaml::NodePtr parse_yaml_document(YamlFile& file) {
  const std::string& text = *file.text;
  if (text.size() > limits::max_file_bytes) {
    file.error(Code::LimitExceeded, SourceLocation{file.display, 1, 1},
               fmt::format("the file is {} bytes, more than the limit of {} bytes (max_file_bytes)",
                           text.size(), limits::max_file_bytes));
    return nullptr;
  }
  // A cohort is refused before it is parsed: read as YAML, its rows would
  // come back in the messages.
  if (auto kind = yaml::kind_from_text(file.display, text); kind != yaml::DocumentKind::unknown) {
    file.diagnostics->add(yaml::wrong_kind_error(file.display, kind, "a rule set"));
    return nullptr;
  }
  yaml::Origin origin{file.display};
  origin.one_document_advice = "put each rule set in its own file";
  origin.too_many_nodes_advice = "split it into included files or use fewer aliases";
  // read_fields reports a key given twice, naming the entry it is in.
  origin.keep_repeated_keys = true;
  report_unsafe_characters(file, text);
  yaml::NodePtr document;
  if (!file.tree_image.empty()) document = yaml::read_tree_image(file.tree_image, file.display);
  if (!document) document = yaml::read_yaml(text, origin, *file.diagnostics);
  if (!document) return nullptr;
  if (document->is_null()) {
    file.error(Code::WrongShape, SourceLocation{file.display, 1, 1},
               "the file is empty: expected a mapping of keys such as `apdr: 1`");
    return nullptr;
  }
  if (auto kind = yaml::kind_from_tree(*document);
      kind != yaml::DocumentKind::unknown && kind != yaml::DocumentKind::rule_set) {
    file.diagnostics->add(yaml::wrong_kind_error(file.display, kind, "a rule set"));
    return nullptr;
  }
  return document;
}

}  // namespace apdr::load
