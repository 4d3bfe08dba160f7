#pragma once
// Runs a whole cohort through two rule sets and compares each pupil's two
// results. Rows are read, validated under each rule set, evaluated and
// compared one at a time, in input order, so memory stays flat however long
// the cohort is (the summary keeps only the ids of pupils that changed).
// Nothing here prints: the caller's DiffSink decides where each row goes.
#include <optional>

#include "compile/program.hpp"
#include "diff/change.hpp"
#include "diff/summary.hpp"
#include "profile/cohort.hpp"

namespace apdr::diff {

struct DiffOptions {
  std::optional<Date> as_of;  // the evaluation date of every row, on both sides
  Date today;                 // for rows with no as_of of their own
};

class DiffSink {
 public:
  virtual ~DiffSink() = default;
  // Every row, unchanged ones included, in input order. False stops the run
  // (a write failed).
  virtual bool pupil(const PupilChange& pupil) = 0;
};

struct DiffOutcome {
  DiffSummary summary;
  bool stopped = false;                       // the sink refused a row
  std::optional<profile::CohortRow> failure;  // the cohort could not be read further (bad CSV header)
};

// The schema a cohort reader needs to read rows meant for either rule set:
// the CSV header may name an input that either one declares.
profile::Schema either_schema(const profile::Schema& old_schema, const profile::Schema& new_schema);

// Validates one row under both rule sets and compares what each makes of
// it. A row both reject is `rejected`; a row one side rejects is `changed`,
// with a rejected_under_* change carrying that side's errors.
PupilChange diff_row(const run::Program& old_program, const run::Program& new_program,
                     const profile::CohortReader& reader, profile::CohortRecord record,
                     const DiffOptions& options);

// Every row of the cohort, through diff_row, to `sink`. `reader` should
// have been made with either_schema() of the two programs.
DiffOutcome diff_cohort(const run::Program& old_program, const run::Program& new_program,
                        profile::CohortReader& reader, const DiffOptions& options, DiffSink& sink);

}  // namespace apdr::diff
