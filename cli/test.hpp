#pragma once
// `apdr test [--coverage] [--name PATTERN] PATH...`: runs the *.test.yaml
// cases under each PATH (docs/rule-tests.md), prints each failing case with a
// diff, optionally the rules no case fired, and ends with `N passed, N failed`.
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace apdr::cli {

struct TestOptions {
  bool coverage = false;
  std::string name;                 // run only cases whose name contains this; empty = all
  std::vector<std::string> paths;   // test files or folders
  std::string root;                 // the folder a test file's rules and profiles must lie in; empty: its own
};

// Adds the `test` subcommand to `app`, filling `options` when it is parsed.
CLI::App* add_test_command(CLI::App& app, TestOptions& options);

// Returns 0 when every case passed, 1 when any failed, 2 when a path, a test
// file or the rule set it tests is invalid (the valid files still run).
int run_test(const TestOptions& options);

}  // namespace apdr::cli
