#include "core/rule_set_warnings.hpp"

namespace apdr {

std::vector<Code> rule_set_warnings() {
  std::vector<Code> codes;
  for (int n = static_cast<int>(Code::WarningBase) + 1;; ++n) {
    auto code = static_cast<Code>(n);
    if (code_summary(code) == "unknown diagnostic") break;
    if (code != Code::NoAreaPlaced) codes.push_back(code);  // a cohort row's warning
  }
  return codes;
}

}  // namespace apdr
