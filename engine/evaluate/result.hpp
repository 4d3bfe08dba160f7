#pragma once
// What evaluation says about one pupil. Plain data, in the deterministic
// order of DESIGN.md's output; renderers turn it into text, JSON, Markdown
// or HTML without recomputing anything.
#include <optional>
#include <string>
#include <vector>

#include "core/area.hpp"
#include "core/date.hpp"
#include "core/source.hpp"

namespace apdr::eval {

struct LevelResult {
  Area area;
  std::string level;             // local level id
  std::string level_title;
  std::string national;          // root level id it projects to
  std::vector<std::string> by;   // rules that raised it, or "profile" when stated or defaulted
};

struct ProvisionResult {
  std::string id;
  std::string area;              // an area id, or "all"
  std::string level;             // the item's level id
  std::string title;
  std::string plain;
  std::optional<bool> in_place;  // std::nullopt: the profile does not record what is in place
  std::vector<std::string> by;   // "level" and/or rule ids
  Kind kind = Kind::local_policy;
  std::string source;            // "oap#p12", or empty
};

// A tunable default of the rule set that a date rests on ("review_interval",
// "12 weeks"): the date is only as right as the default.
struct Assumption {
  std::string parameter;
  std::string value;
  bool operator==(const Assumption&) const = default;
};

// The earliest date that the rules of one kind give a step. A step called
// for by a statute rule and a guidance rule keeps both, so a guidance date
// never hides the statutory one.
struct Deadline {
  std::optional<Date> due;       // unknown when no rule of this kind gave a date
  Kind kind = Kind::local_policy;
  std::vector<std::string> by;   // the rules of this kind behind `due` (all of them when unknown)
  bool overdue = false;
  bool provisional = false;      // `due` counts working days past the calendar's list of holidays
  std::vector<Assumption> assumes;  // the defaults `due` rests on
};

struct EscalationResult {
  std::string step;
  std::string title;
  std::string plain;
  std::vector<std::string> who;
  std::optional<Date> due;       // the earliest of `deadlines`; unknown when none has a date
  bool overdue = false;
  bool provisional = false;      // as the deadline behind `due`
  std::vector<Assumption> assumes;  // as the deadline behind `due`
  std::vector<Deadline> deadlines;  // one per kind, earliest first, statute before guidance on a tie
  std::vector<std::string> by;
  Kind kind = Kind::local_policy;   // the kind of the deadline behind `due`
  std::vector<std::string> because;
  std::string source;
  // When no date could be worked out: the facts a due date needed and did
  // not have, and the questions that would give them.
  std::vector<std::string> missing;
  std::vector<std::string> questions;
};

struct InformationResult {
  std::string id;
  std::string title;
  std::string text;
  std::string plain;
  std::vector<std::string> by;
  Kind kind = Kind::local_policy;
  std::string source;
};

struct Undetermined {
  std::string rule;                     // a rule id, or a provision item id when `is_provision`
  bool is_provision = false;
  std::vector<std::string> missing;     // facts, e.g. "ehc.decided", "attendance", "cycles(semh).outcome"
  std::vector<std::string> questions;   // plain questions that would supply them
  // Reason `cannot-compute`: every fact it read was known, and still no value
  // came of them (a division by zero). `missing` is then empty: no question
  // would settle it, the rule set has to. `where` is the place in the file.
  bool cannot_compute = false;
  SourceLocation where;
  std::string why;                      // "a division by zero", …
};

// One citation of a source at a place in it: `cfa2014#s36(8)`.
struct Citation {
  std::string cite;   // the citation as the rule set writes it, "cfa2014#s36(8)"
  std::string label;  // "Children and Families Act 2014, section 36(8)"
  std::string url;    // the section's own https address when the source has `section_url`,
                      // else empty (the source's own `url` stands for it)
};

struct SourceInfo {
  std::string id;
  std::string title;
  std::string published;
  std::string url;
  std::vector<Citation> citations;  // the places cited, locator order; none for a bare `id`
};

struct Result {
  std::string profile;
  Date as_of;
  std::string rule_set;                 // id of the requested rule set
  std::string rule_set_title;
  std::string status;                   // "in-force", "proposed" or "draft"
  std::vector<std::string> chain;       // ids, root first
  std::vector<LevelResult> levels;
  std::vector<ProvisionResult> provision;
  std::vector<std::string> gaps;        // ids of provision known not to be in place, in provision order
  bool in_place_recorded = true;        // false: the profile does not record what is in place
  std::vector<EscalationResult> escalations;
  std::vector<InformationResult> information;
  std::vector<Undetermined> undetermined;
  std::vector<SourceInfo> sources;      // the sources the items above cite, by id
  std::vector<std::string> notices;     // e.g. "This rule set is a proposal, not law."
  // Every rule that fired, in rule order, whether or not it left a visible
  // trace above (a `level` action that changed nothing, say). For
  // `apdr test --coverage`; not part of the JSON output.
  std::vector<std::string> fired;
};

}  // namespace apdr::eval
