#include "load/yaml_document.hpp"

#include <fmt/format.h>

#include "core/limits.hpp"
#include "yaml/document_kind.hpp"
#include "yaml/read_yaml.hpp"

namespace apdr::load {

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
  yaml::NodePtr document = yaml::read_yaml(text, origin, *file.diagnostics);
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
