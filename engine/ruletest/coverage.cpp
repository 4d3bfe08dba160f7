#include "ruletest/coverage.hpp"

#include <algorithm>

namespace apdr::ruletest {

std::vector<OwnRule> RuleSetCoverage::unfired() const {
  std::vector<OwnRule> result;
  for (const auto& rule : rules) {
    if (!fired.count(rule.id)) result.push_back(rule);
  }
  return result;
}

void add_coverage(std::vector<RuleSetCoverage>& coverage, const FileReport& report) {
  auto it = std::find_if(coverage.begin(), coverage.end(),
                         [&](const RuleSetCoverage& c) { return c.rule_set == report.rule_set; });
  if (it == coverage.end()) {
    coverage.push_back({report.rule_set, report.own_rules, {}});
    it = std::prev(coverage.end());
  }
  it->fired.insert(report.fired.begin(), report.fired.end());
}

}  // namespace apdr::ruletest
