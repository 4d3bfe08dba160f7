#include "diff/summary.hpp"

#include <algorithm>
#include <set>

namespace apdr::diff {

SummaryKey summary_key(const Change& change) {
  SummaryKey key{change.kind, change.subject, {}, {}, std::nullopt};
  if (change.kind == ChangeKind::level_changed) {
    key.old_level = change.old_level;
    key.new_level = change.new_level;
  }
  // Changed and moved items are grouped by id whatever their kinds.
  bool moved = change.kind == ChangeKind::provision_changed || change.kind == ChangeKind::escalation_moved;
  if (has_item_kind(change.kind) && !moved) key.item_kind = change_item_kind(change);
  return key;
}

void DiffSummary::add(const PupilChange& pupil) {
  ++read;
  switch (pupil.status) {
    case PupilChange::Status::unchanged: ++unchanged; return;
    case PupilChange::Status::rejected: ++rejected; return;
    case PupilChange::Status::changed: ++changed; break;
  }
  // Two changes of one pupil can share a key (two rejections with one code,
  // say): the pupil is still one pupil.
  std::set<SummaryKey> seen;
  if (std::any_of(pupil.changes.begin(), pupil.changes.end(), statute_lost)) ++statute_lost_pupils;
  for (const auto& change : pupil.changes) {
    SummaryKey key = summary_key(change);
    if (!seen.insert(key).second) continue;
    changes[key].pupils.push_back(pupil.name());
  }
}

}  // namespace apdr::diff
