#include "core/source.hpp"

#include <algorithm>

namespace apdr {

std::string location_text(const SourceLocation& where) {
  if (!where.known()) return where.file;
  return where.file + ':' + std::to_string(where.line) + ':' + std::to_string(where.column);
}

// Texts are never freed while the store lives: parsed expressions keep
// pointers into them, and the same file may be read twice in one run (both
// sides of a diff extending apdr:national). The newest copy answers lookups.
void SourceStore::add(std::string file, std::string text, Quoting quoting) {
  Entry entry{std::move(file), std::make_shared<const std::string>(std::move(text)), quoting, {}};
  // Where each line starts, so that quoting a line under each of thousands
  // of diagnostics does not scan the file from the top every time. Private
  // data is never quoted, so it needs none.
  if (quoting == Quoting::allowed) {
    const std::string& whole = *entry.text;
    entry.line_starts.push_back(0);
    for (std::size_t i = whole.find('\n'); i != std::string::npos; i = whole.find('\n', i + 1)) {
      entry.line_starts.push_back(i + 1);
    }
  }
  entries_.push_back(std::move(entry));
}

const std::string* SourceStore::text(std::string_view file) const {
  for (auto it = entries_.rbegin(); it != entries_.rend(); ++it) {
    if (it->file == file) return it->text.get();
  }
  return nullptr;
}

std::vector<std::string> SourceStore::files() const {
  std::vector<std::string> names;
  for (const auto& entry : entries_) {
    if (std::find(names.begin(), names.end(), entry.file) == names.end()) names.push_back(entry.file);
  }
  return names;
}

std::string_view SourceStore::line_text(std::string_view file, std::uint32_t line) const {
  const Entry* entry = nullptr;
  for (auto it = entries_.rbegin(); it != entries_.rend() && entry == nullptr; ++it) {
    if (it->file == file) entry = &*it;
  }
  if (entry == nullptr || entry->quoting == Quoting::private_data || line == 0) return {};
  if (line > entry->line_starts.size()) return {};
  std::string_view rest(*entry->text);
  rest.remove_prefix(entry->line_starts[line - 1]);
  auto end = rest.find('\n');
  std::string_view result = rest.substr(0, end);
  if (!result.empty() && result.back() == '\r') result.remove_suffix(1);
  return result;
}

}  // namespace apdr
