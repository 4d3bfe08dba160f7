#include "report.hpp"

#include <iostream>

#include <apdr/engine.hpp>

#include "atomic_file.hpp"
#include "date_argument.hpp"
#include "exit_code.hpp"
#include "print_diagnostics.hpp"
#include "profile/load_profile.hpp"
#include "render/html.hpp"
#include "render/report_markdown.hpp"

namespace apdr::cli {

CLI::App* add_report_command(CLI::App& app, ReportOptions& options) {
  options.rules = default_rules;
  CLI::App* report = app.add_subcommand(
      "report", "Write a printable report for a pupil: needs, provision, next steps, law and policy");
  report->add_option("--rules", options.rules,
                     "Rule set file, - for standard input, or apdr:NAME for an embedded one")
      ->capture_default_str();
  report->add_option("--as-of", options.as_of,
                     "Evaluation date YYYY-MM-DD (default: the profile's as_of, else today)");
  report->add_option("--format", options.format, "Output format")
      ->check(CLI::IsMember({"markdown", "html"}))
      ->capture_default_str();
  report->add_option("-o,--output", options.output, "Write the report to this file instead of standard output");
  report->add_option("PROFILE", options.profile, "Profile file (YAML or JSON), or - for standard input")
      ->required();
  return report;
}

int run_report(const ReportOptions& options) {
  SourceStore sources;
  Diagnostics diagnostics;

  std::optional<Date> as_of;
  if (!options.as_of.empty()) {
    as_of = parse_date_argument("--as-of", options.as_of, diagnostics);
    if (!as_of) {
      print_diagnostics(diagnostics, sources);
      return exit_invalid_input;
    }
  }
  if (options.rules == "-" && options.profile == "-") {
    diagnostics.error(Code::BadArgument, {},
                      "--rules and PROFILE cannot both be read from standard input");
    print_diagnostics(diagnostics, sources);
    return exit_invalid_input;
  }

  auto program = build_program(options.rules, sources, diagnostics);
  if (!program) {
    print_diagnostics(diagnostics, sources);
    return exit_invalid_input;
  }
  auto profile =
      profile::load_profile_file(options.profile, profile_schema(*program), sources, diagnostics);
  print_diagnostics(diagnostics, sources);
  if (!profile || diagnostics.has_errors()) return exit_invalid_input;

  eval::Result result = evaluate(*program, *profile, as_of, local_today());
  std::string document = options.format == "markdown" ? render::render_report_markdown(result)
                                                      : render::render_html(result);
  if (!options.output.empty() && options.output != "-") {
    std::string error;
    if (!write_file_atomically(options.output, document, error)) {
      std::cerr << "error: " << error << '\n';
      return exit_invalid_input;
    }
    return exit_ok;
  }
  std::cout << document;
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "error: could not write the report to standard output\n";
    return exit_internal_error;
  }
  return exit_ok;
}

}  // namespace apdr::cli
