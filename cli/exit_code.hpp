#pragma once
// The exit codes of every verb (DESIGN.md, "Exit codes"). Scripts depend on
// them, so they never change meaning.

namespace apdr::cli {

enum ExitCode : int {
  exit_ok = 0,              // success
  exit_no = 1,              // the answer is "no": check found errors, a test failed
  exit_invalid_input = 2,   // a rule set, profile or argument is invalid or unreadable
  exit_internal_error = 3,  // a bug or a broken machine, not the user's mistake
};

}  // namespace apdr::cli
