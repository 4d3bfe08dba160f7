#pragma once
// Running one test file: build its rule set once, read every case's profile,
// check that every id the cases name exists, evaluate the cases and compare.
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "ruletest/compare_result.hpp"
#include "ruletest/test_file.hpp"

namespace apdr::ruletest {

struct CaseReport {
  std::string name;
  SourceLocation where;
  std::vector<Failure> failures;  // empty: the case passed

  bool passed() const { return failures.empty(); }
};

// A rule defined by the rule set under test (not inherited), for coverage.
struct OwnRule {
  std::string id;
  SourceLocation where;
};

struct FileReport {
  std::string path;
  std::string rule_set;                   // id of the rule set under test
  std::vector<CaseReport> cases;          // the cases that ran, in file order
  std::vector<OwnRule> own_rules;         // rules whose defined_in is rule_set, in rule order
  std::vector<std::string> fired;         // every rule any case fired, sorted, unique
};

// Runs the cases of `file` whose names contain `name_filter` (all when it is
// empty). `today` is the date used when neither the case, the file nor the
// profile gives one. Returns nullopt after errors that make the file invalid:
// a rule set that does not build, a profile that is unreadable or invalid, an
// id no entry of the rule set has. Warnings are added either way.
std::optional<FileReport> run_test_file(const TestFile& file, const std::string& name_filter, Date today,
                                        SourceStore& sources, Diagnostics& diagnostics);

}  // namespace apdr::ruletest
