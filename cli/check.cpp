#include "check.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include <apdr/engine.hpp>
#include <fmt/format.h>

#include "check/lint_groups.hpp"
#include "core/rule_set_warnings.hpp"
#include "core/suggest.hpp"
#include "exit_code.hpp"
#include "print_diagnostics.hpp"
#include "render/json.hpp"

namespace apdr::cli {

namespace {

struct FileReport {
  std::string file;
  Diagnostics diagnostics;
  SourceStore sources;
  AllowedWarnings allowed;
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

FileReport check_one(const std::string& path, const std::vector<Code>& allow) {
  FileReport report;
  report.file = path;
  report.unreadable = !can_open(path);
  // Lints only once the rule set checks: on a broken one they would guess.
  auto program = build_program(path, report.sources, report.diagnostics);
  if (program) lint_program(*program, report.diagnostics);
  report.allowed = allow_warnings(program.get(), allow, report.diagnostics);
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

// " (24 allowed by lint.allow)": what was left out is always counted, so an
// allowed warning is never hidden silently.
std::string allowed_text(const FileReport& report, bool say_warnings) {
  const AllowedWarnings& allowed = report.allowed;
  if (allowed.total() == 0) return {};
  std::string by = allowed.by_rule_set > 0 && allowed.by_run > 0 ? "lint.allow and --allow"
                   : allowed.by_rule_set > 0                     ? "lint.allow"
                                                                 : "--allow";
  return fmt::format(" ({} allowed by {})", say_warnings ? plural(allowed.total(), "warning") :
                                                           std::to_string(allowed.total()), by);
}

std::string summary(const FileReport& report) {
  if (report.unreadable) return fmt::format("{}: cannot be read", report.file);
  if (report.errors() == 0 && report.warnings() == 0) {
    return fmt::format("{}: ok{}", report.file, allowed_text(report, true));
  }
  if (report.errors() == 0) {
    return fmt::format("{}: ok, {}{}", report.file, plural(report.warnings(), "warning"), allowed_text(report, false));
  }
  std::string text = fmt::format("{}: {}", report.file, plural(report.errors(), "error"));
  if (report.warnings() > 0) text += ", " + plural(report.warnings(), "warning");
  return text + allowed_text(report, report.warnings() == 0);
}

// The code someone meant by a mistyped one: the same number written
// another way (`W0013`, `w13`: W013) before the nearest spelling, which
// would take `W0013` for W001.
std::vector<std::string> code_meant(const std::string& name, const std::vector<std::string>& names) {
  bool numbered = name.size() > 1 && (name[0] == 'W' || name[0] == 'w') && name.size() <= 12 &&
                  std::all_of(name.begin() + 1, name.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (numbered) {
    std::string same = fmt::format("W{:03}", std::stoull(name.substr(1)));
    if (std::find(names.begin(), names.end(), same) != names.end()) return {fmt::format("did you mean `{}`?", same)};
  }
  return did_you_mean(name, names);
}

// Every --allow value, split at commas, as a warning code; a value that is
// not one is E090 with the nearest code.
std::optional<std::vector<Code>> allowed_codes(const std::vector<std::string>& values, Diagnostics& diagnostics) {
  std::vector<std::string> names;
  for (Code code : rule_set_warnings()) names.push_back(code_name(code));
  std::vector<Code> codes;
  for (const auto& value : values) {
    std::size_t start = 0;
    while (start <= value.size()) {
      std::size_t comma = std::min(value.find(',', start), value.size());
      std::string name = value.substr(start, comma - start);
      start = comma + 1;
      name.erase(0, name.find_first_not_of(' '));
      name.erase(name.find_last_not_of(' ') + 1);
      if (name.empty()) continue;
      if (auto code = warning_code(name)) {
        codes.push_back(*code);
        continue;
      }
      std::vector<std::string> notes = code_meant(name, names);
      notes.push_back(fmt::format("the warning codes are W001 to {}; docs/lint.md lists them", names.back()));
      diagnostics.error(Code::BadArgument, {},
                        fmt::format("--allow: `{}` is not a warning code", name.substr(0, 40)), std::move(notes));
    }
  }
  if (diagnostics.has_errors()) return std::nullopt;
  return codes;
}

// A group's number for each diagnostic in it (null for the rest), and the
// groups themselves, for `--format json`.
void add_groups(const Diagnostics& diagnostics, nlohmann::ordered_json& entry) {
  auto groups = check::group_warnings(diagnostics);
  auto& list = entry["diagnostics"];
  for (auto& item : list) item["group"] = nullptr;
  auto described = nlohmann::ordered_json::array();
  for (std::size_t g = 0; g < groups.size(); ++g) {
    for (std::size_t i : groups[g].members) list[i]["group"] = g;
    Diagnostic one = check::grouped_warning(diagnostics, groups[g]);
    described.push_back({{"code", code_name(groups[g].code)},
                         {"file", groups[g].file},
                         {"count", groups[g].members.size()},
                         {"message", one.message}});
  }
  entry["groups"] = std::move(described);
}

nlohmann::ordered_json allowed_json(const AllowedWarnings& allowed) {
  nlohmann::ordered_json codes = nlohmann::ordered_json::object();
  for (const auto& [code, count] : allowed.by_code) codes[code] = count;
  return {{"count", allowed.total()},
          {"by_rule_set", allowed.by_rule_set},
          {"by_run", allowed.by_run},
          {"codes", std::move(codes)}};
}

}  // namespace

CLI::App* add_check_command(CLI::App& app, CheckOptions& options) {
  CLI::App* check = app.add_subcommand("check", "Load, type-check and lint rule sets");
  check->add_option("--format", options.format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  check->add_option("--allow", options.allow,
                    "Warning codes not to report, e.g. --allow W013 --allow W012 or --allow W013,W012")
      ->type_name("CODE")
      ->allow_extra_args(false);  // `--allow W013 toolkit.yaml`: the file is not a code
  check->add_flag("--no-group", options.no_group,
                  "Show every warning, even when one lint gives many of one code in one file");
  check->add_option("RULESET", options.rule_sets,
                    "Rule set files, - for standard input, or apdr:NAME for an embedded one")
      ->required();
  return check;
}

int run_check(const CheckOptions& options) {
  Diagnostics bad_arguments;
  auto allow = allowed_codes(options.allow, bad_arguments);
  if (!allow) return fail_with(bad_arguments, SourceStore{});
  int exit_code = exit_ok;
  auto files = nlohmann::ordered_json::array();
  for (const auto& path : options.rule_sets) {
    FileReport report = check_one(path, *allow);
    exit_code = std::max(exit_code, report.exit_code());
    if (options.format == "json") {
      nlohmann::ordered_json entry = nlohmann::ordered_json::object();
      entry["file"] = report.file;
      entry["errors"] = report.errors();
      entry["warnings"] = report.warnings();
      entry["allowed"] = allowed_json(report.allowed);
      entry["diagnostics"] = render::diagnostics_to_json(report.diagnostics);
      add_groups(report.diagnostics, entry);
      files.push_back(std::move(entry));
    } else {
      // Problems go to stderr like a compiler's; the one-line verdict per
      // file is the answer, so it goes to stdout.
      if (options.no_group) {
        print_diagnostics(report.diagnostics, report.sources);
      } else {
        Diagnostics shown = check::with_groups(report.diagnostics, check::group_warnings(report.diagnostics));
        print_diagnostics(shown, report.sources);
      }
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
