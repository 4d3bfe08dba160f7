#include "batch/summary_order.hpp"

#include <algorithm>

namespace apdr::batch {

std::vector<std::pair<std::string, std::size_t>> ranked(const Counts& counts) {
  std::vector<std::pair<std::string, std::size_t>> list(counts.begin(), counts.end());
  std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  return list;
}

std::vector<std::string> level_columns(const Summary& summary, const SummaryLayout& layout) {
  std::vector<std::string> columns;
  for (const auto& id : layout.level_ids) {
    bool seen = std::any_of(summary.levels.begin(), summary.levels.end(),
                            [&](const Counts& area) { return area.count(id) > 0; });
    if (seen) columns.push_back(id);
  }
  std::vector<std::string> extra;
  for (const auto& area : summary.levels) {
    for (const auto& [id, _] : area) {
      if (std::find(columns.begin(), columns.end(), id) == columns.end() &&
          std::find(extra.begin(), extra.end(), id) == extra.end()) {
        extra.push_back(id);
      }
    }
  }
  std::sort(extra.begin(), extra.end());
  columns.insert(columns.end(), extra.begin(), extra.end());
  return columns;
}

std::size_t count_of(const Counts& counts, const std::string& key) {
  auto it = counts.find(key);
  return it == counts.end() ? 0 : it->second;
}

}  // namespace apdr::batch
