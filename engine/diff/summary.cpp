#include "diff/summary.hpp"

#include <set>

namespace apdr::diff {

SummaryKey summary_key(const Change& change) {
  SummaryKey key{change.kind, change.subject, {}, {}};
  if (change.kind == ChangeKind::level_changed) {
    key.old_level = change.old_level;
    key.new_level = change.new_level;
  }
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
  for (const auto& change : pupil.changes) {
    SummaryKey key = summary_key(change);
    if (!seen.insert(key).second) continue;
    changes[key].pupils.push_back(pupil.name());
  }
}

}  // namespace apdr::diff
