#include "diff/change.hpp"

#include <fmt/format.h>

namespace apdr::diff {

std::string_view change_label(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::rejected_under_new: return "rejected under new";
    case ChangeKind::rejected_under_old: return "rejected under old";
    case ChangeKind::level_changed: return "level changed";
    case ChangeKind::provision_gained: return "provision gained";
    case ChangeKind::provision_lost: return "provision lost";
    case ChangeKind::provision_changed: return "provision changed";
    case ChangeKind::escalation_added: return "escalation added";
    case ChangeKind::escalation_removed: return "escalation removed";
    case ChangeKind::escalation_moved: return "escalation moved";
    case ChangeKind::information_added: return "information added";
    case ChangeKind::information_removed: return "information removed";
    case ChangeKind::undetermined_added: return "undetermined added";
    case ChangeKind::undetermined_removed: return "undetermined removed";
  }
  return "changed";
}

bool has_item_kind(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::provision_gained:
    case ChangeKind::provision_lost:
    case ChangeKind::provision_changed:
    case ChangeKind::escalation_added:
    case ChangeKind::escalation_removed:
    case ChangeKind::escalation_moved:
    case ChangeKind::information_added:
    case ChangeKind::information_removed:
      return true;
    default:
      return false;
  }
}

Kind change_item_kind(const Change& change) {
  switch (change.kind) {
    case ChangeKind::provision_lost:
    case ChangeKind::escalation_removed:
    case ChangeKind::information_removed:
      return change.old_kind;
    default:
      return change.new_kind;
  }
}

bool statute_lost(const Change& change) {
  switch (change.kind) {
    case ChangeKind::provision_lost:
    case ChangeKind::escalation_removed:
    case ChangeKind::information_removed:
      return change.old_kind == Kind::statute;
    default:
      return false;
  }
}

std::string PupilChange::name() const { return pupil.empty() ? fmt::format("row {}", row) : pupil; }

}  // namespace apdr::diff
