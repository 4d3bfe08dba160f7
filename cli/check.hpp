#pragma once
// `apdr check [--format text|json] [--allow CODE,...] [--no-group] RULESET...`:
// loads, type-checks and lints rule sets, the rule author's first tool.
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace apdr::cli {

struct CheckOptions {
  std::string format = "text";
  std::vector<std::string> rule_sets;  // paths, "-", or "apdr:NAME"
  std::vector<std::string> allow;      // warning codes not to report, "W013"
  bool no_group = false;               // text: every warning, even many of one code in one file
};

// Adds the `check` subcommand to `app`, filling `options` when it is parsed.
CLI::App* add_check_command(CLI::App& app, CheckOptions& options);

// Checks every rule set and returns 0 when none has errors (warnings are
// fine), 1 when any has errors, 2 when any could not be read at all.
int run_check(const CheckOptions& options);

}  // namespace apdr::cli
