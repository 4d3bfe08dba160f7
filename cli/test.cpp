#include "test.hpp"

#include <iostream>

#include <apdr/engine.hpp>
#include <fmt/format.h>

#include "exit_code.hpp"
#include "print_diagnostics.hpp"
#include "ruletest/coverage.hpp"
#include "ruletest/find_test_files.hpp"
#include "ruletest/read_test_file.hpp"
#include "ruletest/run_test_file.hpp"
#include "terminal.hpp"

namespace apdr::cli {
namespace {

// ANSI colours for a terminal; empty strings otherwise.
struct Palette {
  const char* red = "";
  const char* green = "";
  const char* bold = "";
  const char* reset = "";
};

Palette palette(bool colour) {
  if (!colour) return {};
  return {"\x1b[31m", "\x1b[32m", "\x1b[1m", "\x1b[0m"};
}

// A failing case: its place and name, then each expectation that did not
// hold as a small diff, expected first.
void print_failure(const ruletest::CaseReport& test, const Palette& p) {
  std::cout << fmt::format("{}{}:{}: FAIL{} {}\n", p.bold, test.where.file, test.where.line, p.reset, test.name);
  for (const auto& failure : test.failures) {
    std::cout << fmt::format("    line {}: {}\n", failure.where.line, failure.expectation);
    std::cout << fmt::format("    {}- {}{}\n", p.red, failure.expected, p.reset);
    std::cout << fmt::format("    {}+ {}{}\n", p.green, failure.actual, p.reset);
  }
}

void print_coverage(const std::vector<ruletest::RuleSetCoverage>& coverage) {
  for (const auto& rule_set : coverage) {
    auto unfired = rule_set.unfired();
    if (unfired.empty()) {
      if (rule_set.rules.empty()) {
        std::cout << fmt::format("coverage of {}: it defines no rules of its own\n", rule_set.rule_set);
      } else if (rule_set.rules.size() == 1) {
        std::cout << fmt::format("coverage of {}: its one rule fired\n", rule_set.rule_set);
      } else {
        std::cout << fmt::format("coverage of {}: every rule fired ({} rules)\n", rule_set.rule_set,
                                 rule_set.rules.size());
      }
      continue;
    }
    std::cout << fmt::format("coverage of {}: {} of {} {} never fired\n", rule_set.rule_set, unfired.size(),
                             rule_set.rules.size(), rule_set.rules.size() == 1 ? "rule" : "rules");
    for (const auto& rule : unfired) {
      if (rule.where.known()) {
        std::cout << fmt::format("    {} ({}:{})\n", rule.id, rule.where.file, rule.where.line);
      } else {
        std::cout << fmt::format("    {}\n", rule.id);
      }
    }
  }
}

}  // namespace

CLI::App* add_test_command(CLI::App& app, TestOptions& options) {
  CLI::App* test = app.add_subcommand("test", "Run the *.test.yaml cases of rule sets");
  test->add_flag("--coverage", options.coverage, "List, per rule set, the rules no case fired");
  test->add_option("--name", options.name, "Run only the cases whose name contains PATTERN");
  test->add_option("--root", options.root,
                   "Let test files name rule sets and profiles anywhere inside DIR (default: only inside "
                   "each test file's own folder)");
  test->add_option("PATH", options.paths, "Test files, or folders searched for *.test.yaml")->required();
  return test;
}

int run_test(const TestOptions& options) {
  SourceStore sources;
  Diagnostics diagnostics;
  int exit_code = exit_ok;
  std::vector<std::string> files = ruletest::find_test_files(options.paths, diagnostics);
  if (diagnostics.has_errors()) exit_code = exit_invalid_input;
  print_diagnostics(diagnostics, sources);

  Palette colours = palette(colour_allowed(1));
  Date today = local_today();
  std::size_t passed = 0, failed = 0;
  std::vector<ruletest::RuleSetCoverage> coverage;
  for (const auto& path : files) {
    Diagnostics found;
    std::optional<ruletest::FileReport> report;
    if (auto file = ruletest::read_test_file(path, sources, found, options.root)) {
      report = ruletest::run_test_file(*file, options.name, today, sources, found);
    }
    // Warnings (an in_place id the rule set lacks, say) are shown, but only
    // errors make the file invalid.
    print_diagnostics(found, sources);
    if (!report) {
      exit_code = exit_invalid_input;
      std::cout << fmt::format("{}: invalid, no case ran\n", path);
      continue;
    }
    for (const auto& test : report->cases) {
      if (test.passed()) {
        ++passed;
      } else {
        ++failed;
        print_failure(test, colours);
      }
    }
    ruletest::add_coverage(coverage, *report);
  }
  if (!options.name.empty() && passed + failed == 0 && exit_code == exit_ok) {
    Diagnostics none;
    none.error(Code::BadArgument, {}, fmt::format("--name: no case name contains `{}`", options.name));
    print_diagnostics(none, sources);
    exit_code = exit_invalid_input;
  }
  if (options.coverage) print_coverage(coverage);
  std::cout << fmt::format("{} passed, {} failed\n", passed, failed);
  std::cout.flush();
  if (exit_code == exit_ok && failed > 0) exit_code = exit_no;
  return exit_code;
}

}  // namespace apdr::cli
