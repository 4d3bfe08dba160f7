#include "core/source.hpp"

namespace apdr {

void SourceStore::add(std::string file, std::string text) {
  auto shared = std::make_shared<const std::string>(std::move(text));
  for (auto& entry : entries_) {
    if (entry.file == file) { entry.text = std::move(shared); return; }
  }
  entries_.push_back({std::move(file), std::move(shared)});
}

const std::string* SourceStore::text(std::string_view file) const {
  for (const auto& entry : entries_) {
    if (entry.file == file) return entry.text.get();
  }
  return nullptr;
}

std::string_view SourceStore::line_text(std::string_view file, std::uint32_t line) const {
  const std::string* whole = text(file);
  if (whole == nullptr || line == 0) return {};
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
