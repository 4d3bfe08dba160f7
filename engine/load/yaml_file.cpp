#include "load/yaml_file.hpp"

namespace apdr::load {

SourceLocation position_of(const std::string& file, const std::string& text, std::size_t offset) {
  SourceLocation where{file, 1, 1};
  if (offset > text.size()) offset = text.size();
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') { ++where.line; where.column = 1; } else { ++where.column; }
  }
  return where;
}

SourceLocation YamlFile::at(const YAML::Mark& mark) const {
  if (mark.is_null() || mark.line < 0 || mark.column < 0) return SourceLocation{display, 1, 1};
  std::size_t column = static_cast<std::size_t>(mark.column) + 1 + (mark.line == 0 ? skipped : 0);
  return SourceLocation{display, static_cast<std::uint32_t>(mark.line + 1),
                        static_cast<std::uint32_t>(column)};
}

SourceLocation YamlFile::at_value(const YAML::Node& value, const SourceLocation& fallback) const {
  if (!value.IsDefined() || value.IsNull()) return fallback;
  return at(value);
}

}  // namespace apdr::load
