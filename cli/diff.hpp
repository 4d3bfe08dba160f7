#pragma once
// `apdr diff OLD NEW --cohort COHORT [--exit-code] [--format text|json]
// [--as-of DATE] [--cohort-format jsonl|csv]`: evaluates every pupil of a
// cohort under two rule sets and reports, per pupil, what a change of
// toolkit would change, then how many pupils each change touches.
// docs/diff.md describes the output and the exit codes.
#include <string>

#include <CLI/CLI.hpp>

namespace apdr::cli {

struct DiffOptions {
  std::string old_rules;      // a rule set path, "-", or "apdr:NAME"
  std::string new_rules;
  std::string cohort;         // a path, or "-" for standard input
  std::string cohort_format;  // jsonl | csv; empty: from the cohort's extension (jsonl for "-")
  std::string columns;        // a column map (MAP.yaml) for a school's own CSV export; empty: none
  std::string format = "text";
  std::string as_of;          // YYYY-MM-DD for every row on both sides; empty: each row's own, else today
  bool exit_code = false;     // exit 1 when any pupil changed
};

// Adds the `diff` subcommand to `app`, filling `options` when it is parsed.
CLI::App* add_diff_command(CLI::App& app, DiffOptions& options);

// Runs the verb: 0 when done (or, with --exit-code, when nothing changed),
// 1 with --exit-code when some pupil changed, 2 for invalid rule sets,
// arguments or an unreadable cohort, 3 when the output could not be written.
int run_diff(const DiffOptions& options);

}  // namespace apdr::cli
