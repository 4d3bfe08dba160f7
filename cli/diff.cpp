#include "diff.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <fmt/format.h>

#include <apdr/engine.hpp>

#include "compile/program.hpp"
#include "date_argument.hpp"
#include "diff/json.hpp"
#include "diff/run_diff.hpp"
#include "diff/text.hpp"
#include "cohort_format.hpp"
#include "column_map_option.hpp"
#include "exit_code.hpp"
#include "print_diagnostics.hpp"

namespace apdr::cli {
namespace {

// Writes each row's block to standard output as soon as it is compared.
// The opening waits for the first row, so a cohort whose CSV header is
// refused leaves standard output empty (never half a JSON document).
class StdoutSink : public diff::DiffSink {
 public:
  StdoutSink(bool json, std::string opening) : json_(json), opening_(std::move(opening)) {}

  bool pupil(const diff::PupilChange& pupil) override {
    std::string text = json_ ? diff::json_pupil(pupil, first_) : diff::pupil_text(pupil);
    if (text.empty()) return true;
    first_ = false;
    return write(text);
  }

  bool write(const std::string& text) {
    std::cout << opening_ << text;
    opening_.clear();
    return static_cast<bool>(std::cout);
  }

 private:
  bool json_;
  std::string opening_;
  bool first_ = true;
};

}  // namespace

CLI::App* add_diff_command(CLI::App& app, DiffOptions& options) {
  CLI::App* diff = app.add_subcommand(
      "diff", "Show what a change of rule set does to each pupil of a cohort, and how many pupils each change touches");
  diff->add_option("OLD", options.old_rules, "The rule set as it is: a file, - for standard input, or apdr:NAME")
      ->required();
  diff->add_option("NEW", options.new_rules, "The rule set as proposed: a file, - for standard input, or apdr:NAME")
      ->required();
  diff->add_option("--cohort", options.cohort, "Cohort file (.jsonl or .csv), or - for standard input")->required();
  diff->add_option("--cohort-format", options.cohort_format,
                   "Format of the cohort (default: from its extension; jsonl for standard input)")
      ->check(CLI::IsMember({"jsonl", "csv"}));
  add_columns_option(*diff, options.columns);
  diff->add_option("--format", options.format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  diff->add_option("--as-of", options.as_of,
                   "Evaluation date YYYY-MM-DD for every pupil (default: each pupil's as_of, else today)");
  diff->add_flag("--exit-code", options.exit_code, "Exit 1 when any pupil's result changed, 0 when none did");
  return diff;
}

int run_diff(const DiffOptions& options) {
  SourceStore sources;
  Diagnostics diagnostics;

  std::optional<Date> as_of;
  if (!optional_date_argument("--as-of", options.as_of, as_of, diagnostics)) return fail_with(diagnostics, sources);
  int from_stdin = (options.old_rules == "-") + (options.new_rules == "-") + (options.cohort == "-");
  if (from_stdin > 1) {
    diagnostics.error(Code::BadArgument, {}, "only one of OLD, NEW and --cohort can be read from standard input");
    return fail_with(diagnostics, sources);
  }
  auto cohort_format = cohort_format_of(options.cohort, cohort_format_with_columns(options.columns, options.cohort, options.cohort_format),
                                        diagnostics);
  if (!cohort_format) return fail_with(diagnostics, sources);

  // Both rule sets are checked before either is reported, so one run shows
  // every problem in both.
  auto old_program = build_program(options.old_rules, sources, diagnostics);
  auto new_program = build_program(options.new_rules, sources, diagnostics);
  if (!old_program || !new_program) return fail_with(diagnostics, sources);
  print_diagnostics(diagnostics, sources);  // warnings about the rule sets

  std::ifstream file;
  std::istream* in = &std::cin;
  if (options.cohort != "-") {
    std::error_code error;
    if (std::filesystem::is_directory(options.cohort, error)) {
      diagnostics.error(Code::FileUnreadable, {options.cohort, 0, 0},
                        fmt::format("cannot read `{}`: it is a folder, not a file", options.cohort));
      return fail_with(diagnostics, sources);
    }
    file.open(options.cohort, std::ios::binary);
    if (!file) {
      diagnostics.error(Code::FileUnreadable, {options.cohort, 0, 0},
                        fmt::format("cannot read `{}`: {}", options.cohort, std::strerror(errno)));
      return fail_with(diagnostics, sources);
    }
    in = &file;
  }

  diff::Heading heading{options.old_rules, program_id(*old_program), options.new_rules, program_id(*new_program),
                        options.cohort, as_of};
  diff::DiffOptions run_options{as_of, local_today()};
  profile::Schema schema = diff::either_schema(old_program->schema, new_program->schema);
  profile::CohortReader reader(*in, *cohort_format, options.cohort, schema);
  if (!use_columns(options.columns, *cohort_format, schema, reader, sources, diagnostics)) {
    return fail_with(diagnostics, sources);
  }
  bool json = options.format == "json";
  StdoutSink sink(json, json ? diff::json_opening(heading) : diff::heading_text(heading));
  diff::DiffOutcome outcome = diff::diff_cohort(*old_program, *new_program, reader, run_options, sink);

  if (outcome.failure) {
    std::cout.flush();
    print_diagnostics(outcome.failure->diagnostics, sources);
    return exit_invalid_input;
  }
  if (in->bad()) {
    std::cout.flush();
    std::cerr << (options.cohort == "-" ? std::string("error: cannot read standard input\n")
                                        : fmt::format("error: reading {} failed part way\n", options.cohort));
    return exit_invalid_input;
  }
  const diff::DiffSummary& summary = outcome.summary;
  bool written = sink.write(json ? diff::json_closing(summary) : diff::summary_text(summary));
  std::cout.flush();
  if (outcome.stopped || !written || !std::cout) {
    std::cerr << "error: could not write the diff to standard output\n";
    return exit_internal_error;
  }
  return options.exit_code && summary.changed > 0 ? exit_no : exit_ok;
}

}  // namespace apdr::cli
