#include "ask.hpp"

#include <fstream>
#include <iostream>

#include <unistd.h>

#include <apdr/engine.hpp>

#include "ask_interview.hpp"
#include "ask_toolkit.hpp"
#include "atomic_file.hpp"
#include "date_argument.hpp"
#include "exit_code.hpp"
#include "write_output.hpp"
#include "print_diagnostics.hpp"
#include "letter.hpp"
#include "profile/load_profile.hpp"
#include "render/family_text.hpp"
#include "render/letter.hpp"
#include "terminal.hpp"

namespace apdr::cli {

namespace {

// At the end of the conversation: the letter asking for an assessment,
// when no plan and no request are on record.
void offer_letter(const Program& program, const ask::DraftProfile& draft, ask::Prompter& prompter,
                  const std::string& save, const std::string& rules) {
  if (draft.level == "ehc_plan" || draft.ehc.count("requested") || prompter.exhausted()) return;
  auto want = prompter.ask<bool>(
      "Would you like a letter to the local authority asking for an EHC needs assessment? apdr writes it "
      "from your answers, with the date by which the local authority must reply; you add the names and "
      "addresses. (yes / no)",
      [](std::string_view a) { return ask::read_yes_no(a); });
  auto* yes = std::get_if<bool>(&want);
  if (!yes || !*yes) return;
  SourceStore sources;
  Diagnostics diagnostics;
  auto profile = profile::load_profile_text("answers", ask::to_yaml(draft), profile_schema(program), sources,
                                            diagnostics);
  std::optional<render::LetterFacts> facts;
  if (profile && !diagnostics.has_errors()) facts = letter_facts(program, *profile, draft.as_of, diagnostics);
  if (!facts) {
    std::cout.flush();
    print_diagnostics(diagnostics, sources);
    return;
  }
  std::string rule(78, '-');
  std::cout << rule << '\n' << render::render_letter(*facts, render::LetterFormat::text) << rule << '\n';
  std::cout << "Fill in the parts in [square brackets], then send it to your local authority's SEND team, "
               "by email if you can, and keep a copy with the date you sent it.\n";
  if (!save.empty()) {
    std::string rules_argument = rules == default_rules ? "" : "--rules " + rules + " ";
    std::cout << "To write it to a file you can edit: apdr letter request-assessment " << rules_argument
              << "-o letter.html --format html " << save << "\n";
  }
}

}  // namespace

CLI::App* add_ask_command(CLI::App& app, AskOptions& options) {
  CLI::App* ask = app.add_subcommand(
      "ask", "Answer a few questions in plain English and get a report on your child's support");
  ask->add_option("--rules", options.rules,
                  "Rule set file, or apdr:NAME for an embedded one (default: ask which local toolkit to use, "
                  "else apdr:national)");
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
  std::istream& in = answers_file.is_open() ? static_cast<std::istream&>(answers_file) : std::cin;
  // A person typing sees their own answer; piped answers are echoed so the
  // transcript shows them.
  bool echo = answers_file.is_open() || ::isatty(0) != 1;
  ask::Prompter prompter(in, std::cout, echo);
  ask::say_welcome(prompter);
  // Without --rules, the parent chooses a toolkit by its area's name.
  std::string rules = options.rules.empty() ? ask::ask_toolkit(prompter, ask::shipped_toolkits(), default_rules)
                                            : options.rules;

  auto program = build_program(rules, sources, diagnostics);
  print_diagnostics(diagnostics, sources);
  if (!program) return exit_invalid_input;

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
  }
  std::cout << "Thank you. Here is what the rules say about your child's support.\n\n";
  std::cout << render::render_family_text(*result);
  offer_letter(*program, draft, prompter, options.save, rules);

  // The hints come after the report, so the report is what is read first.
  std::string rules_argument = rules == default_rules ? "" : "--rules " + rules + " ";
  std::cout << '\n';
  if (!options.save.empty()) {
    std::cout << "Your answers are saved in " << options.save << ".\n";
    std::cout << "To print this report for a school meeting (A4): apdr report " << rules_argument
              << "-o report.html " << options.save << ", then open report.html in a web browser and print it.\n";
    std::cout << "To put the dates in your calendar: apdr report " << rules_argument << "--format ics -o dates.ics "
              << options.save << "\n";
  } else {
    std::cout << "To keep your answers and print this report, run apdr ask again with --save answers.yaml.\n";
  }
  return finish_standard_output("the report");
}

}  // namespace apdr::cli
