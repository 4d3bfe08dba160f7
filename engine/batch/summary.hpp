#pragma once
// What a whole cohort comes to: the counts a SENCO or an LA looks at first.
// Counters only, never the pupils themselves, so memory depends on the
// rule set's size and not the cohort's. Each worker keeps its own Summary
// and they are merged at the end; every count is order-independent.
#include <array>
#include <cstddef>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostic.hpp"
#include "evaluate/result.hpp"

namespace apdr::batch {

// How far ahead "due soon" looks: four weeks from the evaluation date.
inline constexpr int due_soon_days = 28;

struct StepCounts {
  std::size_t pupils = 0;    // pupils for whom the step was called for
  std::size_t overdue = 0;   // ... with its due date before the evaluation date
  std::size_t due_soon = 0;  // ... due on the evaluation date or within due_soon_days after it
  std::size_t no_date = 0;   // ... with no due date that could be worked out
};

struct Summary {
  std::size_t read = 0;       // rows read: always evaluated + rejected
  std::size_t evaluated = 0;
  std::size_t rejected = 0;
  std::size_t warnings = 0;   // rows evaluated despite a warning
  std::array<std::unordered_map<std::string, std::size_t>, 4> levels;  // per area: level id → pupils
  std::unordered_map<std::string, std::size_t> gaps;          // provision id → pupils lacking it
  std::unordered_map<std::string, StepCounts> escalations;    // step id → counts
  std::unordered_map<std::string, std::size_t> undetermined;  // rule or item id → pupils
  std::unordered_map<std::string, std::size_t> missing;       // fact → pupils lacking it
  std::unordered_map<std::string, std::size_t> rejected_by_code;  // E0xx → rejected rows
  std::vector<std::size_t> rejected_rows;  // the first max_listed_rejected row numbers, in order

  static constexpr std::size_t max_listed_rejected = 100;

  // Counts one evaluated pupil.
  void add(const eval::Result& result, bool had_warnings);
  // Counts one rejected row, by the codes of its errors.
  void add_rejected(std::size_t row, const Diagnostics& diagnostics);
  // Adds `other`'s counts to this one (rejected rows are re-sorted).
  void merge(const Summary& other);
};

// How the summary is shown: the level ids in ladder order, so the table's
// columns read lowest to highest; `top` limits the gap and fact lists.
struct SummaryLayout {
  std::vector<std::string> level_ids;
  std::size_t top = 10;
};

// For people: Markdown tables.
std::string summary_markdown(const Summary& summary, const SummaryLayout& layout);

// For programs: the same counts, complete (no top-N cut), keys sorted.
nlohmann::ordered_json summary_json(const Summary& summary, const SummaryLayout& layout);

}  // namespace apdr::batch
