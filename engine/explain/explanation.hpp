#pragma once
// Why a rule fired or did not, for one pupil, as plain data in words: what
// `apdr explain` and `eval --explain` print. Built from a trace of the one
// evaluation (explain.hpp), so it always agrees with the result beside it.
#include <string>
#include <vector>

namespace apdr::explain {

// One sub-expression as it ran, or one element of a list that a `where`,
// count, any or all looked at.
struct Step {
  std::string text;            // the sub-expression written out; empty for an element
  std::string element;         // for an element: "cycle 2 of 3, started 2026-04-20"; else empty
  std::string value;           // what it produced, in words: "2", "yes", "no", "not known", "2026-08-21"
  std::string says;            // a plain sentence: "2 is at least cycles_before_specialist, which is 2."
  std::vector<Step> steps;     // the sub-expressions it ran, in the order they ran
};

enum class Outcome {
  fired,           // a rule's condition held (or it has none); an item's guard held
  not_fired,       // the condition, or guard, was false; or an item's level was not reached
  undetermined,    // unknown: the profile does not say enough
  not_applicable,  // never run: not in force on the date, or no need in the rule's area
};

// "fired", "not_fired", "undetermined", "not_applicable" (the JSON spelling).
const char* outcome_id(Outcome outcome);

// For an undetermined condition: what would decide it, each way.
struct Deciding {
  std::string fires_if;        // "attendance is below 90"
  std::string not_fires_if;    // "attendance is at least 90"
  std::vector<std::string> missing;    // facts, as in the result's `undetermined`
  std::vector<std::string> questions;  // plain questions that would supply them
  std::string cannot_compute;          // reason cannot-compute: "a division by zero at FILE:LINE:COLUMN"
};

// A fired rule's escalation with a due date, and how the date was worked out.
struct DueDate {
  std::string step;            // step id
  std::string due;             // YYYY-MM-DD, or "not known"
  Step how;                    // the due expression as it ran
};

struct Explanation {
  std::string id;
  bool is_provision = false;   // a provision item's guard rather than a rule
  std::string title;
  std::string kind;            // "statute", "guidance", "local-policy"
  std::string source;          // its citation, or empty
  std::string defined_at;      // file:line of its entry
  std::string area;            // an area id, "all", or empty for a rule with no area
  Outcome outcome = Outcome::not_applicable;
  std::string summary;         // one sentence: why this outcome
  std::string condition;       // the condition (or guard) written out; empty when there is none
  bool traced = false;         // `why` holds the condition's run
  Step why;
  Deciding deciding;           // only for Outcome::undetermined
  std::vector<std::string> actions;     // what it does when it fires, in words
  std::vector<DueDate> due_dates;       // a fired rule's due dates
  std::vector<std::string> provided_by; // an item: the rules that fired and provide it
};

}  // namespace apdr::explain
