#pragma once
// What a whole cohort comes to: the counts a SENCO or an LA looks at first.
// Counters, and for each step the ids of the first few pupils (by row) for
// whom it is overdue or due soon: never more than max_listed_pupils ids a
// step, so memory depends on the rule set's size and not the cohort's.
// Each worker keeps its own Summary and they are merged at the end; every
// count and every list is order-independent.
#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostic.hpp"
#include "evaluate/result.hpp"

namespace apdr::batch {

// How far ahead "due soon" looks: four weeks from the evaluation date.
inline constexpr int due_soon_days = 28;

// Maps keyed by an id, looked up by the string_view a result holds without
// making a std::string of it first: ids longer than fifteen bytes would
// otherwise allocate for every pupil and every count.
struct IdHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view id) const noexcept { return std::hash<std::string_view>{}(id); }
};
template <typename Value>
using ById = std::unordered_map<std::string, Value, IdHash, std::equal_to<>>;

// A pupil named in the summary, with the row they were read from: lists
// keep the lowest rows, so they are the same whichever worker saw whom.
struct ListedPupil {
  std::size_t row = 0;
  std::string id;
  bool operator==(const ListedPupil&) const = default;
};

struct StepCounts {
  std::size_t pupils = 0;    // pupils for whom the step was called for
  std::size_t overdue = 0;   // ... with its due date before the evaluation date
  std::size_t due_soon = 0;  // ... due on the evaluation date or within due_soon_days after it
  std::size_t no_date = 0;   // ... with no due date that could be worked out
  std::vector<ListedPupil> overdue_pupils;   // the first max_listed_pupils of `overdue`, by row
  std::vector<ListedPupil> due_soon_pupils;  // the first max_listed_pupils of `due_soon`, by row
};

struct Summary {
  std::size_t read = 0;       // rows read: always evaluated + rejected
  std::size_t evaluated = 0;
  std::size_t rejected = 0;
  std::size_t warnings = 0;   // rows evaluated despite a warning
  std::size_t repeated_ids = 0;  // evaluated rows whose pupil id an earlier row already gave
  std::size_t blank_rows = 0;    // CSV rows blank or only separators: skipped, not in `read`
  std::size_t in_place_not_recorded = 0;  // pupils whose row does not record what is in place
  std::array<ById<std::size_t>, 4> levels;  // per area: level id → pupils
  ById<std::size_t> gaps;              // provision id → pupils lacking it
  ById<StepCounts> escalations;        // step id → counts
  ById<std::size_t> undetermined;      // rule or item id → pupils
  ById<std::size_t> missing;           // fact → pupils lacking it
  ById<std::size_t> rejected_by_code;  // E0xx → rejected rows
  std::vector<std::size_t> rejected_rows;  // the first max_listed_rejected row numbers, in order
  // Titles for people, from the rule set (bounded by its size): step id,
  // provision id and level id → title.
  ById<std::string> step_titles, provision_titles, level_titles;
  std::string rule_set, rule_set_title;            // as the results say
  std::optional<Date> first_as_of, last_as_of;     // the evaluation dates, earliest and latest

  static constexpr std::size_t max_listed_rejected = 100;
  static constexpr std::size_t max_listed_pupils = 20;

  // Counts one evaluated pupil, read from cohort row `row`.
  void add(const eval::Result& result, bool had_warnings, std::size_t row = 0);
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

// For a SENCO's screen or printer: one self-contained HTML page with charts
// (batch/summary_html.cpp).
std::string summary_html(const Summary& summary, const SummaryLayout& layout);

}  // namespace apdr::batch
