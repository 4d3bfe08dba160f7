// W009: a rule that adds nothing, because another rule in force whenever it
// is (same area or none, a window at least as wide, a condition made of a
// subset of its `and` terms) already takes every one of its actions, with a
// kind at least as strong. Judged on the text of the conditions, not their
// meaning: `a and b` implies `a`, but `x >= 3` is not seen to imply `x >= 2`.
#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "check/lint_context.hpp"

namespace apdr::check::lint_pass {
namespace {

void conjuncts(const expr::Node& node, std::set<std::string>& out) {
  if (node.kind == expr::NodeKind::binary && node.binary == expr::BinaryOp::logical_and) {
    conjuncts(*node.children[0], out);
    conjuncts(*node.children[1], out);
    return;
  }
  out.insert(expr::to_text(node));
}

// The top-level `and` terms of a rule's condition, in canonical text; empty
// for a rule without `when` (always).
std::optional<std::set<std::string>> terms_of(const Rule& rule) {
  std::set<std::string> terms;
  if (!rule.when) return terms;
  if (!rule.when->tree) return std::nullopt;
  conjuncts(*rule.when->tree, terms);
  return terms;
}

bool covers(const Window& outer, const Window& inner) {
  bool from = !outer.from || (inner.from && *outer.from <= *inner.from);
  bool to = !outer.to || (inner.to && *inner.to <= *outer.to);
  return from && to;
}

std::string due_text(const syntax::Expression* due) {
  if (!due) return {};
  return due->tree ? expr::to_text(*due->tree) : due->text;
}

template <typename T>
bool subset(const std::vector<T>& small, const std::vector<T>& big) {
  return std::all_of(small.begin(), small.end(),
                     [&](const T& x) { return std::find(big.begin(), big.end(), x) != big.end(); });
}

// Every action of `a` is also an action of `b`.
bool actions_within(const Rule& a, const Rule& b) {
  for (const auto& target : a.levels) {
    bool raised = std::any_of(b.levels.begin(), b.levels.end(), [&](const LevelTarget& t) {
      return t.area == target.area && t.local_level >= target.local_level;
    });
    if (!raised) return false;
  }
  for (const auto& escalation : a.escalate) {
    bool taken = std::any_of(b.escalate.begin(), b.escalate.end(), [&](const EscalationAction& e) {
      return e.step == escalation.step && due_text(e.due) == due_text(escalation.due);
    });
    if (!taken) return false;
  }
  return subset(a.provide, b.provide) && subset(a.inform, b.inform);
}

bool has_actions(const Rule& rule) {
  return !rule.levels.empty() || !rule.provide.empty() || !rule.escalate.empty() || !rule.inform.empty();
}

// `b` fires whenever `a` does and does everything `a` does.
bool implied_by(const Rule& a, const std::set<std::string>& a_terms, const Rule& b,
                const std::set<std::string>& b_terms) {
  if (b.area && b.area != a.area) return false;
  if (!covers(b.window, a.window)) return false;
  if (stronger(a.kind, b.kind) != b.kind) return false;  // a's stronger kind shows in the output
  if (!std::includes(a_terms.begin(), a_terms.end(), b_terms.begin(), b_terms.end())) return false;
  return actions_within(a, b);
}

// One action a rule takes, as a key: what it provides, informs of,
// escalates to, or which area's level it raises.
using ActionKey = std::pair<int, int>;
enum ActionKind { provides, informs, escalates, raises };

std::vector<ActionKey> action_keys(const Rule& rule) {
  std::vector<ActionKey> keys;
  for (int item : rule.provide) keys.emplace_back(provides, item);
  for (int item : rule.inform) keys.emplace_back(informs, item);
  for (const auto& escalation : rule.escalate) keys.emplace_back(escalates, escalation.step);
  for (const auto& target : rule.levels) keys.emplace_back(raises, static_cast<int>(target.area));
  return keys;
}

std::string at(const SourceLocation& where) { return fmt::format("{}:{}:{}", where.file, where.line, where.column); }

}  // namespace

void redundant_rules(const Context& context) {
  const auto& rules = context.model.rules;
  std::vector<std::optional<std::set<std::string>>> terms;
  for (const auto& rule : rules) terms.push_back(terms_of(rule));
  // A rule that makes `a` redundant takes every action `a` takes, so it is
  // among the rules taking whichever of `a`'s actions is rarest. Looking
  // only there keeps a set of 10,000 rules from being compared pair by pair.
  std::map<ActionKey, std::vector<std::size_t>> taking;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    for (const auto& key : action_keys(rules[i])) {
      auto& list = taking[key];
      if (list.empty() || list.back() != i) list.push_back(i);
    }
  }
  for (std::size_t a = 0; a < rules.size(); ++a) {
    if (!context.owns(rules[a].syntax) || !terms[a] || !has_actions(rules[a])) continue;
    const std::vector<std::size_t>* candidates = nullptr;
    for (const auto& key : action_keys(rules[a])) {
      const auto& list = taking.at(key);  // `a` itself is among them
      if (candidates == nullptr || list.size() < candidates->size()) candidates = &list;
    }
    for (std::size_t b : *candidates) {
      if (a == b || !terms[b] || !implied_by(rules[a], *terms[a], rules[b], *terms[b])) continue;
      // Two rules that imply each other are copies: report the later one only.
      if (b > a && implied_by(rules[b], *terms[b], rules[a], *terms[a])) continue;
      context.diag.warning(
          Code::RedundantRule, rules[a].syntax->id.where,
          fmt::format("rule `{}` adds nothing: rule `{}` fires whenever it does and already takes all of its actions",
                      rules[a].id, rules[b].id),
          {fmt::format("rule `{}` is at {}", rules[b].id, at(rules[b].syntax->id.where)),
           fmt::format("remove `{}`, or give it an action `{}` does not take", rules[a].id, rules[b].id)});
      break;  // one reason is enough
    }
  }
}

}  // namespace apdr::check::lint_pass
