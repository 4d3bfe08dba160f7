#include "core/source.hpp"

namespace apdr {

// Texts are never freed while the store lives: parsed expressions keep
// pointers into them, and the same file may be read twice in one run (both
// sides of a diff extending apdr:national). The newest copy answers lookups.
void SourceStore::add(std::string file, std::string text, Quoting quoting) {
  entries_.push_back({std::move(file), std::make_shared<const std::string>(std::move(text)), quoting});
}

const std::string* SourceStore::text(std::string_view file) const {
  for (auto it = entries_.rbegin(); it != entries_.rend(); ++it) {
    if (it->file == file) return it->text.get();
  }
  return nullptr;
}

std::string_view SourceStore::line_text(std::string_view file, std::uint32_t line) const {
  const Entry* entry = nullptr;
  for (auto it = entries_.rbegin(); it != entries_.rend() && entry == nullptr; ++it) {
    if (it->file == file) entry = &*it;
  }
  if (entry == nullptr || entry->quoting == Quoting::private_data || line == 0) return {};
  const std::string* whole = entry->text.get();
  std::string_view rest(*whole);
  for (std::uint32_t current = 1; current < line; ++current) {
    auto newline = rest.find('\n');
    if (newline == std::string_view::npos) return {};
    rest.remove_prefix(newline + 1);
  }
  auto end = rest.find('\n');
  std::string_view result = rest.substr(0, end);
  if (!result.empty() && result.back() == '\r') result.remove_suffix(1);
  return result;
}

}  // namespace apdr
