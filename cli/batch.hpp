#pragma once
// `apdr batch [--rules FILE] [-o FILE] [--format jsonl|csv] [--rows pupils|steps]
// [--jobs N] [--summary FILE] COHORT`: evaluates a whole SEN register or an LA's cohort,
// one result per pupil in input order, every row accounted for.
// docs/batch.md describes the output, the summary and the exit codes.
#include <string>

#include <CLI/CLI.hpp>

namespace apdr::cli {

struct BatchOptions {
  std::string rules;          // a rule set path, "-", or "apdr:NAME"; default apdr:national
  std::string output = "-";   // a path, or "-" for standard output
  std::string format = "jsonl";
  std::string rows = "pupils";  // CSV: one record per pupil, or per pupil and step
  std::string cohort_format;  // jsonl | csv; empty: from COHORT's extension (jsonl for "-")
  std::string columns;        // a column map (MAP.yaml) for a school's own CSV export; empty: none
  unsigned jobs = 0;          // 0: one per core
  std::string summary;        // a path ("-" for standard output); empty: none
  std::string summary_format; // markdown | json | html; empty: from the summary's extension
  std::string as_of;          // YYYY-MM-DD overriding every row's as_of
  bool compact = false;       // JSON Lines without the wording for people
  bool progress = true;       // a progress bar on standard error, when it is a terminal
  std::string cohort;         // a path, or "-" for standard input
};

// Adds the `batch` subcommand to `app`, filling `options` when it is parsed.
CLI::App* add_batch_command(CLI::App& app, BatchOptions& options);

// Runs the verb: 0 when every row was evaluated, 1 when some were rejected,
// 2 for invalid rules or arguments or an unreadable cohort, 3 when the
// output could not be written.
int run_batch(const BatchOptions& options);

}  // namespace apdr::cli
