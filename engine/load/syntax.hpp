#pragma once
// The rule-set syntax tree: what the YAML said, with a position for every
// value and nothing resolved yet. Names are still strings; expressions are
// still text (parsed, with their position map, but not type-checked). The
// checker turns a Chain of these into a checked model.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/source.hpp"
#include "expression/tree.hpp"

namespace apdr::syntax {

// A YAML scalar and where it stood.
struct Scalar {
  std::string value;
  SourceLocation where;
};

// An expression written in a YAML scalar. `tree` is null when the text did
// not parse (the loader has already reported why).
struct Expression {
  std::string text;
  SourceLocation where;        // the scalar's first character in the file
  expr::NodePtr tree;
  // Maps a byte offset in `text` to the file position of that character.
  // Exact for plain and simple quoted scalars; for block or escaped scalars
  // it falls back to the scalar's start.
  SourceLocation locate(std::uint32_t offset) const;

  // Set by the loader: the file text the scalar came from, and whether the
  // scalar's text stands verbatim in it from `text_start` (byte offset).
  const std::string* file_text = nullptr;
  std::size_t text_start = 0;
  bool verbatim = false;
};

struct Window {
  std::optional<Date> from;
  std::optional<Date> to;
  SourceLocation where;
};

struct SourceEntry {            // sources: { cop: { title, published, url } }
  Scalar id;
  Scalar title;
  std::optional<Scalar> published;  // "2015-01" or a date, kept as text
  std::optional<Scalar> url;
  std::optional<Scalar> publisher;
  std::optional<Scalar> note;
  // The address of one section of the source: an https URL holding `{n}`,
  // which a citation `id#s36(8)` fills with the locator's first number (36).
  std::optional<Scalar> section_url;
  // The word for a locator in a citation's label ("section", "regulation",
  // "rule", "paragraph"): `id#s36(8)` reads "TITLE, section 36(8)".
  std::optional<Scalar> section_name;
};

struct Level {
  Scalar id;
  Scalar title;
  std::optional<Scalar> national;  // the root level this one sits within
  std::optional<Scalar> census;    // root levels: the school census SEN provision code (N, K, E)
  std::optional<Scalar> plain;
  std::optional<Scalar> description;
  SourceLocation where;
};

struct Parameter {
  Scalar name;
  Expression value;  // a constant expression: 12 weeks, 2, true, 2026-09-01, "text"
};

struct Input {
  Scalar name;
  Scalar type;                       // number | integer | percent | bool | date | duration | text | one_of | list
  std::vector<Scalar> values;        // for one_of
  std::optional<Scalar> of;          // for list: the item type (default text)
  std::optional<Scalar> question;
  std::optional<Scalar> plain;
  std::optional<Scalar> source;
  SourceLocation where;
};

struct Derived {
  Scalar name;
  Expression value;
};

// Keys every catalogue entry may carry.
struct EntryCommon {
  Scalar id;
  std::optional<Scalar> title;
  std::optional<Scalar> plain;
  std::optional<Scalar> description;
  std::optional<Scalar> source;   // "cop#6.59": a declared source id, then an optional locator
  std::optional<Scalar> kind;     // statute | guidance | local-policy
  std::optional<Window> effective;
  bool override_ = false;
  SourceLocation where;           // the entry's key
};

struct Provision : EntryCommon {
  std::optional<Scalar> area;     // an area id or `all` (required)
  std::optional<Scalar> level;    // a level id (local or root); default: the lowest level
  std::optional<Expression> when;
};

struct Step : EntryCommon {
  std::vector<Scalar> who;
};

struct Information : EntryCommon {
  std::optional<Scalar> text;
};

struct Escalation {
  Scalar step;
  std::optional<Expression> due;
  SourceLocation where;
};

struct LevelAction {
  Scalar area;
  Scalar level;
};

struct Action {
  std::vector<LevelAction> levels;
  std::vector<Scalar> provide;
  std::vector<Escalation> escalate;
  std::vector<Scalar> inform;
  SourceLocation where;
};

struct Rule {
  Scalar id;
  std::optional<Scalar> kind;     // required; its absence is reported by the checker (E048)
  std::optional<Scalar> area;
  std::optional<Scalar> title;
  std::optional<Expression> when; // absent: always
  Action then;
  std::optional<Scalar> because;
  std::optional<Scalar> plain;
  std::optional<Scalar> source;
  std::optional<Window> effective;
  bool override_ = false;
  SourceLocation where;
};

// One day of `calendar.holidays` that is not a working day.
struct Holiday {
  Date date;
  Scalar date_text;
  Scalar title;
  Scalar source;
};

// `calendar:` of one rule set, its included files' merged in.
struct Calendar {
  std::vector<Scalar> weekend;                  // day names, Monday first in the list of allowed ones
  std::optional<SourceLocation> weekend_where;  // where `weekend` was given (once per rule set)
  std::vector<Holiday> holidays;
  std::optional<Date> listed_through;
  std::optional<SourceLocation> listed_through_where;
};

struct Removal {
  std::vector<Scalar> rules;
  std::vector<Scalar> provision;
  std::vector<Scalar> steps;
  std::vector<Scalar> information;
};

// One rule set: its main file with every included file merged in, entries
// in the order they were read (main file first, then includes in order).
struct RuleSet {
  std::string file;                 // the main file as displayed in messages
  std::string folder;               // its folder (canonical), the include root
  Scalar id;
  std::optional<Scalar> title;
  std::optional<Scalar> description;
  std::optional<Scalar> jurisdiction;
  std::optional<Scalar> status;     // in-force (default) | proposed | draft
  std::optional<Scalar> version;
  std::optional<Scalar> extends;
  std::optional<Window> effective;
  SourceLocation where;             // the start of the main file

  std::vector<SourceEntry> sources;
  std::vector<Level> levels;        // empty when this rule set keeps its parent's ladder
  std::optional<SourceLocation> levels_where;
  Calendar calendar;
  std::vector<Parameter> parameters;
  std::vector<Input> inputs;
  std::vector<Derived> derive;
  std::vector<Provision> provision;
  std::vector<Step> steps;
  std::vector<Information> information;
  std::vector<Rule> rules;
  Removal remove;
  // `lint: { allow: [W013] }`: warning codes `apdr check` does not report on
  // the entries of this file and its includes. Not inherited: an overlay
  // speaks for its own entries only (docs/lint.md).
  std::vector<Scalar> lint_allow;
};

// A rule set with everything it extends: root first, the requested set last.
struct Chain {
  std::vector<RuleSet> sets;
};

}  // namespace apdr::syntax
