#pragma once
// A *.test.yaml file as read (docs/rule-tests.md): the rule set it tests and
// its cases, each with the profile to evaluate and what must hold of the
// result. Every part keeps its position, so a failure or a bad id points at
// the line of the test file that says it.
#include <optional>
#include <string>
#include <vector>

#include "core/area.hpp"
#include "core/date.hpp"
#include "core/source.hpp"
#include "yaml/read_yaml.hpp"

namespace apdr::ruletest {

// An id a case names (a provision item, step, information entry or rule),
// with where it is written.
struct NamedId {
  std::string id;
  SourceLocation where;
};

// `levels: { semh: sen_support }`: one area's level must be exactly this;
// `levels: { semh: none }`: the area must not be listed at all.
struct LevelExpectation {
  Area area = Area::semh;
  std::string level;                     // "none" when `absent`
  SourceLocation where;
  bool absent = false;
};

// One item of `escalate`: the step must be listed; `due`, `overdue` and
// `kind` (what the step rests on: statute, guidance, local-policy) are
// checked only when given.
// The date one kind of rule gives a step (DESIGN "Evaluation" 4).
struct DeadlineExpectation {
  Kind kind = Kind::statute;
  Date due;
  SourceLocation where;
};

struct EscalationExpectation {
  NamedId step;
  std::optional<Date> due;
  std::optional<bool> overdue;
  std::optional<Kind> kind;
  std::vector<DeadlineExpectation> deadlines;     // each must be among the step's deadlines
  std::optional<std::vector<std::string>> missing;  // the step has no date and lacks exactly these facts
  std::optional<std::vector<std::string>> assumes;  // the step's date rests on exactly these defaults ([] none)
};

// `undetermined: [ { rule: low-attendance, missing: [attendance] } ]`: the
// rule (or provision item) must be undetermined; `missing` (the facts it
// lacks, as a set) and `reason` are checked only when given. A bare id is
// the entry with neither.
struct UndeterminedExpectation {
  NamedId rule;
  std::optional<std::vector<std::string>> missing;
  std::optional<std::string> reason;     // "missing" or "cannot-compute"
};

// Where `only: true` is written for each expectation that takes it; unset
// when the case does not ask for the exact set.
struct ExactSets {
  std::optional<SourceLocation> levels, provide, gaps, escalate, inform, undetermined;
};

// Where a case's profile comes from: a file (resolved against the test
// file's folder) or a mapping written inline in the test file.
struct ProfileSource {
  std::string path;                      // empty for an inline profile
  yaml::NodePtr inline_tree;      // null for a file
  SourceLocation where;                  // the `profile:` value
};

struct TestCase {
  std::string name;
  SourceLocation where;                  // the case's first line, for "file:line: name"
  std::string source;                    // `source:`, where the expectation comes from
  ProfileSource profile;
  std::optional<Date> as_of;
  std::vector<LevelExpectation> levels;
  std::vector<NamedId> provide, not_provide, gaps;
  std::vector<EscalationExpectation> escalate;
  std::vector<NamedId> not_escalate;
  std::vector<NamedId> inform, not_inform;
  std::vector<UndeterminedExpectation> undetermined;
  std::vector<NamedId> fires, not_fires;
  ExactSets only;
};

struct TestFile {
  std::string path;                      // as the user named it (or as found under a folder)
  std::string rules;                     // path (resolved against the test file) or apdr:NAME
  SourceLocation rules_where;            // the `rules:` value, or the file's first line by default
  std::optional<Date> as_of;
  std::vector<TestCase> cases;
};

}  // namespace apdr::ruletest
