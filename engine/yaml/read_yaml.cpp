#include "yaml/read_yaml.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <streambuf>
#include <istream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "core/limits.hpp"
#include "core/quoted_value.hpp"
#include "yaml/line_index.hpp"
#include "yaml/plain_words.hpp"
#include "yaml/text_shape.hpp"
#include "yaml/utf8.hpp"

namespace apdr::yaml {
namespace {

// The text as a stream for yaml-cpp, without copying it.
// Stands in for a `?` inside plain text within brackets while yaml-cpp reads.
constexpr char question_stand_in = '\x7f';

class ViewBuffer : public std::streambuf {
 public:
  explicit ViewBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

// Thrown from the event handler to stop yaml-cpp once a problem is
// recorded: yaml-cpp has no other way to stop early, and stopping at the
// first node too deep is what keeps its recursion bounded.
struct Stopped {};

// Byte `offset` of a text from `origin`, as a position in its file.
SourceLocation position(const LineIndex& lines, std::size_t offset, const Origin& origin) {
  LineIndex::Position at = lines.at(offset);
  return {origin.file, at.line + origin.first_line - 1, at.column};
}

// Builds the tree from yaml-cpp's events, one at a time, checking the
// limits as it goes. A problem that stops reading is recorded and then
// thrown as Stopped, which unwinds yaml-cpp.
class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(std::string_view text, std::size_t skipped, const Origin& origin, Diagnostics& diagnostics)
      : text_(text), skipped_(skipped), lines_(text), origin_(origin), diagnostics_(diagnostics) {}

  NodePtr root() const { return root_; }
  bool has_document() const { return documents_ > 0; }
  // After the first document: a second start is refused at its place.
  void refuse_more_documents() { more_refused_ = true; }
  // Scalars' text gets back the `?` hidden from yaml-cpp (read_yaml below).
  void restore_question_marks() { restore_question_marks_ = true; }

  // The byte of the text a yaml-cpp mark points at (yaml-cpp does not count
  // a byte order mark).
  std::size_t offset(const YAML::Mark& mark) const {
    if (mark.is_null() || mark.pos < 0) return 0;
    return std::min(text_.size(), static_cast<std::size_t>(mark.pos) + skipped_);
  }
  SourceLocation locate_offset(std::size_t offset) const { return position(lines_, offset, origin_); }
  // "malformed YAML: `message`", or JSON for a JSON Lines row (Origin::syntax).
  std::string malformed(std::string_view message) const {
    return fmt::format("malformed {}: {}", origin_.syntax, message);
  }

  void fail(Code code, SourceLocation where, std::string message) {
    diagnostics_.error(code, std::move(where), std::move(message));
    throw Stopped{};
  }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (more_refused_) {
      std::size_t at = offset(mark);
      if (stray_content(at)) {
        fail(Code::YamlSyntax, locate_offset(at),
             malformed("text after the end of the document that YAML cannot read (check the "
                       "indentation here, and put text that holds `: `, `,`, `[` or `]` in quotes)"));
      }
      fail(Code::YamlSyntax, locate_offset(at),
           fmt::format("a second YAML document starts here; {}", origin_.one_document_advice));
    }
    ++documents_;
  }
  void OnDocumentEnd() override {}

  void OnAnchor(const YAML::Mark&, const std::string& name) override { anchor_name_ = name; }

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto node = std::make_shared<Node>();
    std::size_t at = offset(mark);
    // yaml-cpp places an empty value at whatever follows it (the next key,
    // often); an empty value is placed at the start of the text, as it
    // always was, and `~`, `null` or an anchor or tag at its place.
    if (written_null(at)) {
      node->offset = at;
      node->where = locate_offset(at);
      refuse_tag(at);
    } else {
      node->where = {origin_.file, origin_.first_line, 1};
    }
    count(1, node->where);
    finish(std::move(node), anchor);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    auto node = std::make_shared<Node>();
    node->offset = offset(mark);
    node->where = locate_offset(node->offset);
    if (tag != "?" && tag != "!") refuse_tag(node->offset, true);
    // yaml-cpp gives a quoted scalar the tag `!`, and so a value tagged `!`
    // alone: only the text tells them apart.
    refuse_tag(node->offset);
    node->quoted = tag != "?";
    node->kind = Node::Kind::scalar;
    node->text = value;
    if (restore_question_marks_) std::replace(node->text.begin(), node->text.end(), question_stand_in, '?');
    count(1, node->where);
    finish(std::move(node), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    SourceLocation where = locate_offset(offset(mark));
    auto found = anchors_.find(anchor);
    if (found == anchors_.end()) {
      std::string name = anchor_names_.count(anchor) ? anchor_names_[anchor] : std::string("?");
      unknown_alias(where, name);
    }
    count(found->second->expanded_size, where);
    within_depth(stack_.size() + found->second->height, where);
    attach(found->second);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(Node::Kind::sequence, mark, tag, anchor);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(Node::Kind::mapping, mark, tag, anchor);
  }
  void OnMapEnd() override { close(); }

  void unknown_alias(SourceLocation where, std::string_view name) {
    fail(Code::YamlSyntax, std::move(where),
         malformed(fmt::format("the alias `*{}` refers to no anchor `&{}` before it (or to the node "
                               "that contains it)",
                               quoted_value(name), quoted_value(name))));
  }

 private:
  struct Frame {
    std::shared_ptr<Node> node;
    YAML::anchor_t anchor = YAML::NullAnchor;
    NodePtr pending_key;
    bool has_key = false;
    // The scalar keys so far, so that a mapping of 100,000 keys is checked
    // for repeats in linear time. The views point into the key nodes.
    std::unordered_set<std::string_view> keys;
  };

  // yaml-cpp places a mapping or list with an anchor at its `&`; it has
  // always been placed at its own start (its `{`, `[`, first key or `-`),
  // after the anchor and any comment or line break.
  std::size_t after_anchor(std::size_t at) const {
    if (at >= text_.size() || text_[at] != '&') return at;
    std::size_t i = at;
    while (i < text_.size() && text_[i] != ' ' && text_[i] != '\t' && text_[i] != '\n' && text_[i] != '\r') ++i;
    while (i < text_.size()) {
      char c = text_[i];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        ++i;
      } else if (c == '#') {
        while (i < text_.size() && text_[i] != '\n') ++i;
      } else {
        break;
      }
    }
    return i < text_.size() ? i : at;
  }

  // Whether a null node at `at` is written there (`~`, `null`, or with an
  // anchor or tag) rather than an empty value.
  bool written_null(std::size_t at) const {
    if (at >= text_.size()) return false;
    char c = text_[at];
    if (c == '~' || c == '&' || c == '!') return true;
    std::string_view rest = text_.substr(at);
    if (!(rest.starts_with("null") || rest.starts_with("Null") || rest.starts_with("NULL"))) return false;
    return rest.size() == 4 || std::string_view(" \t\r\n,]}#").find(rest[4]) != std::string_view::npos;
  }

  // Something other than a `---`, a `%` directive or text after a `...`:
  // yaml-cpp starts a new, empty document at text it could not place in
  // the last one, and would do so for ever (docs/dependencies.md).
  bool stray_content(std::size_t at) const {
    std::string_view rest = text_.substr(at);
    if (rest.starts_with("---") || rest.starts_with("%")) return false;
    std::size_t line_start = at == 0 ? std::string_view::npos : text_.rfind('\n', at - 1);
    // The last line before this one that is not blank or a comment.
    while (line_start != std::string_view::npos && line_start > 0) {
      std::size_t previous = text_.rfind('\n', line_start - 1);
      std::size_t from = previous == std::string_view::npos ? 0 : previous + 1;
      std::string_view line = text_.substr(from, line_start - from);
      std::size_t first = line.find_first_not_of(" \t\r");
      if (first != std::string_view::npos && line[first] != '#') return !line.starts_with("...");
      if (previous == std::string_view::npos) break;
      line_start = previous;
    }
    return true;
  }

  // A tag (`!!str 007`, `!!binary`, `!custom`) would make a value mean
  // something other than what its place in the file says: refused at the
  // tag, with what to do. The node's properties start at `at`: its anchor
  // and its tag, in either order.
  void refuse_tag(std::size_t at, bool tagged = false) {
    std::size_t i = at;
    for (int property = 0; property < 2 && i < text_.size(); ++property) {
      if (text_[i] != '&' && text_[i] != '!') break;
      std::size_t end = i;
      while (end < text_.size() && text_[end] != ' ' && text_[end] != '\t' && text_[end] != '\n' &&
             text_[end] != '\r' && text_[end] != ',' && text_[end] != ']' && text_[end] != '}') {
        ++end;
      }
      if (text_[i] == '!') {
        fail(Code::YamlSyntax, locate_offset(i),
             fmt::format("the YAML tag `{}` is not allowed: apdr reads a value by where it is, so write the "
                         "value alone, in quotes if it must stay text (\"007\")",
                         quoted_value(text_.substr(i, end - i))));
      }
      i = end;
      while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t')) ++i;
    }
    if (tagged) {
      fail(Code::YamlSyntax, locate_offset(at),
           "the YAML tag `!!` is not allowed: apdr reads a value by where it is, so write the value alone, in "
           "quotes if it must stay text (\"007\")");
    }
  }

  void count(std::size_t nodes, const SourceLocation& where) {
    total_nodes_ += nodes;
    if (total_nodes_ <= limits::max_yaml_nodes) return;
    fail(Code::LimitExceeded, where,
         fmt::format("the document has more than {} YAML nodes (max_yaml_nodes), counting each use of an "
                     "alias; {}",
                     limits::max_yaml_nodes, origin_.too_many_nodes_advice));
  }

  void within_depth(std::size_t depth, const SourceLocation& where) {
    if (depth <= limits::max_yaml_depth) return;
    fail(Code::LimitExceeded, where,
         fmt::format("mappings and lists are nested more than {} deep (max_yaml_depth)", limits::max_yaml_depth));
  }

  void open(Node::Kind kind, const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor) {
    auto node = std::make_shared<Node>();
    node->kind = kind;
    std::size_t at = offset(mark);
    refuse_tag(at, tag != "?" && tag != "!");
    node->offset = after_anchor(at);
    node->where = locate_offset(node->offset);
    count(1, node->where);
    within_depth(stack_.size() + 1, node->where);
    name_anchor(anchor);
    stack_.push_back({std::move(node), anchor, nullptr, false, {}});
  }

  void close() {
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    finish(std::move(frame.node), frame.anchor, false);
  }

  void name_anchor(YAML::anchor_t anchor) {
    if (anchor == YAML::NullAnchor) return;
    anchor_names_[anchor] = std::move(anchor_name_);
    anchor_name_.clear();
  }

  void finish(std::shared_ptr<Node> node, YAML::anchor_t anchor, bool name = true) {
    // Each `&name` is a new anchor to yaml-cpp, so a later anchor of the
    // same name replaces the earlier one for the aliases after it, as YAML
    // says.
    if (anchor != YAML::NullAnchor) {
      if (name) name_anchor(anchor);
      anchors_[anchor] = node;
    }
    attach(std::move(node));
  }

  void attach(NodePtr node) {
    if (stack_.empty()) {
      root_ = std::move(node);
      return;
    }
    Frame& parent = stack_.back();
    Node& container = *parent.node;
    container.expanded_size += node->expanded_size;
    container.height = std::max(container.height, node->height + 1);
    if (container.kind == Node::Kind::sequence) {
      container.items.push_back(std::move(node));
      return;
    }
    if (!parent.has_key) {
      parent.pending_key = std::move(node);
      parent.has_key = true;
      return;
    }
    parent.has_key = false;
    NodePtr key = std::move(parent.pending_key);
    if (key->kind == Node::Kind::scalar && !origin_.keep_repeated_keys && !parent.keys.insert(key->text).second) {
      for (const auto& [earlier, value] : container.entries) {
        if (earlier->kind == Node::Kind::scalar && earlier->text == key->text) {
          diagnostics_.error(Code::DuplicateKey, key->where,
                             fmt::format("`{}` is given twice in this mapping", quoted_value(key->text)),
                             {fmt::format("first given at {}:{}", earlier->where.line, earlier->where.column)});
          return;
        }
      }
    }
    container.entries.emplace_back(std::move(key), std::move(node));
  }

  std::string_view text_;
  std::size_t skipped_;
  LineIndex lines_;
  const Origin& origin_;
  Diagnostics& diagnostics_;
  std::vector<Frame> stack_;
  std::unordered_map<YAML::anchor_t, NodePtr> anchors_;
  std::unordered_map<YAML::anchor_t, std::string> anchor_names_;
  std::string anchor_name_;
  NodePtr root_;
  std::size_t total_nodes_ = 0;
  int documents_ = 0;
  bool more_refused_ = false;
  bool restore_question_marks_ = false;
};

// The name of the alias written at `at` (after its `*`).
std::string_view alias_name(std::string_view text, std::size_t at) {
  if (at >= text.size() || text[at] != '*') return {};
  std::size_t end = at + 1;
  while (end < text.size() && text[end] != ' ' && text[end] != '\t' && text[end] != '\n' && text[end] != '\r' &&
         text[end] != ',' && text[end] != ']' && text[end] != '}') {
    ++end;
  }
  return text.substr(at + 1, end - at - 1);
}

// yaml-cpp's exception as E002 at its place, in plain words.
void report_syntax_error(const YAML::Exception& error, std::string_view text, const TextShape& shape,
                         TreeBuilder& builder, Diagnostics& diagnostics) {
  std::size_t at = builder.offset(error.mark);
  if (error.msg == YAML::ErrorMsg::UNKNOWN_ANCHOR) {
    try {
      builder.unknown_alias(builder.locate_offset(at), alias_name(text, at));
    } catch (const Stopped&) {
    }
    return;
  }
  std::size_t line_start = at == 0 ? 0 : text.rfind('\n', at - 1);
  line_start = at == 0 || line_start == std::string_view::npos ? 0 : line_start + 1;
  std::string_view before = text.substr(line_start, at - line_start);  // this line up to the error
  std::string message = plain_words(error.msg, text.substr(at));
  // yaml-cpp reports a tab in the indentation as whatever it could not
  // read after it: the tab is the thing to fix.
  if (std::size_t indent = before.find_first_not_of(" \t"); before.substr(0, indent).find('\t') != std::string_view::npos) {
    at = line_start + before.find('\t');
    message = plain_words(YAML::ErrorMsg::TAB_IN_INDENTATION);
  } else if (error.msg == YAML::ErrorMsg::MAP_VALUE && before.find(": ") != std::string_view::npos) {
    message = "a second `: ` on one line (put text that holds `: ` in quotes)";
  } else if (error.msg.starts_with(YAML::ErrorMsg::INVALID_ESCAPE) || error.msg == YAML::ErrorMsg::INVALID_HEX ||
             error.msg.starts_with(YAML::ErrorMsg::INVALID_UNICODE)) {
    // yaml-cpp stops after the escape; the `\` that starts it is the place.
    if (std::size_t slash = before.rfind('\\'); slash != std::string_view::npos) at = line_start + slash;
  } else if (shape.open_quote != TextShape::none && at >= shape.open_quote) {
    // A quoted text never closed is reported at the end of the text, or as
    // whatever it swallowed; its opening quote, which the scan found, is
    // what to look at.
    at = shape.open_quote;
    message = plain_words(YAML::ErrorMsg::EOF_IN_SCALAR);
  }
  diagnostics.error(Code::YamlSyntax, builder.locate_offset(at), builder.malformed(message));
}

// E002 at the first byte that is not UTF-8, naming the byte (never more of
// the text, which may be about a child) and the usual cause.
void report_not_utf8(std::string_view text, std::size_t offset, const Origin& origin, Diagnostics& diagnostics) {
  SourceLocation where = position(LineIndex(text), offset, origin);
  bool utf16 = text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF");
  diagnostics.error(Code::YamlSyntax, std::move(where),
                    utf16 ? "the text is UTF-16 (what some editors call \"Unicode\"); apdr reads UTF-8: save it "
                            "as UTF-8"
                          : fmt::format("the text is not UTF-8: byte 0x{:02X} cannot start or continue a character "
                                        "here; save the file as UTF-8",
                                        static_cast<unsigned char>(text[offset])));
}

}  // namespace

NodePtr read_yaml(std::string_view text, const Origin& origin, Diagnostics& diagnostics) {
  if (std::size_t valid = valid_utf8_prefix(text); valid < text.size()) {
    report_not_utf8(text, valid, origin, diagnostics);
    return nullptr;
  }
  // A NUL would end the text for some readers and not for others; whatever
  // follows one must not be silently lost.
  if (std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    diagnostics.error(Code::YamlSyntax, position(LineIndex(text), nul, origin),
                      "the text holds a NUL byte (0x00) here, which YAML and JSON do not allow: is this a "
                      "binary file, or one saved as UTF-16?");
    return nullptr;
  }
  // yaml-cpp recurses once per level of nesting: a text nested too deep is
  // refused before it reads it (text_shape.hpp).
  TextShape shape = scan_text_shape(text, limits::max_yaml_depth);
  TreeBuilder builder(text, text.starts_with("\xEF\xBB\xBF") ? 3 : 0, origin, diagnostics);
  if (shape.too_deep != TextShape::none) {
    diagnostics.error(Code::LimitExceeded, builder.locate_offset(shape.too_deep),
                      fmt::format("mappings and lists are nested more than {} deep (max_yaml_depth)",
                                  limits::max_yaml_depth));
    return nullptr;
  }
  // yaml-cpp 0.7 ends plain text inside brackets at any `?`, so
  // `{ question: Is it? }` would not parse. Each such `?` is handed to it as
  // a byte that means nothing to YAML (DEL, one byte, so every position
  // stays) and put back in the scalar's text. A text that holds DEL itself
  // is read as it is.
  std::string hidden;
  if (!shape.flow_question_marks.empty() && text.find(question_stand_in) == std::string_view::npos) {
    hidden.assign(text);
    for (std::size_t at : shape.flow_question_marks) hidden[at] = question_stand_in;
    builder.restore_question_marks();
  }
  ViewBuffer buffer(hidden.empty() ? text : std::string_view(hidden));
  std::istream stream(&buffer);
  try {
    YAML::Parser parser(stream);
    // One document, then at most one more start, refused at its place:
    // never a loop over documents, because on some broken text yaml-cpp
    // yields empty documents for ever without reading on.
    if (parser.HandleNextDocument(builder)) {
      builder.refuse_more_documents();
      parser.HandleNextDocument(builder);
    }
  } catch (const Stopped&) {
    return nullptr;
  } catch (const YAML::DeepRecursion& error) {
    diagnostics.error(Code::LimitExceeded, builder.locate_offset(builder.offset(error.mark)),
                      fmt::format("mappings and lists are nested more than {} deep (max_yaml_depth)",
                                  limits::max_yaml_depth));
    return nullptr;
  } catch (const YAML::Exception& error) {
    report_syntax_error(error, text, shape, builder, diagnostics);
    return nullptr;
  }
  // yaml-cpp reads a single-quoted text left open at the end of the text
  // as if it were closed there; so did the scan, and it is refused.
  if (shape.open_quote != TextShape::none) {
    diagnostics.error(Code::YamlSyntax, builder.locate_offset(shape.open_quote),
                      builder.malformed(plain_words(YAML::ErrorMsg::EOF_IN_SCALAR)));
    return nullptr;
  }
  if (auto root = builder.root()) return root;
  auto empty = std::make_shared<Node>();
  empty->where = {origin.file, origin.first_line, 1};
  return empty;
}

}  // namespace apdr::yaml
