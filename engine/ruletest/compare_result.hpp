#pragma once
// Checking one case's expectations against an evaluation result. A case says
// only what must hold; anything it does not mention is not checked, except
// that `only: true` makes a list the exact set (nothing else may be there).
#include <string>
#include <vector>

#include "evaluate/result.hpp"
#include "ruletest/test_file.hpp"

namespace apdr::ruletest {

// One expectation that did not hold: what was asked (`escalate final-plan`),
// where the test file asks it, and the expected and actual values as a
// person should read them in a diff.
struct Failure {
  std::string expectation;
  SourceLocation where;
  std::string expected;
  std::string actual;
};

// Every expectation of `test` that `result` does not meet, in the order the
// keys are documented (levels, provide, …, not_fires), each in file order,
// an expectation's `only` right after it.
// `fired` holds the ids of the rules that fired (eval::FiredRules).
// Empty when the case passes.
std::vector<Failure> compare_result(const TestCase& test, const eval::Result& result,
                                    const std::vector<std::string>& fired);

}  // namespace apdr::ruletest
