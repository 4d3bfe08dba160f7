#include "core/diagnostic.hpp"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

#include "core/limits.hpp"
#include "core/quoted_value.hpp"
#include "core/unsafe_text.hpp"

namespace apdr {
namespace {
std::string bounded(std::string_view message);
}  // namespace

void Diagnostics::error(Code code, SourceLocation where, std::string message,
                        std::vector<std::string> notes) {
  add({Severity::error, code, std::move(where), std::move(message), std::move(notes)});
}

void Diagnostics::warning(Code code, SourceLocation where, std::string message,
                          std::vector<std::string> notes) {
  add({Severity::warning, code, std::move(where), std::move(message), std::move(notes)});
}

void Diagnostics::add(Diagnostic diagnostic) {
  diagnostic.message = escape_unsafe(bounded(diagnostic.message));
  for (auto& note : diagnostic.notes) note = escape_unsafe(bounded(note));
  if (diagnostic.severity == Severity::error) ++error_count_;
  items_.push_back(std::move(diagnostic));
}

void Diagnostics::append(const Diagnostics& other) {
  for (const auto& item : other.items_) add(item);
}

void Diagnostics::sort() {
  auto key = [](const Diagnostic& d) {
    return std::tie(d.where.file, d.where.line, d.where.column, d.code, d.message);
  };
  std::stable_sort(items_.begin(), items_.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
  items_.erase(std::unique(items_.begin(), items_.end(),
                           [&](const Diagnostic& a, const Diagnostic& b) {
                             return key(a) == key(b) && a.severity == b.severity;
                           }),
               items_.end());
  error_count_ = static_cast<std::size_t>(std::count_if(
      items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

namespace {

std::string_view severity_word(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
  }
  return "error";
}

// Tabs in the quoted line are kept in the caret line too, so the caret lines
// up whatever the terminal's tab width.
std::string caret_line(std::string_view line, std::uint32_t column) {
  std::string result;
  for (std::uint32_t i = 1; i < column && i - 1 < line.size(); ++i) {
    result += line[i - 1] == '\t' ? '\t' : ' ';
  }
  result += '^';
  return result;
}

// The quoted line goes to a terminal: control bytes and broken UTF-8 (a
// binary file passed by mistake) are shown as `?`, one per byte, so nothing
// can move the cursor and the caret still lines up.
std::string printable(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (std::size_t i = 0; i < line.size();) {
    auto byte = static_cast<unsigned char>(line[i]);
    if (byte == '\t' || (byte >= 0x20 && byte < 0x7f)) { out += static_cast<char>(byte); ++i; continue; }
    std::size_t length = byte >= 0xf0 && byte < 0xf5 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 && byte < 0xe0 ? 2 : 0;
    bool valid = length > 0 && i + length <= line.size();
    for (std::size_t k = 1; valid && k < length; ++k) {
      valid = (static_cast<unsigned char>(line[i + k]) & 0xc0) == 0x80;
    }
    // C1 controls and bidirectional formatting characters are valid UTF-8
    // but would reorder or drive the terminal: `?` too.
    if (valid && first_unsafe_character(line.substr(i, length))) valid = false;
    if (valid) { out.append(line.substr(i, length)); i += length; }
    else if (length > 0 && i + length <= line.size() && first_unsafe_character(line.substr(i, length))) {
      out.append(length, '?');
      i += length;
    }
    else { out += '?'; ++i; }
  }
  return out;
}

// A quoted line is cut to at most limits::max_quoted_bytes around the
// column: a file given by mistake (a cohort as a rule set) may hold a
// pupil's facts on any line, and the caret needs only a little context.
struct Excerpt {
  std::string_view text;
  std::uint32_t column = 1;  // the caret's column within `text`
  bool cut_before = false;
  bool cut_after = false;
};

bool continuation(std::string_view line, std::size_t at) {
  return at < line.size() && (static_cast<unsigned char>(line[at]) & 0xC0) == 0x80;
}

Excerpt excerpt_around(std::string_view line, std::uint32_t column) {
  constexpr std::size_t longest = limits::max_quoted_bytes;
  if (line.size() <= longest) return {line, column, false, false};
  std::size_t caret = column == 0 ? 0 : std::min<std::size_t>(column - 1, line.size());
  // Indentation says nothing, so a cut line drops it first; then a little
  // before the caret, and the rest after it, where the offending text is.
  std::size_t indent = line.find_first_not_of(" \t");
  if (indent == std::string_view::npos || indent > caret) indent = 0;
  std::size_t start = std::max(indent, caret > longest / 4 ? caret - longest / 4 : 0);
  start = std::max(indent, std::min(start, line.size() - longest));
  while (start > 0 && continuation(line, start)) --start;
  std::size_t end = std::min(line.size(), start + longest);
  while (end > start && end < line.size() && continuation(line, end)) --end;
  return {line.substr(start, end - start), static_cast<std::uint32_t>(caret - start + 1), start > indent,
          end < line.size()};
}

// A message never spans lines, and never carries more than a short excerpt
// of a value: a backquoted span that holds a line break, or that is longer
// than any name or path a message has reason to quote, is cut to
// limits::max_quoted_bytes. This is the net under every message; the
// readers quote values through quoted_value() themselves.
constexpr std::size_t longest_quoted_span = 160;

std::string bounded(std::string_view message) {
  std::string out;
  out.reserve(std::min<std::size_t>(message.size(), 1024));
  std::size_t i = 0;
  while (i < message.size()) {
    std::size_t open = message.find('`', i);
    std::size_t close = open == std::string_view::npos ? open : message.find('`', open + 1);
    std::size_t plain_end = open == std::string_view::npos ? message.size() : open;
    for (std::size_t k = i; k < plain_end; ++k) {
      char c = message[k];
      out += c == '\n' || c == '\r' ? ' ' : c;
    }
    if (open == std::string_view::npos) break;
    if (close == std::string_view::npos) close = message.size();
    std::string_view quoted = message.substr(open + 1, close - open - 1);
    out += '`';
    out += quoted.size() > longest_quoted_span || quoted.find_first_of("\n\r") != std::string_view::npos
               ? quoted_value(quoted)
               : std::string(quoted);
    if (close < message.size()) out += '`';
    i = close + 1;
  }
  return out;
}

}  // namespace

std::string render_diagnostic(const Diagnostic& d, const SourceStore& sources, bool colour) {
  const char* bold = colour ? "\x1b[1m" : "";
  const char* red = colour ? (d.severity == Severity::error ? "\x1b[1;31m" : "\x1b[1;35m") : "";
  const char* reset = colour ? "\x1b[0m" : "";
  std::string out;
  if (d.where.known()) {
    out += fmt::format("{}{}:{}:{}:{} ", bold, d.where.file, d.where.line, d.where.column, reset);
  } else if (!d.where.file.empty()) {
    out += fmt::format("{}{}:{} ", bold, d.where.file, reset);
  }
  out += fmt::format("{}{}[{}]:{} {}\n", red, severity_word(d.severity), code_name(d.code), reset,
                     d.message);
  if (d.where.known() && d.quote_source) {
    std::string_view line = sources.line_text(d.where.file, d.where.line);
    if (!line.empty()) {
      Excerpt excerpt = excerpt_around(line, d.where.column);
      std::string pad(excerpt.cut_before ? 1 : 0, ' ');
      out += fmt::format("  {}{}{}\n  {}{}{}{}\n", excerpt.cut_before ? "…" : "", printable(excerpt.text),
                         excerpt.cut_after ? "…" : "", pad, red, caret_line(excerpt.text, excerpt.column), reset);
    }
  }
  for (const auto& note : d.notes) out += fmt::format("  = {}\n", note);
  return out;
}

std::string render_diagnostics(const Diagnostics& diagnostics, const SourceStore& sources,
                               bool colour) {
  std::string out;
  for (const auto& d : diagnostics.all()) out += render_diagnostic(d, sources, colour);
  return out;
}

}  // namespace apdr
