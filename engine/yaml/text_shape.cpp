#include "yaml/text_shape.hpp"

#include <vector>

namespace apdr::yaml {
namespace {

bool blank(char c) { return c == ' ' || c == '\t'; }
bool line_end(char c) { return c == '\n' || c == '\r'; }

class ShapeScan {
 public:
  ShapeScan(std::string_view text, std::size_t max_depth) : text_(text), max_depth_(max_depth) {}

  TextShape run() {
    while (i_ < text_.size() && !done()) {
      if (flow_ == 0) {
        block_line();
      } else {
        rest_of_line();
      }
    }
    return shape_;
  }

 private:
  bool done() const { return shape_.too_deep != TextShape::none || shape_.open_quote != TextShape::none; }
  bool at_end(std::size_t at) const { return at >= text_.size() || line_end(text_[at]) || blank(text_[at]); }

  void skip_line() {
    while (i_ < text_.size() && text_[i_] != '\n') ++i_;
    if (i_ < text_.size()) ++i_;
  }

  void deeper(std::size_t at) {
    if (columns_.size() + flow_ > max_depth_ && shape_.too_deep == TextShape::none) shape_.too_deep = at;
  }

  // The start of a line outside brackets: its indentation decides which
  // block mappings and lists it is inside.
  void block_line() {
    std::size_t start = i_;
    while (i_ < text_.size() && text_[i_] == ' ') ++i_;
    std::size_t indent = i_ - start;
    std::size_t content = i_;
    while (content < text_.size() && blank(text_[content])) ++content;
    if (content >= text_.size()) { i_ = content; return; }
    if (line_end(text_[content]) || text_[content] == '#') { skip_line(); return; }  // blank or comment only
    // More indented than the line that opened a block scalar, or than the
    // line whose plain text may run on: text, not structure.
    if (text_block_ && indent > text_indent_) { skip_line(); return; }
    text_block_ = false;
    if (indent == 0 && (text_.substr(i_, 3) == "---" || text_.substr(i_, 3) == "...") && at_end(i_ + 3)) {
      columns_.clear();
      i_ += 3;
    } else if (indent == 0 && text_[i_] == '%') {
      skip_line();
      return;
    }
    while (!columns_.empty() && columns_.back() >= indent) columns_.pop_back();
    line_indent_ = indent;
    rest_of_line();
  }

  // One line (or, inside brackets, any stretch of text) from i_.
  void rest_of_line() {
    bool node_start = true;
    while (i_ < text_.size() && !done()) {
      char c = text_[i_];
      if (c == '\n') {
        ++i_;
        if (flow_ == 0) return;
        continue;
      }
      if (blank(c) || c == '\r') { ++i_; continue; }
      if (c == '#' && (i_ == 0 || blank(text_[i_ - 1]) || line_end(text_[i_ - 1]))) {
        while (i_ < text_.size() && text_[i_] != '\n') ++i_;
        continue;
      }
      if (flow_ > 0) {
        if (c == ',' || c == '[' || c == '{' || c == ':' || c == '?') {
          if (c == '[' || c == '{') { ++flow_; deeper(i_); }
          node_start = true;
          ++i_;
          continue;
        }
        if (c == ']' || c == '}') {
          --flow_;
          node_start = false;
          ++i_;
          continue;
        }
      }
      if (!node_start && flow_ == 0) {
        // Plain text in a block: only `: ` or ` #` can end it on this line.
        plain_text(false);
        node_start = true;
        continue;
      }
      if (flow_ == 0 && (c == '-' || c == '?') && at_end(i_ + 1)) {
        columns_.push_back(column());
        deeper(i_);
        ++i_;
        continue;
      }
      if (c == '[' || c == '{') {
        ++flow_;
        deeper(i_);
        ++i_;
        node_start = true;
        continue;
      }
      if (c == '\'' || c == '"') {
        std::size_t at = i_;
        if (!quoted(c)) { shape_.open_quote = at; return; }
        key_or_value(at);
        node_start = false;
        continue;
      }
      if (flow_ == 0 && (c == '|' || c == '>')) {
        text_block_ = true;
        text_indent_ = line_indent_;
        skip_line();
        return;
      }
      if (c == '&' || c == '!') {
        while (!at_end(i_) && !(flow_ > 0 && (text_[i_] == ',' || text_[i_] == ']' || text_[i_] == '}'))) ++i_;
        continue;
      }
      if (flow_ == 0 && c == ':' && at_end(i_ + 1)) { ++i_; continue; }
      if (flow_ > 0) {
        // Plain text inside brackets ends at any of them, or at `: `.
        while (i_ < text_.size() && !line_end(text_[i_]) && text_[i_] != ',' && text_[i_] != '[' &&
               text_[i_] != ']' && text_[i_] != '{' && text_[i_] != '}' &&
               !(text_[i_] == ':' && at_end(i_ + 1)) && !(text_[i_] == '#' && blank(text_[i_ - 1]))) {
          // Not the first character (a `?` there was taken as a key's mark above).
          if (text_[i_] == '?') shape_.flow_question_marks.push_back(i_);
          ++i_;
        }
        node_start = false;
        continue;
      }
      plain_text(true);
    }
  }

  // Plain text in a block, from i_: a key if `: ` follows on this line
  // (a mapping at its column), otherwise a value that may run on over the
  // lines indented more than this one.
  void plain_text(bool starts_here) {
    std::size_t at = i_;
    while (i_ < text_.size() && !line_end(text_[i_])) {
      if (text_[i_] == ':' && at_end(i_ + 1)) {
        if (starts_here) key_or_value(at);
        ++i_;
        return;
      }
      if (text_[i_] == '#' && blank(text_[i_ - 1])) return;
      ++i_;
    }
    text_block_ = true;
    text_indent_ = line_indent_;
  }

  // After a node that starts at `at` on this line: if `:` follows, it was
  // the first key of a block mapping at its column.
  void key_or_value(std::size_t at) {
    if (flow_ > 0) return;
    std::size_t j = i_;
    while (j < text_.size() && blank(text_[j])) ++j;
    if (j < text_.size() && text_[j] == ':' && at_end(j + 1)) {
      std::size_t col = column_of(at);
      if (columns_.empty() || columns_.back() < col) {
        columns_.push_back(col);
        deeper(at);
      }
      i_ = j + 1;
    }
  }

  // Skips a quoted text that opens at i_; false when it never closes.
  bool quoted(char quote) {
    ++i_;
    while (i_ < text_.size()) {
      char c = text_[i_];
      if (quote == '"' && c == '\\') { i_ += 2; continue; }
      if (c == quote) {
        if (quote == '\'' && i_ + 1 < text_.size() && text_[i_ + 1] == '\'') { i_ += 2; continue; }
        ++i_;
        return true;
      }
      ++i_;
    }
    return false;
  }

  std::size_t column() const { return column_of(i_); }
  std::size_t column_of(std::size_t at) const {
    std::size_t line_start = at == 0 ? 0 : text_.rfind('\n', at - 1);
    line_start = line_start == std::string_view::npos || at == 0 ? 0 : line_start + 1;
    return at - line_start;
  }

  std::string_view text_;
  std::size_t max_depth_;
  std::size_t i_ = 0;
  std::size_t flow_ = 0;                 // brackets open
  std::vector<std::size_t> columns_;     // block mappings and lists open, by column
  std::size_t line_indent_ = 0;
  bool text_block_ = false;              // in a block scalar, or after plain text that may run on
  std::size_t text_indent_ = 0;
  TextShape shape_;
};

}  // namespace

TextShape scan_text_shape(std::string_view text, std::size_t max_depth) {
  return ShapeScan(text, max_depth).run();
}

}  // namespace apdr::yaml
