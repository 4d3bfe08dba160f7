#include "core/diagnostic.hpp"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

namespace apdr {

void Diagnostics::error(Code code, SourceLocation where, std::string message,
                        std::vector<std::string> notes) {
  add({Severity::error, code, std::move(where), std::move(message), std::move(notes)});
}

void Diagnostics::warning(Code code, SourceLocation where, std::string message,
                          std::vector<std::string> notes) {
  add({Severity::warning, code, std::move(where), std::move(message), std::move(notes)});
}

void Diagnostics::add(Diagnostic diagnostic) {
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
    if (valid) { out.append(line.substr(i, length)); i += length; }
    else { out += '?'; ++i; }
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
  if (d.where.known()) {
    std::string_view line = sources.line_text(d.where.file, d.where.line);
    if (!line.empty()) {
      // Very long lines (minified JSON, say) are cut around the column.
      std::uint32_t column = d.where.column;
      std::string prefix;
      if (line.size() > 160 && column > 80) {
        std::size_t start = column - 60;
        line.remove_prefix(start);
        column -= static_cast<std::uint32_t>(start);
        prefix = "…";
      }
      if (line.size() > 160) line = line.substr(0, 160);
      out += fmt::format("  {}{}\n  {}{}{}{}\n", prefix, printable(line), std::string(prefix.empty() ? 0 : 1, ' '),
                         red, caret_line(line, column), reset);
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
