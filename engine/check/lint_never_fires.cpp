// W008: a rule whose condition is false whatever the profile and the date
// (`when: false`, `1 > 2`, `cycles_before_specialist > 5` where the
// parameter is 2). Such a rule is dead text that readers take for policy.
// A window outside the rule set's is W001, reported by the checker.
#include <fmt/format.h>

#include "check/lint_constant.hpp"
#include "check/lint_context.hpp"

namespace apdr::check::lint_pass {
namespace {

std::string quoted(const expr::Node& node) {
  std::string text = expr::to_text(node);
  return text.size() > 60 ? text.substr(0, 57) + "…" : text;
}

}  // namespace

void never_fires(const Context& context) {
  for (const auto& rule : context.model.rules) {
    if (!context.owns(rule.syntax) || !always_false(context.model, rule.when)) continue;
    const expr::Node& cause = false_part(context.model, *rule.when->tree);
    std::string what = cause.kind == expr::NodeKind::boolean ? "its `when` is `false`"
                                                             : fmt::format("`{}` is false", quoted(cause));
    context.diag.warning(Code::NeverFires, rule.when->locate(cause.begin),
                         fmt::format("rule `{}` can never fire: {} for every pupil on every date", rule.id, what),
                         {"literals and parameters alone decide it, before any profile is read; fix the comparison or "
                          "remove the rule"});
  }
}

}  // namespace apdr::check::lint_pass
