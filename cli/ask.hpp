#pragma once
// `apdr ask [--rules FILE] [--answers FILE] [--save PROFILE] [--as-of DATE]`:
// a conversation in plain English for a parent carer, ending with the
// report in the terminal. Answers come from the keyboard, from a file, or
// piped on standard input, one per line.
#include <string>

#include <CLI/CLI.hpp>

namespace apdr::cli {

struct AskOptions {
  std::string rules;    // a rule set path or "apdr:NAME"; empty = ask which toolkit (apdr:national when none)
  std::string answers;  // a file of answers, one per line; empty = standard input
  std::string save;     // where to save the profile built from the answers; empty = nowhere
  std::string as_of;    // YYYY-MM-DD; empty = today
};

// Adds the `ask` subcommand to `app`, filling `options` when it is parsed.
CLI::App* add_ask_command(CLI::App& app, AskOptions& options);

// Runs the conversation and returns its exit code (see exit_code.hpp).
int run_ask(const AskOptions& options);

}  // namespace apdr::cli
