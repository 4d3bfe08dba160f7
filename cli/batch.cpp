#include "batch.hpp"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <apdr/engine.hpp>

#include "atomic_file.hpp"
#include "batch/repeated_errors.hpp"
#include "batch/run_batch.hpp"
#include "batch/summary.hpp"
#include "compile/program.hpp"
#include "date_argument.hpp"
#include "cohort_format.hpp"
#include "column_map_option.hpp"
#include "exit_code.hpp"
#include "print_diagnostics.hpp"
#include "progress_line.hpp"
#include "terminal.hpp"
#include "write_output.hpp"

namespace apdr::cli {
namespace {

// At most this many rows evaluated with warnings are shown one by one; the
// summary counts them all. Rejected rows are always shown, every one.
constexpr std::size_t max_shown_warning_rows = 100;

// The temporary output file, for the signal handler: Ctrl-C or a kill must
// not leave half a file behind, even a hidden one.
char temporary_path[4096] = {};

extern "C" void remove_temporary_and_exit(int signal) {
  if (temporary_path[0] != '\0') ::unlink(temporary_path);
  // Die of the same signal, so the shell sees what happened.
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

bool write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    ssize_t written = ::write(fd, text.data(), text.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    text.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

// The output, written as it comes to a hidden temporary file beside the
// target (beside the file a symbolic link leads to) and renamed over it
// only when the run is complete; standard output and special files
// (/dev/null, a pipe) are written directly.
class Output {
 public:
  bool open(const std::string& path, const std::vector<std::string>& inputs, std::string& error) {
    path_ = path;
    if (path == "-") {
      fd_ = STDOUT_FILENO;
      return true;
    }
    if (!plan_output(path, inputs, plan_, error)) return false;
    if (plan_.direct) {
      fd_ = open_direct(plan_.target);
      if (fd_ < 0) return fail(error);
      direct_ = true;
      return true;
    }
    std::string pattern = plan_.temporary_pattern();
    if (pattern.size() >= sizeof temporary_path) {
      errno = ENAMETOOLONG;
      return fail(error);
    }
    std::memcpy(temporary_path, pattern.c_str(), pattern.size() + 1);
    // A signal the caller ignores (SIGHUP under nohup, SIGINT for a
    // background job) stays ignored.
    for (int signal : {SIGINT, SIGTERM, SIGHUP}) {
      if (std::signal(signal, remove_temporary_and_exit) == SIG_IGN) std::signal(signal, SIG_IGN);
    }
    fd_ = ::mkostemp(temporary_path, O_CLOEXEC);
    if (fd_ < 0) {
      temporary_path[0] = '\0';
      return fail(error);
    }
    return true;
  }

  bool write(std::string_view text) { return write_all(fd_, text); }

  // Makes the output visible under its name. False (with `error`) when the
  // last writes, the flush or the rename failed; the temporary file is gone.
  bool commit(std::string& error) {
    if (fd_ == STDOUT_FILENO) return true;
    if (direct_) return ::close(fd_) == 0 || fail(error);
    bool ok = finish_temporary(fd_, plan_);
    ok = ::close(fd_) == 0 && ok;
    fd_ = -1;
    ok = ok && ::rename(temporary_path, plan_.target.c_str()) == 0;
    if (!ok) {
      int saved = errno;
      abandon();
      errno = saved;
      return fail(error);
    }
    temporary_path[0] = '\0';
    return true;
  }

  // Removes the temporary file: the run did not finish.
  void abandon() {
    if (fd_ >= 0 && fd_ != STDOUT_FILENO) ::close(fd_);
    fd_ = -1;
    if (temporary_path[0] != '\0') ::unlink(temporary_path);
    temporary_path[0] = '\0';
  }

  bool fail(std::string& error) {
    error = fmt::format("cannot write {}: {}", path_ == "-" ? "standard output" : path_, std::strerror(errno));
    return false;
  }

 private:
  std::string path_;
  int fd_ = -1;
  bool direct_ = false;
  OutputPlan plan_;
};

// "[#######       ]  52%  520000 rows  410000 rows/s  about 12 s left" on
// one line of a terminal (cli/progress_line.cpp), redrawn at most ten times
// a second. The share read, and so the time left, only for a file.
class ProgressBar {
 public:
  ProgressBar(bool enabled, std::istream* file, std::uintmax_t total_bytes)
      : enabled_(enabled), file_(file), total_bytes_(total_bytes), start_(std::chrono::steady_clock::now()) {}

  void update(std::size_t rows) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    Progress progress;
    progress.rows = rows;
    progress.seconds = std::chrono::duration<double>(now - start_).count();
    if (file_ && total_bytes_ > 0) {
      auto at = file_->tellg();
      progress.fraction = at < 0 ? 1.0 : static_cast<double>(at) / static_cast<double>(total_bytes_);
    }
    std::cerr << "\r" << progress_line(progress) << "\033[K" << std::flush;
    shown_ = true;
  }

  // Clears the bar so that other messages start on a clean line.
  void clear() {
    if (!shown_) return;
    std::cerr << "\r\033[K" << std::flush;
    shown_ = false;
  }

 private:
  bool enabled_;
  std::istream* file_;
  std::uintmax_t total_bytes_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_{};
  bool shown_ = false;
};

class CliSink : public batch::BatchSink {
 public:
  CliSink(Output& output, ProgressBar& progress) : output_(output), progress_(progress) {}

  bool write(std::string_view text) override {
    if (output_.write(text)) return true;
    write_failed_ = true;
    return false;
  }

  void diagnostics(const profile::CohortRow& row) override {
    bool rejected = row.status != profile::CohortRow::Status::profile;
    if (rejected && !repeated_.show(row)) return;  // counted, and said once at the end
    if (!rejected && ++warned_rows_ > max_shown_warning_rows) {
      if (warned_rows_ == max_shown_warning_rows + 1) {
        progress_.clear();
        std::cerr << fmt::format("note: more than {} rows have warnings; the summary counts them all\n",
                                 max_shown_warning_rows);
      }
      return;
    }
    progress_.clear();
    std::string text = rejected ? fmt::format("row {} (line {}) rejected:\n", row.row, row.line)
                                : fmt::format("row {} (line {}) evaluated with a warning:\n", row.row, row.line);
    text += render_diagnostics(row.diagnostics, no_sources_, colour_);
    std::cerr << text;
  }

  void progress(std::size_t rows) override { progress_.update(rows); }

  bool write_failed() const { return write_failed_; }

  // One line for each error repeated down a column, after the rows.
  void report_repeats() {
    for (const auto& group : repeated_.repeated()) {
      progress_.clear();
      std::cerr << "rows rejected: " << batch::repeated_error_line(group) << '\n';
    }
  }

 private:
  Output& output_;
  ProgressBar& progress_;
  SourceStore no_sources_;  // cohort rows are streamed, not kept: no quoted line
  bool colour_ = colour_allowed(2);
  std::size_t warned_rows_ = 0;
  bool write_failed_ = false;
  batch::RepeatedErrors repeated_;
};

// The summary goes where --summary says, whole: atomically to a regular
// file, directly to standard output or a special file.
bool write_summary(const std::string& path, const std::string& text, const std::vector<std::string>& inputs) {
  if (path == "-") {
    std::cout << text << std::flush;
    return static_cast<bool>(std::cout);
  }
  std::string error;
  if (write_file_atomically(path, text, error, inputs)) return true;
  std::cerr << "error: " << error << '\n';
  return false;
}

}  // namespace

CLI::App* add_batch_command(CLI::App& app, BatchOptions& options) {
  options.rules = default_rules;
  CLI::App* batch = app.add_subcommand("batch", "Evaluate a whole cohort (CSV or JSON Lines), one result per pupil");
  batch->add_option("--rules", options.rules,
                    "Rule set file, - for standard input, or apdr:NAME for an embedded one")
      ->capture_default_str();
  batch->add_option("-o,--output", options.output,
                    "Output file, written whole or not at all (default: standard output)");
  batch->add_option("--format", options.format,
                    "Output format: one JSON object a line, or CSV for a spreadsheet (titles, ISO dates)")
      ->check(CLI::IsMember({"jsonl", "csv"}))
      ->capture_default_str();
  batch->add_flag("--compact", options.compact,
                  "JSON Lines without the wording for people (titles, plain words): for large cohorts");
  batch->add_option("--rows", options.rows, "CSV: one row per pupil, or one per pupil and step")
      ->check(CLI::IsMember({"pupils", "steps"}))
      ->capture_default_str();
  batch->add_option("--cohort-format", options.cohort_format,
                    "Format of the cohort (default: from its extension; jsonl for standard input)")
      ->check(CLI::IsMember({"jsonl", "csv"}));
  add_columns_option(*batch, options.columns);
  batch->add_option("-j,--jobs", options.jobs, "Worker threads (default: one per core)")
      ->check(CLI::Range(1u, 256u));
  batch->add_option("--summary", options.summary,
                    "Also write a summary: JSON if FILE ends in .json, an HTML page if .html, else Markdown; "
                    "- for standard output");
  batch->add_option("--summary-format", options.summary_format,
                    "Format of the summary (default: from its extension; Markdown for -)")
      ->check(CLI::IsMember({"markdown", "json", "html"}));
  batch->add_option("--as-of", options.as_of, "Evaluation date YYYY-MM-DD for every row");
  batch->add_flag("!--no-progress", options.progress, "No progress bar on standard error");
  batch->add_option("COHORT", options.cohort, "Cohort file (.jsonl or .csv), or - for standard input")
      ->required();
  return batch;
}

int run_batch(const BatchOptions& options) {
  SourceStore sources;
  Diagnostics diagnostics;

  std::optional<Date> as_of;
  if (!optional_date_argument("--as-of", options.as_of, as_of, diagnostics)) return fail_with(diagnostics, sources);
  if (options.rules == "-" && options.cohort == "-") {
    diagnostics.error(Code::BadArgument, {}, "--rules and COHORT cannot both be read from standard input");
    return fail_with(diagnostics, sources);
  }
  if (options.output == "-" && options.summary == "-") {
    diagnostics.error(Code::BadArgument, {}, "--summary - needs -o FILE: both would go to standard output");
    return fail_with(diagnostics, sources);
  }
  if (options.compact && options.format == "csv") {
    diagnostics.error(Code::BadArgument, {}, "--compact is for JSON Lines: the CSV is for people and keeps its titles");
    return fail_with(diagnostics, sources);
  }
  if (options.rows == "steps" && options.format != "csv") {
    diagnostics.error(Code::BadArgument, {}, "--rows steps needs --format csv: JSON Lines has every step already");
    return fail_with(diagnostics, sources);
  }
  auto cohort_format = cohort_format_of(
      options.cohort, cohort_format_with_columns(options.columns, options.cohort, options.cohort_format), diagnostics);
  if (!cohort_format) return fail_with(diagnostics, sources);
  // Before anything is read or written: an output over an input would
  // destroy it.
  std::vector<std::string> inputs = {options.cohort, options.rules};
  if (!options.columns.empty()) inputs.push_back(options.columns);
  if (int refused = refuse_output(options.output, inputs); refused != exit_ok) return refused;
  if (!options.summary.empty()) {
    if (int refused = refuse_output(options.summary, inputs); refused != exit_ok) return refused;
  }

  auto program = build_program(options.rules, sources, diagnostics);
  if (!program) return fail_with(diagnostics, sources);
  print_diagnostics(diagnostics, sources);  // warnings about the rule set
  // Every file the rule set read (its includes and the files it extends)
  // is an input too: an output over one would destroy the toolkit.
  for (auto& read : sources.files()) inputs.push_back(std::move(read));
  if (int refused = refuse_output(options.output, inputs); refused != exit_ok) return refused;
  if (!options.summary.empty()) {
    if (int refused = refuse_output(options.summary, inputs); refused != exit_ok) return refused;
  }

  // The cohort is opened before the output, so a typo in its name leaves
  // any earlier output file alone.
  std::ifstream file;
  std::vector<char> buffer(1 << 20);
  std::istream* in = &std::cin;
  std::uintmax_t total_bytes = 0;
  if (options.cohort == "-") {
    std::ios::sync_with_stdio(false);
  } else {
    std::error_code error;
    if (std::filesystem::is_directory(options.cohort, error)) {
      diagnostics.error(Code::FileUnreadable, {options.cohort, 0, 0},
                        fmt::format("cannot read `{}`: it is a folder, not a file", options.cohort));
      return fail_with(diagnostics, sources);
    }
    file.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    file.open(options.cohort, std::ios::binary);
    if (!file) {
      diagnostics.error(Code::FileUnreadable, {options.cohort, 0, 0},
                        fmt::format("cannot read `{}`: {}", options.cohort, std::strerror(errno)));
      return fail_with(diagnostics, sources);
    }
    total_bytes = std::filesystem::file_size(options.cohort, error);
    if (error) total_bytes = 0;
    in = &file;
  }

  profile::CohortReader reader(*in, *cohort_format, options.cohort, profile_schema(*program));
  if (!use_columns(options.columns, *cohort_format, profile_schema(*program), reader, sources, diagnostics)) {
    return fail_with(diagnostics, sources);
  }

  Output output;
  std::string error;
  if (!output.open(options.output, inputs, error)) {
    std::cerr << "error: " << error << '\n';
    return exit_internal_error;
  }

  batch::BatchOptions run_options;
  run_options.format = options.format == "csv" ? batch::OutputFormat::csv : batch::OutputFormat::jsonl;
  run_options.csv_rows = options.rows == "steps" ? batch::CsvRows::steps : batch::CsvRows::pupils;
  run_options.compact = options.compact;
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  run_options.jobs = options.jobs ? options.jobs : cores;
  run_options.as_of = as_of;
  run_options.today = local_today();

  ProgressBar progress(options.progress && ::isatty(STDERR_FILENO) == 1, options.cohort == "-" ? nullptr : in,
                       total_bytes);
  CliSink sink(output, progress);
  batch::BatchOutcome outcome = batch::run_batch(*program, reader, run_options, sink);
  progress.clear();
  sink.report_repeats();

  if (outcome.failure) {
    output.abandon();
    print_diagnostics(outcome.failure->diagnostics, sources);
    return exit_invalid_input;
  }
  if (in->bad()) {
    output.abandon();
    std::cerr << (options.cohort == "-" ? std::string("error: cannot read standard input\n")
                                        : fmt::format("error: reading {} failed part way\n", options.cohort));
    return exit_invalid_input;
  }
  if (outcome.stopped || !output.commit(error)) {
    if (outcome.stopped) output.fail(error);
    output.abandon();
    std::cerr << "error: " << error << '\n';
    return exit_internal_error;
  }

  const batch::Summary& summary = outcome.summary;
  if (!options.summary.empty()) {
    batch::SummaryLayout layout;
    layout.level_ids = program->schema.level_ids;
    auto ends_with = [&](std::string_view extension) {
      return options.summary.size() > extension.size() && options.summary.ends_with(extension);
    };
    std::string format = options.summary_format;
    if (format.empty()) {
      format = ends_with(".json") ? "json" : ends_with(".html") || ends_with(".htm") ? "html" : "markdown";
    }
    std::string text;
    if (format == "json") {
      // Pupil ids are in it: text that is not UTF-8 is replaced, never thrown on.
      text = batch::summary_json(summary, layout).dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
      text += '\n';
    } else if (format == "html") {
      text = batch::summary_html(summary, layout);
    } else {
      text = batch::summary_markdown(summary, layout);
    }
    if (!write_summary(options.summary, text, inputs)) return exit_internal_error;
  }
  // The count that proves nothing was dropped.
  std::string skipped;
  if (std::size_t blank = reader.blank_rows(); blank > 0) {
    skipped = fmt::format("; {} blank {} skipped", blank, blank == 1 ? "row" : "rows");
  }
  std::cerr << fmt::format("read {} rows: {} evaluated, {} rejected{}\n", summary.read, summary.evaluated,
                           summary.rejected, skipped);
  return summary.rejected > 0 ? exit_no : exit_ok;
}

}  // namespace apdr::cli
