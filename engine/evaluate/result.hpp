#pragma once
// What evaluation says about one pupil, in the deterministic order of
// DESIGN.md's output; renderers turn it into text, JSON, Markdown or HTML
// without recomputing anything.
//
// A Result is views, not copies: its texts are string_views into the
// program's model (ids, titles, plain words), and its lists are List views
// into arenas the Result owns. So a Result is move-only, and it is valid
// while its program is: `keep_alive` holds the program when the program was
// held by a shared_ptr (as run::compile returns it); otherwise the caller
// keeps the program alive for as long as the Result is read. Texts made
// fresh for one pupil (the profile's id, a citation's label) are copied into
// the Result's own text arena. clear() empties the arenas without freeing
// them, so a Result reused pupil after pupil stops allocating once warm.
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "core/area.hpp"
#include "core/date.hpp"
#include "core/source.hpp"
#include "evaluate/list.hpp"

namespace apdr::check {
struct Model;
}

namespace apdr::eval {

using Names = List<std::string_view>;

struct LevelResult {
  Area area;
  std::string_view level;        // local level id
  std::string_view level_title;
  std::string_view national;     // root level id it projects to
  Names by;                      // rules that raised it, or "profile" when stated or defaulted
};

struct ProvisionResult {
  std::string_view id;
  std::string_view area;         // an area id, or "all"
  std::string_view level;        // the item's level id
  std::string_view title;
  std::string_view plain;
  std::optional<bool> in_place;  // std::nullopt: the profile does not record what is in place
  Names by;                      // "level" and/or rule ids
  Kind kind = Kind::local_policy;
  std::string_view source;       // "oap#p12", or empty
};

// A tunable default of the rule set that a date rests on ("review_interval",
// "12 weeks"): the date is only as right as the default.
struct Assumption {
  std::string_view parameter;
  std::string_view value;
  bool operator==(const Assumption&) const = default;
};

// The earliest date that the rules of one kind give a step. A step called
// for by a statute rule and a guidance rule keeps both, so a guidance date
// never hides the statutory one.
struct Deadline {
  std::optional<Date> due;       // unknown when no rule of this kind gave a date
  Kind kind = Kind::local_policy;
  Names by;                      // the rules of this kind behind `due` (all of them when unknown)
  bool overdue = false;
  bool provisional = false;      // `due` counts working days past the calendar's list of holidays
  List<Assumption> assumes;      // the defaults `due` rests on
};

struct EscalationResult {
  std::string_view step;
  std::string_view title;
  std::string_view plain;
  Names who;
  std::optional<Date> due;       // the earliest of `deadlines`; unknown when none has a date
  bool overdue = false;
  bool provisional = false;      // as the deadline behind `due`
  List<Assumption> assumes;      // as the deadline behind `due`
  List<Deadline> deadlines;      // one per kind, earliest first, statute before guidance on a tie
  Names by;
  Kind kind = Kind::local_policy;   // the kind of the deadline behind `due`
  Names because;
  std::string_view source;
  // When no date could be worked out: the facts a due date needed and did
  // not have (render/questions.hpp words the questions that would give them).
  Names missing;
};

struct InformationResult {
  std::string_view id;
  std::string_view title;
  std::string_view text;
  std::string_view plain;
  Names by;
  Kind kind = Kind::local_policy;
  std::string_view source;
};

struct Undetermined {
  std::string_view rule;                // a rule id, or a provision item id when `is_provision`
  bool is_provision = false;
  Names missing;                        // facts, e.g. "ehc.decided", "attendance", "cycles(semh).outcome"
  // Reason `cannot-compute`: every fact it read was known, and still no value
  // came of them (a division by zero). `missing` is then empty: no question
  // would settle it, the rule set has to. `where` is the place in the file.
  bool cannot_compute = false;
  SourceLocation where;
  std::string_view why;                 // "a division by zero", …
};

// One citation of a source at a place in it: `cfa2014#s36(8)`.
struct Citation {
  std::string_view cite;   // the citation as the rule set writes it, "cfa2014#s36(8)"
  std::string_view label;  // "Children and Families Act 2014, section 36(8)"
  std::string_view url;    // the section's own https address when the source has `section_url`,
                           // else empty (the source's own `url` stands for it)
};

struct SourceInfo {
  std::string_view id;
  std::string_view title;
  std::string_view published;
  std::string_view url;
  List<Citation> citations;  // the places cited, locator order; none for a bare `id`
};

// Something a reader must know about the whole result, as facts;
// render/notice.hpp words it.
struct Notice {
  enum class What {
    proposal,          // `rule_set` is a proposal, not law
    draft,             // `rule_set` is a draft its authority has not published
    provisional_date,  // `due` for step `step` (its title) counts working days past `listed_through`
    not_in_force,      // rule set `rule_set` is not in force on `as_of`: it starts on `from`, or ended on `to`
  };
  What what = What::proposal;
  std::string_view rule_set;
  std::string_view step;            // the step's title (provisional_date)
  std::optional<Date> due;          // provisional_date
  std::optional<Date> listed_through;  // provisional_date
  Date as_of;                       // not_in_force
  std::optional<Date> from;         // not_in_force: takes effect on `from` (else it ended on `to`)
  std::optional<Date> to;
};

class Result {
 public:
  Result() = default;
  Result(const Result&) = delete;
  Result& operator=(const Result&) = delete;
  Result(Result&&) noexcept = default;
  Result& operator=(Result&&) noexcept = default;

  std::string_view profile;
  Date as_of;
  std::string_view rule_set;            // id of the requested rule set
  std::string_view rule_set_title;
  std::string_view status;              // "in-force", "proposed" or "draft"
  Names chain;                          // ids, root first
  std::vector<LevelResult> levels;
  std::vector<ProvisionResult> provision;
  Names gaps;                           // ids of provision known not to be in place, in provision order
  bool in_place_recorded = true;        // false: the profile does not record what is in place
  std::vector<EscalationResult> escalations;
  std::vector<InformationResult> information;
  std::vector<Undetermined> undetermined;
  std::vector<SourceInfo> sources;      // the sources the items above cite, by id
  std::vector<Notice> notices;          // e.g. the rule set is a proposal, not law

  // The model the views point into (null for a Result built by hand), and
  // its program held alive when it was shared (see the top of this file).
  const check::Model* model = nullptr;
  std::shared_ptr<const void> keep_alive;

  // Lists and texts that live as long as this Result's contents.
  Names names(std::span<const std::string_view> items) { return names_.copy(items); }
  Names names(std::initializer_list<std::string_view> items) { return names_.copy(items); }
  List<Assumption> assumptions(std::span<const Assumption> items) { return assumptions_.copy(items); }
  List<Deadline> deadlines(std::span<const Deadline> items) { return deadlines_.copy(items); }
  List<Citation> citations(std::span<const Citation> items) { return citations_.copy(items); }
  // A copy of `text` that lives as long as this Result's contents.
  std::string_view text(std::string_view text);

  // Empties the Result for the next pupil, keeping every room it has.
  void clear();

 private:
  Arena<std::string_view> names_;
  Arena<Assumption> assumptions_;
  Arena<Deadline> deadlines_;
  Arena<Citation> citations_;
  Arena<char> texts_;
};

}  // namespace apdr::eval
