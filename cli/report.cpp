#include "report.hpp"

#include <iostream>

#include <apdr/engine.hpp>

#include "evaluate_profile.hpp"
#include "exit_code.hpp"
#include "write_output.hpp"
#include "render/html.hpp"
#include "render/ics.hpp"
#include "render/report_markdown.hpp"

namespace apdr::cli {

CLI::App* add_report_command(CLI::App& app, ReportOptions& options) {
  options.rules = default_rules;
  CLI::App* report = app.add_subcommand(
      "report", "Write a printable report for a pupil (or its dates as a calendar file): key points, next steps, provision, law and policy");
  report->add_option("--rules", options.rules,
                     "Rule set file, - for standard input, or apdr:NAME for an embedded one")
      ->capture_default_str();
  report->add_option("--as-of", options.as_of,
                     "Evaluation date YYYY-MM-DD (default: the profile's as_of, else today)");
  report->add_option("--format", options.format, "Output format")
      ->check(CLI::IsMember({"markdown", "html", "ics"}))
      ->capture_default_str();
  report->add_option("-o,--output", options.output, "Write the report to this file instead of standard output");
  report->add_option("PROFILE", options.profile, "Profile file (YAML or JSON), or - for standard input")
      ->required();
  return report;
}

int run_report(const ReportOptions& options) {
  const std::vector<std::string> inputs = {options.profile, options.rules};
  if (int refused = refuse_output(options.output, inputs); refused != exit_ok) return refused;
  auto result = evaluate_profile(options.rules, options.profile, options.as_of);
  if (!result) return exit_invalid_input;
  std::string document = options.format == "markdown" ? render::render_report_markdown(*result)
                         : options.format == "ics"    ? render::render_ics(*result)
                                                      : render::render_html(*result);
  return write_document(options.output, document, options.format == "ics" ? "the calendar" : "the report", inputs);
}

}  // namespace apdr::cli
