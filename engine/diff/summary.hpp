#pragma once
// The whole cohort's tally: how many rows were read, changed, unchanged and
// rejected (always read = changed + unchanged + rejected), and for each
// change, how many pupils it touches and which. Rows are added in input
// order, so the ids are listed in input order too.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "diff/change.hpp"

namespace apdr::diff {

// A change as the summary groups it: escalations by step whatever the
// dates, levels by area and both levels, rejections by the first error's code.
struct SummaryKey {
  ChangeKind kind = ChangeKind::level_changed;
  std::string subject;
  std::string old_level, new_level;  // level_changed only
  // Gained, lost, added or removed items: the kind of the side that has it,
  // so a statutory item lost is never counted with a local one.
  std::optional<Kind> item_kind;

  auto operator<=>(const SummaryKey&) const = default;
};

struct SummaryEntry {
  std::vector<std::string> pupils;  // PupilChange::name() of each, in input order; one per row
};

class DiffSummary {
 public:
  // Counts the row and, when it changed, each distinct change it has once.
  void add(const PupilChange& pupil);

  std::size_t read = 0;
  std::size_t changed = 0;
  std::size_t unchanged = 0;
  std::size_t rejected = 0;
  std::size_t statute_lost_pupils = 0;  // changed rows that lose a statutory item (statute_lost())
  std::map<SummaryKey, SummaryEntry> changes;  // sorted by kind, then subject
};

// The key a change is counted under.
SummaryKey summary_key(const Change& change);

}  // namespace apdr::diff
