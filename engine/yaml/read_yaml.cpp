#include "yaml/read_yaml.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>

#include <fmt/format.h>
#include <libfyaml.h>

#include "core/limits.hpp"
#include "core/quoted_value.hpp"
#include "yaml/line_index.hpp"
#include "yaml/plain_words.hpp"
#include "yaml/utf8.hpp"

namespace apdr::yaml {
namespace {

// libfyaml's objects, released however reading ends.
struct ParserDeleter { void operator()(fy_parser* parser) const { fy_parser_destroy(parser); } };
struct DiagDeleter { void operator()(fy_diag* diag) const { fy_diag_destroy(diag); } };
struct EventFree {
  fy_parser* parser;
  void operator()(fy_event* event) const { fy_parser_event_free(parser, event); }
};
using EventPtr = std::unique_ptr<fy_event, EventFree>;

// A token's text (a scalar's value with escapes and folding applied, an
// anchor's name), copied out chunk by chunk. fy_token_get_text would be
// simpler, but the buffer it builds for a scalar with escapes is never
// freed when parsing later fails (libfyaml 0.7.12; found by fuzzing), and a
// cohort of broken rows must not grow the memory of a batch.
std::string token_text(fy_token* token) {
  std::string text;
  if (token == nullptr) return text;
  fy_token_iter* iter = fy_token_iter_create(token);
  if (iter == nullptr) return text;
  int error = 0;
  for (const fy_iter_chunk* chunk = nullptr; (chunk = fy_token_iter_chunk_next(iter, chunk, &error)) != nullptr;) {
    text.append(chunk->str, chunk->len);
  }
  fy_token_iter_destroy(iter);
  return text;
}

// What YAML 1.2's core schema reads as null when it is not quoted.
bool plain_null(std::string_view text) {
  return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

// Byte `offset` of a text from `origin`, as a position in its file.
SourceLocation position(const LineIndex& lines, std::size_t offset, const Origin& origin) {
  LineIndex::Position at = lines.at(offset);
  return {origin.file, at.line + origin.first_line - 1, at.column};
}

// Builds the tree from libfyaml's events, one at a time, checking the
// limits as it goes. After a problem that stops reading, stopped() is true
// and the diagnostic is already recorded.
class TreeBuilder {
 public:
  TreeBuilder(std::string_view text, const Origin& origin, Diagnostics& diagnostics)
      : text_(text), lines_(text), origin_(origin), diagnostics_(diagnostics) {}

  bool stopped() const { return stopped_; }
  NodePtr root() const { return root_; }
  const LineIndex& lines() const { return lines_; }

  void take(fy_event& event) {
    switch (event.type) {
      case FYET_DOCUMENT_START:
        if (++documents_ > 1) {
          fail(Code::YamlSyntax, locate(fy_event_start_mark(&event)),
               fmt::format("a second YAML document starts here; {}", origin_.one_document_advice));
        }
        return;
      case FYET_MAPPING_START:
        if (refuse_tag(event.mapping_start.tag)) return;
        open(Node::Kind::mapping, event, event.mapping_start.anchor);
        return;
      case FYET_SEQUENCE_START:
        if (refuse_tag(event.sequence_start.tag)) return;
        open(Node::Kind::sequence, event, event.sequence_start.anchor);
        return;
      case FYET_MAPPING_END:
      case FYET_SEQUENCE_END:
        close();
        return;
      case FYET_SCALAR:
        scalar(event);
        return;
      case FYET_ALIAS:
        alias(event);
        return;
      default:
        return;  // stream and document ends carry nothing to keep
    }
  }

  SourceLocation locate(const fy_mark* mark) const {
    if (mark == nullptr) return {origin_.file, origin_.first_line, 1};
    return locate_offset(mark->input_pos);
  }

  void place(Node& node, const fy_mark* mark) const {
    node.where = locate(mark);
    node.offset = mark == nullptr ? 0 : mark->input_pos;
  }

  SourceLocation locate_offset(std::size_t offset) const { return position(lines_, offset, origin_); }

 private:
  struct Frame {
    std::shared_ptr<Node> node;
    std::string anchor;
    NodePtr pending_key;
    bool has_key = false;
    // The scalar keys so far, so that a mapping of 100,000 keys is checked
    // for repeats in linear time. The views point into the key nodes.
    std::unordered_set<std::string_view> keys;
  };

  void fail(Code code, SourceLocation where, std::string message) {
    diagnostics_.error(code, std::move(where), std::move(message));
    stopped_ = true;
  }

  // A tag (`!!str 007`, `!!binary`, `!custom`) would make a value mean
  // something other than what its place in the file says, and libfyaml
  // resolves none of them for us: refused at the tag, with what to do.
  bool refuse_tag(fy_token* tag) {
    if (tag == nullptr) return false;
    const fy_mark* start = fy_token_start_mark(tag);
    const fy_mark* end = fy_token_end_mark(tag);
    std::string_view written;
    if (start != nullptr && end != nullptr && start->input_pos < end->input_pos && end->input_pos <= text_.size()) {
      written = text_.substr(start->input_pos, end->input_pos - start->input_pos);
    }
    fail(Code::YamlSyntax, locate(start),
         fmt::format("the YAML tag `{}` is not allowed: apdr reads a value by where it is, so write the value "
                     "alone, in quotes if it must stay text (\"007\")",
                     quoted_value(written.empty() ? std::string_view("!!") : written)));
    return true;
  }

  void scalar(fy_event& event) {
    if (refuse_tag(event.scalar.tag)) return;
    fy_token* value = event.scalar.value;
    std::string text = token_text(value);
    auto node = std::make_shared<Node>();
    bool plain = value == nullptr || fy_token_scalar_style(value) == FYSS_PLAIN;
    node->quoted = !plain;
    node->kind = !node->quoted && plain_null(text) ? Node::Kind::null : Node::Kind::scalar;
    if (node->kind == Node::Kind::scalar) node->text = std::move(text);
    const fy_mark* mark = fy_event_start_mark(&event);
    if (mark != nullptr) {
      node->offset = value_start(event, mark->input_pos);
      node->where = locate_offset(node->offset);
    } else {
      node->where = locate(nullptr);
    }
    if (!count(1, node->where)) return;
    finish(std::move(node), token_text(event.scalar.anchor));
  }

  void alias(fy_event& event) {
    // libfyaml places an alias after its `*`; messages point at the `*`.
    const fy_mark* mark = fy_event_start_mark(&event);
    SourceLocation where =
        mark == nullptr || mark->input_pos == 0 ? locate(mark) : locate_offset(mark->input_pos - 1);
    std::string name = token_text(event.alias.anchor);
    auto found = anchors_.find(name);
    if (found == anchors_.end()) {
      fail(Code::YamlSyntax, where,
           fmt::format("malformed YAML: the alias `*{}` refers to no anchor `&{}` before it (or to the node "
                       "that contains it)",
                       name, name));
      return;
    }
    if (!count(found->second->expanded_size, where)) return;
    if (!within_depth(stack_.size() + found->second->height, where)) return;
    attach(found->second);
  }

  // Where a scalar's value starts as a person reads it: at its opening
  // quote, its `|` or `>`, or the anchor or tag before it. libfyaml places
  // a scalar at its first character of content, which is inside the quotes
  // or on the line after a block indicator.
  std::size_t value_start(fy_event& event, std::size_t content) const {
    std::size_t start = content;
    switch (event.scalar.value == nullptr ? FYSS_PLAIN : fy_token_scalar_style(event.scalar.value)) {
      case FYSS_SINGLE_QUOTED:
      case FYSS_DOUBLE_QUOTED:
        if (start > 0) --start;
        break;
      case FYSS_LITERAL:
      case FYSS_FOLDED:
        start = block_indicator(content);
        break;
      default:
        break;
    }
    if (const fy_mark* tag = event.scalar.tag ? fy_token_start_mark(event.scalar.tag) : nullptr) {
      start = std::min(start, tag->input_pos);
    }
    if (const fy_mark* anchor = event.scalar.anchor ? fy_token_start_mark(event.scalar.anchor) : nullptr) {
      if (anchor->input_pos > 0) start = std::min(start, anchor->input_pos - 1);  // its `&`
    }
    return start;
  }

  // The `|` or `>` that opens a block scalar whose content starts at
  // `content`: on the last line before it that is not blank, the indicator
  // followed only by its modifiers (`-`, `+`, a digit), spaces and perhaps
  // a comment.
  std::size_t block_indicator(std::size_t content) const {
    std::size_t end = std::min(content, text_.size());
    auto blank = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    while (end > 0 && blank(text_[end - 1])) --end;
    std::size_t line_start = text_.rfind('\n', end == 0 ? 0 : end - 1);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    for (std::size_t i = line_start; i < end; ++i) {
      if (text_[i] != '|' && text_[i] != '>') continue;
      std::size_t j = i + 1;
      while (j < end && (text_[j] == '-' || text_[j] == '+' || (text_[j] >= '0' && text_[j] <= '9'))) ++j;
      while (j < end && (text_[j] == ' ' || text_[j] == '\t')) ++j;
      if (j == end || text_[j] == '#') return i;
    }
    return content;
  }

  bool count(std::size_t nodes, const SourceLocation& where) {
    total_nodes_ += nodes;
    if (total_nodes_ <= limits::max_yaml_nodes) return true;
    fail(Code::LimitExceeded, where,
         fmt::format("the document has more than {} YAML nodes (max_yaml_nodes), counting each use of an "
                     "alias; {}",
                     limits::max_yaml_nodes, origin_.too_many_nodes_advice));
    return false;
  }

  bool within_depth(std::size_t depth, const SourceLocation& where) {
    if (depth <= limits::max_yaml_depth) return true;
    fail(Code::LimitExceeded, where,
         fmt::format("mappings and lists are nested more than {} deep (max_yaml_depth)", limits::max_yaml_depth));
    return false;
  }

  void open(Node::Kind kind, fy_event& event, fy_token* anchor) {
    auto node = std::make_shared<Node>();
    node->kind = kind;
    place(*node, fy_event_start_mark(&event));
    if (!count(1, node->where) || !within_depth(stack_.size() + 1, node->where)) return;
    stack_.push_back({std::move(node), token_text(anchor), nullptr, false, {}});
  }

  void close() {
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    finish(std::move(frame.node), frame.anchor);
  }

  void finish(std::shared_ptr<Node> node, std::string_view anchor) {
    // A later anchor of the same name replaces the earlier one, as YAML says.
    if (!anchor.empty()) anchors_[std::string(anchor)] = node;
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
  LineIndex lines_;
  const Origin& origin_;
  Diagnostics& diagnostics_;
  std::vector<Frame> stack_;
  std::map<std::string, NodePtr, std::less<>> anchors_;
  NodePtr root_;
  std::size_t total_nodes_ = 0;
  int documents_ = 0;
  bool stopped_ = false;
};

// The first error libfyaml collected, as E002 at its place, in plain words.
void report_syntax_error(fy_diag* diag, std::string_view text, const TreeBuilder& builder,
                         Diagnostics& diagnostics) {
  void* iterator = nullptr;
  fy_diag_error* error = fy_diag_errors_iterate(diag, &iterator);
  if (error == nullptr) {
    diagnostics.error(Code::YamlSyntax, builder.locate(nullptr), "malformed YAML");
    return;
  }
  std::size_t offset = builder.lines().offset_of(static_cast<std::uint32_t>(std::max(error->line, 1)),
                                                 static_cast<std::uint32_t>(std::max(error->column, 1) - 1));
  // An error at a quoted scalar, closed or not, points at its opening
  // quote, as a node's position does; libfyaml points inside it.
  std::string_view message = error->msg == nullptr ? "" : error->msg;
  bool at_scalar = (error->fyt != nullptr && fy_token_get_type(error->fyt) == FYTT_SCALAR) ||
                   message.find("quoted scalar") != std::string_view::npos;
  if (at_scalar && offset > 0 && offset <= text.size() &&
      (text[offset - 1] == '"' || text[offset - 1] == '\'')) {
    --offset;
  }
  diagnostics.error(Code::YamlSyntax, builder.locate_offset(offset),
                    "malformed YAML: " + plain_words(message));
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
  // libfyaml reads a NUL as the end of the text, so whatever follows one
  // would be silently lost.
  if (std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    diagnostics.error(Code::YamlSyntax, position(LineIndex(text), nul, origin),
                      "the text holds a NUL byte (0x00) here, which YAML and JSON do not allow: is this a "
                      "binary file, or one saved as UTF-16?");
    return nullptr;
  }
  fy_diag_cfg diag_config;
  fy_diag_cfg_default(&diag_config);
  diag_config.fp = nullptr;  // never print: errors are collected and reported as diagnostics
  std::unique_ptr<fy_diag, DiagDeleter> diag(fy_diag_create(&diag_config));
  if (!diag) {
    diagnostics.error(Code::YamlSyntax, {origin.file, origin.first_line, 1}, "could not start the YAML reader");
    return nullptr;
  }
  fy_diag_set_collect_errors(diag.get(), true);
  fy_parse_cfg config{};
  // YAML 1.2, quiet, and no guessing JSON from a file name.
  config.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2 | FYPCF_JSON_NONE);
  config.diag = diag.get();
  std::unique_ptr<fy_parser, ParserDeleter> parser(fy_parser_create(&config));
  if (!parser || fy_parser_set_string(parser.get(), text.data(), text.size()) != 0) {
    diagnostics.error(Code::YamlSyntax, {origin.file, origin.first_line, 1}, "could not start the YAML reader");
    return nullptr;
  }
  TreeBuilder builder(text, origin, diagnostics);
  while (!builder.stopped()) {
    EventPtr event(fy_parser_parse(parser.get()), EventFree{parser.get()});
    if (!event) break;
    builder.take(*event);
  }
  if (builder.stopped()) return nullptr;
  if (fy_parser_get_stream_error(parser.get())) {
    report_syntax_error(diag.get(), text, builder, diagnostics);
    return nullptr;
  }
  if (auto root = builder.root()) return root;
  auto empty = std::make_shared<Node>();
  empty->where = {origin.file, origin.first_line, 1};
  return empty;
}

}  // namespace apdr::yaml
