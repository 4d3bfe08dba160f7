#pragma once
// `apdr eval [--rules FILE] [--as-of DATE] [--format text|json|markdown|html] [--explain] [--compact] PROFILE`:
// evaluates one pupil's profile and prints what should be in place, what
// happens next and by when; with --explain (text or JSON), also why each
// rule fired or did not.
#include <string>

#include <CLI/CLI.hpp>

namespace apdr::cli {

struct EvalOptions {
  std::string rules;    // a rule set path, "-", or "apdr:NAME"; default apdr:national
  std::string as_of;    // YYYY-MM-DD, checked when the verb runs; empty = profile's or today
  std::string format = "text";
  bool explain = false; // add every rule's explanation (text and json only)
  bool compact = false; // json without the wording for people (titles, plain words)
  std::string profile;  // a path, or "-" for standard input
};

// Adds the `eval` subcommand to `app`, filling `options` when it is parsed.
CLI::App* add_eval_command(CLI::App& app, EvalOptions& options);

// Runs the verb and returns its exit code (see exit_code.hpp).
int run_eval(const EvalOptions& options);

}  // namespace apdr::cli
