#include "load/yaml_document.hpp"

#include <string_view>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>

#include "core/limits.hpp"

namespace apdr::load {
namespace {

// yaml-cpp's messages are terse; these say what to do about the common ones.
std::string plain_words(const std::string& message) {
  struct Known { std::string_view raw; std::string_view plain; };
  static constexpr Known known[] = {
      {"illegal map value", "a `:` where YAML does not expect one (put text that holds `: ` in quotes)"},
      {"end of map not found", "a mapping does not end where expected (check the indentation of its keys)"},
      {"end of sequence not found", "a list does not end where expected (check the indentation of its `-` entries)"},
      {"end of map flow not found",
       "a `{` is never closed by `}` (or a value inside it holds `?`, `,`, `[`, `]` or `: `: put that value "
       "in quotes)"},
      {"end of sequence flow not found",
       "a `[` is never closed by `]` (or an item inside it holds `?`, `,`, `{`, `}` or `: `: put that item in "
       "quotes)"},
      {"illegal flow end", "a `}` or `]` that closes nothing"},
      {"unknown escape character", "an unknown escape after `\\` in double quotes (use single quotes, or `\\\\`)"},
      {"end of string not found", "a quoted text is never closed"},
      {"illegal tab when looking for indentation", "a tab in the indentation (YAML indents with spaces only)"},
      {"block sequence entries are not allowed in this context", "a `-` list entry where YAML does not expect one (check indentation)"},
      {"unknown anchor", "an alias `*name` that refers to no anchor `&name`"},
  };
  // Some of yaml-cpp's messages end with the character they stopped at.
  for (const auto& entry : known) {
    if (std::string_view(message).starts_with(entry.raw)) return std::string(entry.plain);
  }
  return message;
}

// Walks the tree once, counting nodes as they would be seen by a reader
// that expands aliases. Stops at the first limit passed.
class LimitWalk {
 public:
  explicit LimitWalk(YamlFile& file) : file_(file) {}

  bool within_limits(const YAML::Node& node, std::size_t depth) {
    if (++nodes_ > limits::max_yaml_nodes) {
      file_.error(Code::LimitExceeded, file_.at(node),
                  fmt::format("the file has more than {} YAML nodes (max_yaml_nodes), counting each use "
                              "of an alias; split it into included files or use fewer aliases",
                              limits::max_yaml_nodes));
      return false;
    }
    if (depth > limits::max_yaml_depth) {
      file_.error(Code::LimitExceeded, file_.at(node),
                  fmt::format("mappings and lists are nested more than {} deep (max_yaml_depth)",
                              limits::max_yaml_depth));
      return false;
    }
    if (node.IsMap()) {
      for (auto it = node.begin(); it != node.end(); ++it) {
        if (!within_limits(it->first, depth + 1) || !within_limits(it->second, depth + 1)) return false;
      }
    } else if (node.IsSequence()) {
      for (auto it = node.begin(); it != node.end(); ++it) {
        if (!within_limits(*it, depth + 1)) return false;
      }
    }
    return true;
  }

 private:
  YamlFile& file_;
  std::size_t nodes_ = 0;
};

}  // namespace

std::optional<YAML::Node> parse_yaml_document(YamlFile& file) {
  const std::string& text = *file.text;
  if (text.size() > limits::max_file_bytes) {
    file.error(Code::LimitExceeded, SourceLocation{file.display, 1, 1},
               fmt::format("the file is {} bytes, more than the limit of {} bytes (max_file_bytes)",
                           text.size(), limits::max_file_bytes));
    return std::nullopt;
  }
  file.skipped = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  std::vector<YAML::Node> documents;
  try {
    documents = YAML::LoadAll(text);
  } catch (const YAML::DeepRecursion& error) {
    file.error(Code::LimitExceeded, position_of(file.display, text, file.offset_of(error.mark)),
               fmt::format("mappings and lists are nested more than {} deep (max_yaml_depth)",
                           limits::max_yaml_depth));
    return std::nullopt;
  } catch (const YAML::Exception& error) {
    file.error(Code::YamlSyntax, position_of(file.display, text, file.offset_of(error.mark)),
               "malformed YAML: " + plain_words(error.msg));
    return std::nullopt;
  }
  if (documents.empty() || documents.front().IsNull()) {
    file.error(Code::WrongShape, SourceLocation{file.display, 1, 1},
               "the file is empty: expected a mapping of keys such as `apdr: 1`");
    return std::nullopt;
  }
  if (documents.size() > 1) {
    file.error(Code::WrongShape, file.at(documents[1]),
               "the file holds more than one YAML document (a second `---`); put each rule set in its own file");
    return std::nullopt;
  }
  LimitWalk walk(file);
  if (!walk.within_limits(documents.front(), 1)) return std::nullopt;
  return documents.front();
}

}  // namespace apdr::load
