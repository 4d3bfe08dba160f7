#pragma once
// Coverage of rule sets by their tests: which of a rule set's own rules no
// case fired. Rules the set inherits count when they fire but are not
// reported: a local toolkit's tests need not exercise the national rules.
#include <set>
#include <string>
#include <vector>

#include "ruletest/run_test_file.hpp"

namespace apdr::ruletest {

struct RuleSetCoverage {
  std::string rule_set;
  std::vector<OwnRule> rules;       // the set's own rules, in rule order
  std::set<std::string> fired;      // every rule any case fired, own or inherited

  // The own rules no case fired, in rule order.
  std::vector<OwnRule> unfired() const;
};

// Adds one file's report, merging with an earlier file that tests the same
// rule set. The order of `coverage` is the order rule sets were first seen.
void add_coverage(std::vector<RuleSetCoverage>& coverage, const FileReport& report);

}  // namespace apdr::ruletest
