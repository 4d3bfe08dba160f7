// Expression::locate: from a byte offset in an expression's text to the
// line and column of that character in the rule file.
#include <algorithm>

#include "load/scalar_alignment.hpp"
#include "load/syntax.hpp"

namespace apdr::load {

std::optional<std::size_t> align_scalar(std::string_view value, std::string_view file,
                                        std::size_t start, std::size_t count) {
  std::size_t j = start;
  for (std::size_t i = 0; i < count && i < value.size(); ++i) {
    if (j >= file.size()) return std::nullopt;
    if (value[i] == ' ') {
      // A fold: blanks, exactly one line break, then the next line's indent.
      std::size_t k = j;
      while (k < file.size() && (file[k] == ' ' || file[k] == '\t')) ++k;
      if (k < file.size() && (file[k] == '\n' || file[k] == '\r')) {
        std::size_t breaks = 0;
        while (k < file.size() && (file[k] == ' ' || file[k] == '\t' || file[k] == '\r' || file[k] == '\n')) {
          if (file[k] == '\n') ++breaks;
          ++k;
        }
        if (breaks != 1) return std::nullopt;
        j = k;
        continue;
      }
    }
    if (file[j] != value[i]) return std::nullopt;
    ++j;
  }
  return j;
}

}  // namespace apdr::load

namespace apdr::syntax {

SourceLocation Expression::locate(std::uint32_t offset) const {
  if (!verbatim || file_text == nullptr || text_start > file_text->size()) return where;
  std::size_t target_offset = std::min<std::size_t>(offset, text.size());
  auto target = load::align_scalar(text, *file_text, text_start, target_offset);
  if (!target) return where;
  // The value starts on the scalar's own line (a quote does not break the
  // line), so the line is known; the column is counted from that line's start.
  std::size_t line_start = text_start;
  while (line_start > 0 && (*file_text)[line_start - 1] != '\n') --line_start;
  SourceLocation result = where;
  result.column = static_cast<std::uint32_t>(text_start - line_start + 1);
  for (std::size_t k = text_start; k < *target; ++k) {
    if ((*file_text)[k] == '\n') { ++result.line; result.column = 1; } else { ++result.column; }
  }
  return result;
}

}  // namespace apdr::syntax
