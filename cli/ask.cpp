#include "ask.hpp"

#include <fstream>
#include <iostream>

#include <unistd.h>

#include <apdr/engine.hpp>

#include "ask_interview.hpp"
#include "atomic_file.hpp"
#include "date_argument.hpp"
#include "exit_code.hpp"
#include "write_output.hpp"
#include "print_diagnostics.hpp"
#include "render/text.hpp"
#include "terminal.hpp"

namespace apdr::cli {

CLI::App* add_ask_command(CLI::App& app, AskOptions& options) {
  options.rules = default_rules;
  CLI::App* ask = app.add_subcommand(
      "ask", "Answer a few questions in plain English and get a report on your child's support");
  ask->add_option("--rules", options.rules, "Rule set file, or apdr:NAME for an embedded one")
      ->capture_default_str();
  ask->add_option("--answers", options.answers,
                  "Read the answers from this file, one per line, instead of the keyboard");
  ask->add_option("--save", options.save, "Save the answers as a profile (YAML) in this file");
  ask->add_option("--as-of", options.as_of, "The date to work things out on, YYYY-MM-DD (default: today)");
  return ask;
}

int run_ask(const AskOptions& options) {
  SourceStore sources;
  Diagnostics diagnostics;

  Date today = local_today();
  if (!options.as_of.empty()) {
    auto as_of = parse_date_argument("--as-of", options.as_of, diagnostics);
    if (!as_of) {
      print_diagnostics(diagnostics, sources);
      return exit_invalid_input;
    }
    today = *as_of;
  }
  if (options.rules == "-") {
    diagnostics.error(Code::BadArgument, {}, "--rules cannot be read from standard input: the answers are read from there");
    print_diagnostics(diagnostics, sources);
    return exit_invalid_input;
  }
  const std::vector<std::string> inputs = {options.rules, options.answers};
  if (int refused = refuse_output(options.save, inputs); refused != exit_ok) return refused;
  std::ifstream answers_file;
  if (!options.answers.empty() && options.answers != "-") {
    answers_file.open(options.answers);
    if (!answers_file) {
      diagnostics.error(Code::BadArgument, {}, "--answers: cannot read " + options.answers);
      print_diagnostics(diagnostics, sources);
      return exit_invalid_input;
    }
  }
  auto program = build_program(options.rules, sources, diagnostics);
  print_diagnostics(diagnostics, sources);
  if (!program) return exit_invalid_input;

  std::istream& in = answers_file.is_open() ? static_cast<std::istream&>(answers_file) : std::cin;
  // A person typing sees their own answer; piped answers are echoed so the
  // transcript shows them.
  bool echo = answers_file.is_open() || ::isatty(0) != 1;
  ask::Prompter prompter(in, std::cout, echo);
  ask::Interview interview(*program, prompter, today);
  ask::DraftProfile draft = interview.run();

  SourceStore draft_sources;
  Diagnostics draft_diagnostics;
  auto result = interview.evaluate_draft(draft, draft_sources, draft_diagnostics);
  if (!result) {
    std::cout.flush();
    print_diagnostics(draft_diagnostics, draft_sources);
    std::cerr << "internal error: the answers did not make a valid profile\n";
    return exit_internal_error;
  }
  if (!options.save.empty()) {
    std::string error;
    if (!write_file_atomically(options.save, ask::to_yaml(draft), error, inputs)) {
      std::cerr << "error: " << error << '\n';
      return exit_invalid_input;
    }
    std::cout << "Your answers are saved in " << options.save << ".\n";
    std::cout << "To print a report for a school meeting: apdr report -o report.html " << options.save << "\n\n";
  }
  std::cout << "Thank you. Here is what the rules say about your child's support.\n\n";
  render::Options render_options;
  render_options.colour = colour_allowed(1);
  std::cout << render::render_text(*result, render_options);
  return finish_standard_output("the report");
}

}  // namespace apdr::cli
