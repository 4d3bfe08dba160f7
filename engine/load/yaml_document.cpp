#include "load/yaml_document.hpp"

#include <sstream>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

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

// Where each document of a text starts, up to `most` of them. yaml-cpp's
// LoadAll never returns on some malformed input (its parser keeps yielding
// empty documents that consume nothing: a fuzzer found one), so documents
// are counted one at a time, stopping at the one that is too many.
class DocumentStarts : public YAML::EventHandler {
 public:
  std::vector<YAML::Mark> starts;
  void OnDocumentStart(const YAML::Mark& mark) override { starts.push_back(mark); }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

std::vector<YAML::Mark> document_starts(const std::string& text, std::size_t most) {
  std::istringstream stream(text);
  YAML::Parser parser(stream);
  DocumentStarts handler;
  while (handler.starts.size() < most && parser.HandleNextDocument(handler)) {
  }
  return handler.starts;
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
  YAML::Node document;
  std::vector<YAML::Mark> starts;
  try {
    // Two passes over the text: the first only counts documents (see
    // document_starts), the second builds the one there should be. The
    // embedded rule sets are fixed at build time and tested, so they are read
    // in one pass: their YAML is most of the time `apdr eval` takes to start.
    if (file.display.starts_with("apdr:")) {
      document = YAML::Load(text);
      starts.resize(1);
    } else {
      starts = document_starts(text, 2);
      if (starts.size() == 1) document = YAML::Load(text);
    }
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
  if (starts.size() > 1) {
    file.error(Code::WrongShape, file.at(starts[1]),
               "the file holds more than one YAML document (a second `---`); put each rule set in its own file");
    return std::nullopt;
  }
  if (!document || document.IsNull()) {
    file.error(Code::WrongShape, SourceLocation{file.display, 1, 1},
               "the file is empty: expected a mapping of keys such as `apdr: 1`");
    return std::nullopt;
  }
  LimitWalk walk(file);
  if (!walk.within_limits(document, 1)) return std::nullopt;
  return document;
}

}  // namespace apdr::load
