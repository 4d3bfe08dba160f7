#pragma once
// What a change of rule set does to one pupil: the differences between the
// pupil's result under the old rule set and under the new one. Plain data;
// the text and JSON renderers word it, the summary counts it.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/area.hpp"
#include "core/date.hpp"
#include "core/diagnostic.hpp"

namespace apdr::diff {

// In the order a pupil's changes are listed and the summary is sorted.
enum class ChangeKind {
  rejected_under_new,    // the row is valid under the old rule set only
  rejected_under_old,    // the row is valid under the new rule set only
  level_changed,
  provision_gained,
  provision_lost,
  provision_changed,     // still expected, but in place ↔ gap, or its kind, changed
  escalation_added,
  escalation_removed,
  escalation_moved,      // its due date (and so maybe whether it is overdue) changed
  information_added,
  information_removed,
  undetermined_added,
  undetermined_removed,
};

// "provision gained", "escalation moved", …: the words used in text and as
// the `change` value in JSON. Stable: scripts match on them.
std::string_view change_label(ChangeKind kind);

// One difference. `subject` names what changed: an area id (levels), a
// provision item, a step, an information entry, a rule or provision item
// (undetermined), or the first error's code (rejected). Which of the other
// fields mean something depends on the kind, as noted.
struct Change {
  ChangeKind kind = ChangeKind::level_changed;
  std::string subject;
  // level_changed: the local level ids; empty when the area had no level on that side.
  std::string old_level, new_level;
  // escalation_*: due dates (nullopt: no date) and overdue, on each side that has the step.
  std::optional<Date> old_due, new_due;
  bool old_overdue = false, new_overdue = false;
  // provision_*: in place, a gap or not recorded (nullopt), on each side
  // that has the item.
  std::optional<bool> old_in_place, new_in_place;
  // provision_*, escalation_*, information_*: the kind behind the item
  // (statute, guidance, local policy) on each side that has it.
  Kind old_kind = Kind::local_policy, new_kind = Kind::local_policy;
  // undetermined_*: the facts it lacks (on the side where it is undetermined),
  // and whether the subject is a provision item rather than a rule.
  std::vector<std::string> missing;
  bool is_provision = false;
  // rejected_under_*: why the row is invalid under that rule set.
  Diagnostics errors;
};

// Whether `change` takes away something that rests on statute: a statutory
// provision item, step or information entry the new rule set no longer
// gives. A local change must never do that quietly, so output marks it.
bool statute_lost(const Change& change);

// The kind of the side that has the item (gained/added: new; lost/removed:
// old; changed/moved: new).
Kind change_item_kind(const Change& change);

// Whether the change is about an item that has a kind (provision, a step,
// information), so the kind is shown beside it.
bool has_item_kind(ChangeKind kind);

// One row of the cohort, compared.
struct PupilChange {
  enum class Status {
    unchanged,  // valid under both rule sets, and the results agree
    changed,    // `changes` lists every difference (a rejection under one side is one)
    rejected,   // invalid under both rule sets: nothing to compare; `errors` says why
  };
  Status status = Status::unchanged;
  std::size_t row = 0;     // 1-based among data rows, as batch counts them
  std::size_t line = 0;    // the line of the input where the row starts
  std::string pupil;       // the profile id; empty when the row is invalid under both
  std::vector<Change> changes;
  Diagnostics errors;      // rejected: the old rule set's reasons (the new ones are usually the same)

  // The pupil id, or "row N" when the row is too broken to have one.
  std::string name() const;
};

}  // namespace apdr::diff
