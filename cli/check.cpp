#include "check.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <apdr/engine.hpp>
#include <fmt/format.h>

#include "exit_code.hpp"
#include "print_diagnostics.hpp"
#include "render/json.hpp"

namespace apdr::cli {

namespace {

struct FileReport {
  std::string file;
  Diagnostics diagnostics;
  SourceStore sources;
  bool unreadable = false;  // nothing could be read: a bad argument, not a bad rule set

  std::size_t errors() const { return diagnostics.error_count(); }
  std::size_t warnings() const {
    return static_cast<std::size_t>(
        std::count_if(diagnostics.all().begin(), diagnostics.all().end(),
                      [](const Diagnostic& d) { return d.severity == Severity::warning; }));
  }
  int exit_code() const {
    if (unreadable) return exit_invalid_input;
    return errors() > 0 ? exit_no : exit_ok;
  }
};

// Whether `path` names something that can be opened as a file. Standard
// input and embedded sets are judged by what loading them reports.
bool can_open(const std::string& path) {
  if (path == "-" || path.rfind("apdr:", 0) == 0) return true;
  std::error_code ignored;
  if (std::filesystem::is_directory(path, ignored)) return false;
  std::ifstream in(path);
  return in.good();
}

FileReport check_one(const std::string& path) {
  FileReport report;
  report.file = path;
  report.unreadable = !can_open(path);
  // Lints only once the rule set checks: on a broken one they would guess.
  if (auto program = build_program(path, report.sources, report.diagnostics)) {
    lint_program(*program, report.diagnostics);
  }
  for (const auto& d : report.diagnostics.all()) {
    if (d.code == Code::UnknownEmbedded && !d.where.known()) report.unreadable = true;
  }
  if (report.unreadable && !report.diagnostics.has_errors()) {
    // The loader should have said why; make sure the user hears something.
    report.diagnostics.error(Code::FileUnreadable, {path, 0, 0}, "cannot read this file");
  }
  report.diagnostics.sort();
  return report;
}

std::string plural(std::size_t n, const char* word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

std::string summary(const FileReport& report) {
  if (report.unreadable) return fmt::format("{}: cannot be read", report.file);
  if (report.errors() == 0 && report.warnings() == 0) return fmt::format("{}: ok", report.file);
  if (report.errors() == 0) return fmt::format("{}: ok, {}", report.file, plural(report.warnings(), "warning"));
  std::string text = fmt::format("{}: {}", report.file, plural(report.errors(), "error"));
  if (report.warnings() > 0) text += ", " + plural(report.warnings(), "warning");
  return text;
}

}  // namespace

CLI::App* add_check_command(CLI::App& app, CheckOptions& options) {
  CLI::App* check = app.add_subcommand("check", "Load, type-check and lint rule sets");
  check->add_option("--format", options.format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  check->add_option("RULESET", options.rule_sets,
                    "Rule set files, - for standard input, or apdr:NAME for an embedded one")
      ->required();
  return check;
}

int run_check(const CheckOptions& options) {
  int exit_code = exit_ok;
  auto files = nlohmann::ordered_json::array();
  for (const auto& path : options.rule_sets) {
    FileReport report = check_one(path);
    exit_code = std::max(exit_code, report.exit_code());
    if (options.format == "json") {
      nlohmann::ordered_json entry = nlohmann::ordered_json::object();
      entry["file"] = report.file;
      entry["errors"] = report.errors();
      entry["warnings"] = report.warnings();
      entry["diagnostics"] = render::diagnostics_to_json(report.diagnostics);
      files.push_back(std::move(entry));
    } else {
      // Problems go to stderr like a compiler's; the one-line verdict per
      // file is the answer, so it goes to stdout.
      print_diagnostics(report.diagnostics, report.sources);
      std::cout << summary(report) << '\n';
      std::cout.flush();
    }
  }
  if (options.format == "json") {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    out["files"] = std::move(files);
    std::cout << render::dump(out);
  }
  return exit_code;
}

}  // namespace apdr::cli
