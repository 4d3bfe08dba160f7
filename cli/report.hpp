#pragma once
// `apdr report [--rules FILE] [--as-of DATE] [--format markdown|html|ics] [-o FILE] PROFILE`:
// the family report, a printable document a parent carer or a SENCO can
// take to a meeting (render/html.hpp, render/report_markdown.hpp), or its dated steps as an
// iCalendar file (render/ics.hpp).
#include <string>

#include <CLI/CLI.hpp>

namespace apdr::cli {

struct ReportOptions {
  std::string rules;    // a rule set path, "-", or "apdr:NAME"; default apdr:national
  std::string as_of;    // YYYY-MM-DD; empty = the profile's as_of, else today
  std::string format = "html";
  std::string output;   // a file written atomically; empty = standard output
  std::string profile;  // a path, or "-" for standard input
};

// Adds the `report` subcommand to `app`, filling `options` when it is parsed.
CLI::App* add_report_command(CLI::App& app, ReportOptions& options);

// Runs the verb and returns its exit code (see exit_code.hpp).
int run_report(const ReportOptions& options);

}  // namespace apdr::cli
