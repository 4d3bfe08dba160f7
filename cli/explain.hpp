#pragma once
// `apdr explain [--rules FILE] [--as-of DATE] [--format text|json] --rule ID PROFILE`:
// why a rule fired, did not, or could not be decided for one pupil, as a
// tree of every sub-condition with the value it saw. --rule may name a
// provision item instead, to explain its guard; it may be given more than once.
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace apdr::cli {

struct ExplainOptions {
  std::string rules;               // a rule set path, "-", or "apdr:NAME"; default apdr:national
  std::vector<std::string> ids;    // --rule: rule or provision item ids
  std::string as_of;               // YYYY-MM-DD, checked when the verb runs
  std::string format = "text";
  std::string profile;             // a path, or "-" for standard input
};

// Adds the `explain` subcommand to `app`, filling `options` when it is parsed.
CLI::App* add_explain_command(CLI::App& app, ExplainOptions& options);

// Runs the verb and returns its exit code (see exit_code.hpp).
int run_explain(const ExplainOptions& options);

}  // namespace apdr::cli
