// apdr: the command line. Each verb lives in its own file and only parses
// flags, calls the engine and renders; this file wires them together and
// turns every way of failing into one of the documented exit codes.
#include <algorithm>
#include <exception>
#include <functional>
#include <memory>
#include <iostream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <CLI/CLI.hpp>

#include "batch.hpp"
#include "ask.hpp"
#include "check.hpp"
#include "diff.hpp"
#include "core/suggest.hpp"
#include "eval.hpp"
#include "explain.hpp"
#include "exit_code.hpp"
#include "load/load.hpp"
#include "embedded/embedded_files.hpp"
#include "print_diagnostics.hpp"
#include "letter.hpp"
#include "report.hpp"
#include "schema.hpp"
#include "standard_streams.hpp"
#include "test.hpp"

#ifndef APDR_VERSION
#define APDR_VERSION "unknown"
#endif

namespace {

// CLI11 would say only "A subcommand is required" for `apdr evla`; name the
// word it did not know and the commands it could have been.
bool is_unknown_command(int argc, char** argv, const std::vector<std::string>& commands) {
  if (argc < 2 || argv[1][0] == '-') return false;
  std::string word = argv[1];
  if (std::find(commands.begin(), commands.end(), word) != commands.end()) return false;
  apdr::Diagnostics diagnostics;
  std::vector<std::string> notes = apdr::did_you_mean(word, commands);
  // `evaluate` for `eval`, `exp` for `explain`: too far apart for a typo,
  // but plainly meant.
  if (notes.empty()) {
    for (const auto& command : commands) {
      if (word.size() >= 3 && (word.starts_with(command) || command.starts_with(word))) {
        notes.push_back("did you mean `" + command + "`?");
        break;
      }
    }
  }
  notes.push_back(fmt::format("the commands are {}; see apdr --help", fmt::join(commands, ", ")));
  diagnostics.error(apdr::Code::BadArgument, {}, "unknown command `" + word + "`", notes);
  apdr::SourceStore no_sources;
  apdr::cli::print_diagnostics(diagnostics, no_sources);
  return true;
}

// `apdr --version`: the program's version, and the id, version, status and
// effective dates of each rule set compiled into it, so a report can be
// traced to the rules that made it.
std::string version_text() {
  std::string out = "apdr " APDR_VERSION "\nembedded rule sets:\n";
  for (const auto& file : apdr::embedded::files()) {
    std::string_view path = file.path;
    if (!path.starts_with("national/") || !path.ends_with(".yaml") || path.ends_with(".test.yaml")) continue;
    std::string_view text = file.text;
    if (!text.starts_with("id:") && text.find("\nid:") == std::string_view::npos) continue;
    std::string name(path.substr(9, path.size() - 9 - 5));
    apdr::SourceStore sources;
    apdr::Diagnostics diagnostics;
    auto chain = apdr::load::load_chain("apdr:" + name, sources, diagnostics);
    if (!chain || chain->sets.empty()) continue;
    const auto& set = chain->sets.back();
    std::string dates = "no effective dates";
    if (set.effective && (set.effective->from || set.effective->to)) {
      dates = set.effective->from ? "effective from " + set.effective->from->iso() : "effective";
      if (set.effective->to) dates += " to " + set.effective->to->iso();
    }
    out += fmt::format("  apdr:{}: id {}, version {}, {}, {}\n", name, set.id.value,
                       set.version ? set.version->value : "unversioned",
                       set.status ? set.status->value : "in-force", dates);
  }
  out.pop_back();  // CLI11 ends the message with its own newline
  return out;
}

int run(int argc, char** argv) {
  using namespace apdr::cli;
  CLI::App app{"apdr: the SEND graduated approach (assess, plan, do, review) as rules", "apdr"};
  // A callback, not the text: working the text out loads every embedded rule
  // set, which would otherwise cost every command (11 ms) to serve --version.
  app.set_version_flag("--version", std::function<std::string()>(version_text));
  app.require_subcommand(1);

  // Each verb: its options live here, its parser is added to `app`, and
  // `run` is called when it was the one named. Adding a verb is one line.
  struct Verb {
    CLI::App* command;
    std::function<int()> run;
  };
  std::vector<Verb> verbs;
  auto add = [&]<typename Options>(CLI::App* (*add_command)(CLI::App&, Options&),
                                   int (*run_verb)(const Options&)) {
    auto options = std::make_shared<Options>();
    verbs.push_back({add_command(app, *options), [options, run_verb] { return run_verb(*options); }});
  };
  add(add_eval_command, run_eval);
  add(add_check_command, run_check);
  add(add_test_command, run_test);
  add(add_report_command, run_report);
  add(add_ask_command, run_ask);
  add(add_batch_command, run_batch);
  add(add_explain_command, run_explain);
  add(add_diff_command, run_diff);
  add(add_schema_command, run_schema);
  add(add_letter_command, run_letter);

  std::vector<std::string> names;
  for (const Verb& verb : verbs) names.push_back(verb.command->get_name());
  if (is_unknown_command(argc, argv, names)) return exit_invalid_input;
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version are "errors" with exit code 0 to CLI11.
    int code = app.exit(e);
    return code == 0 ? exit_ok : exit_invalid_input;
  }
  for (const Verb& verb : verbs) {
    if (verb.command->parsed()) return verb.run();
  }
  return exit_invalid_input;  // unreachable: a subcommand is required
}

}  // namespace

int main(int argc, char** argv) {
  apdr::cli::prepare_standard_streams();
  if (apdr::cli::arguments_read_standard_input(argc, argv) && !apdr::cli::standard_input_readable()) {
    std::cerr << "error: cannot read standard input\n";
    return apdr::cli::exit_invalid_input;
  }
  try {
    int code = run(argc, argv);
    // Whatever the verb, output that did not arrive is a failure: a report
    // lost to a full disk must not look like success. A verb that said so
    // itself has returned exit_internal_error already.
    if (code == apdr::cli::exit_internal_error) return code;
    if (!apdr::cli::standard_output_written()) return apdr::cli::exit_internal_error;
    return code;
  } catch (const std::exception& e) {
    std::cout.flush();
    std::cerr << "internal error: " << e.what() << '\n';
  } catch (...) {
    std::cout.flush();
    std::cerr << "internal error: unknown exception\n";
  }
  return apdr::cli::exit_internal_error;
}
