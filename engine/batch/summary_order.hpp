#pragma once
// The orders every form of the summary shows its counts in (Markdown, JSON,
// HTML), so they agree and never depend on hash order.
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "batch/summary.hpp"

namespace apdr::batch {

using Counts = ById<std::size_t>;

// Most first, then by id.
std::vector<std::pair<std::string, std::size_t>> ranked(const Counts& counts);

// The level ids seen in the cohort: the layout's in ladder order, then any
// other (there should be none) by id.
std::vector<std::string> level_columns(const Summary& summary, const SummaryLayout& layout);

// counts[key], or 0.
std::size_t count_of(const Counts& counts, const std::string& key);

}  // namespace apdr::batch
