#include "explain/describe.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "check/record_fields.hpp"
#include "explain/value_words.hpp"

namespace apdr::explain {
namespace {

using check::Function;
using Ref = check::Resolution::Ref;
using expr::BinaryOp;
using expr::NodeKind;

bool is_literal(NodeKind kind) {
  return kind == NodeKind::number || kind == NodeKind::string || kind == NodeKind::boolean ||
         kind == NodeKind::date || kind == NodeKind::duration;
}

std::size_t element_count(const Recorded& run) {
  std::size_t n = 0;
  for (const auto& child : run.children) n += child.node == nullptr;
  return n;
}

// The condition's value for one element: the last thing run under it.
const run::Value* element_result(const Recorded& element) {
  return element.children.empty() ? nullptr : &element.children.back().value;
}

}  // namespace

bool is_comparison(BinaryOp op) {
  switch (op) {
    case BinaryOp::equal: case BinaryOp::not_equal: case BinaryOp::less: case BinaryOp::less_equal:
    case BinaryOp::greater: case BinaryOp::greater_equal: case BinaryOp::in: case BinaryOp::not_in:
      return true;
    default: return false;
  }
}

BinaryOp flipped(BinaryOp op) {
  switch (op) {
    case BinaryOp::less: return BinaryOp::greater;
    case BinaryOp::less_equal: return BinaryOp::greater_equal;
    case BinaryOp::greater: return BinaryOp::less;
    case BinaryOp::greater_equal: return BinaryOp::less_equal;
    default: return op;
  }
}

ComparisonWords comparison_words(BinaryOp op, bool dates, bool values) {
  if (values && op == BinaryOp::equal) return {"is", "is other than"};
  if (values && op == BinaryOp::not_equal) return {"is other than", "is"};
  switch (op) {
    case BinaryOp::equal: return {"is", "is not"};
    case BinaryOp::not_equal: return {"is not", "is"};
    case BinaryOp::in: return {"is one of", "is not one of"};
    case BinaryOp::not_in: return {"is not one of", "is one of"};
    case BinaryOp::less: return dates ? ComparisonWords{"is before", "is on or after"} : ComparisonWords{"is below", "is at least"};
    case BinaryOp::less_equal: return dates ? ComparisonWords{"is on or before", "is after"} : ComparisonWords{"is at most", "is more than"};
    case BinaryOp::greater: return dates ? ComparisonWords{"is after", "is on or before"} : ComparisonWords{"is more than", "is at most"};
    case BinaryOp::greater_equal: return dates ? ComparisonWords{"is on or after", "is before"} : ComparisonWords{"is at least", "is below"};
    default: return {"holds", "does not hold"};
  }
}

const check::Resolution* Describer::resolution(const expr::Node& node) const {
  return model_.resolution_of(node);
}

std::string Describer::text(const Recorded& run) const { return run.node ? expr::to_text(*run.node) : std::string(); }

std::string Describer::value(const Recorded& run) const { return value_words(run.value, model_); }

bool Describer::self_evident(const Recorded& run) const {
  if (!run.node) return false;
  if (is_literal(run.node->kind)) return true;
  if (run.node->kind == NodeKind::list) return true;
  if (run.node->kind != NodeKind::name) return false;
  const check::Resolution* r = resolution(*run.node);
  if (!r) return false;
  switch (r->ref) {
    case Ref::parameter: case Ref::local_level: case Ref::root_level: case Ref::area: case Ref::code: case Ref::symbol:
      return true;
    default: return false;
  }
}

std::string Describer::operand(const Recorded& run) const {
  if (!run.node) return value(run);
  bool literal = is_literal(run.node->kind) || run.node->kind == NodeKind::list;
  const check::Resolution* r = run.node->kind == NodeKind::name ? resolution(*run.node) : nullptr;
  bool stands_for_itself = literal || (r && r->ref != Ref::parameter && self_evident(run));
  if (stands_for_itself) return text(run);
  return fmt::format("{}, which is {}", text(run), value(run));
}

std::string Describer::subject(const Recorded& run) const {
  std::string words = operand(run);
  // "x, which is 2, is at least …": the aside closes before the verb.
  return words.find(", which is ") != std::string::npos ? words + "," : words;
}

std::string Describer::element_label(const Recorded& element, std::size_t count) const {
  std::string what = element.value.tag == run::Tag::cycle || element.value.tag == run::Tag::need
                         ? record_words(element.value) : value_words(element.value, model_);
  return fmt::format("element {} of {}: {}", element.element + 1, count, what);
}

std::string Describer::items_words(const Recorded& list) const {
  if (list.node && list.node->kind == NodeKind::call) {
    const check::Resolution* r = resolution(*list.node);
    if (r && static_cast<Function>(r->index) == Function::cycles && !list.node->children.empty()) {
      auto area = parse_area(list.node->children[0]->text);
      if (area) return "cycles in " + area_words(*area);
    }
  }
  if (list.node && list.node->kind == NodeKind::name) {
    const check::Resolution* r = resolution(*list.node);
    if (r && r->ref == Ref::needs) return "needs";
  }
  return "items of " + text(list);
}

std::string Describer::name_sentence(const Recorded& run) const {
  const check::Resolution* r = resolution(*run.node);
  std::string name = text(run);
  if (!r) return fmt::format("{} is {}.", name, value(run));
  switch (r->ref) {
    case Ref::input:
      return run.value.known() ? fmt::format("{} is {}, from the profile.", name, value(run))
                               : fmt::format("{} is not known: the profile does not give it.", name);
    case Ref::derived:
      return run.value.known() ? fmt::format("{} is a derived value, worked out as below: {}.", name, value(run))
                               : fmt::format("{} is a derived value, and could not be worked out.", name);
    case Ref::today: return fmt::format("The evaluation date is {}.", value(run));
    case Ref::needs: return fmt::format("The pupil has {}.", value(run));
    case Ref::cycle_field:
    case Ref::need_field:
      return run.value.known() ? fmt::format("This element's {} is {}.", name, value(run))
                               : fmt::format("This element's {} is not recorded.", name);
    default: return fmt::format("{} is {}.", name, value(run));
  }
}

std::string Describer::tally_sentence(const Recorded& run) const {
  auto function = static_cast<Function>(resolution(*run.node)->index);
  if (run.children.empty()) return fmt::format("{} is {}.", text(run), value(run));
  const Recorded& list = run.children.front();
  if (!list.value.known()) return fmt::format("{} is not known, so neither is this.", text(list));
  std::size_t total = list.value.list().size();
  std::string items = items_words(list);
  std::size_t elements = element_count(run);
  if (elements == 0 && function == Function::count) {
    return fmt::format("There {} {} {}.", total == 1 ? "is" : "are", total, items);
  }
  if (total == 0) {
    return fmt::format("There are no {}, so this is {}.", items, value(run));
  }
  std::size_t yes = 0, no = 0, unknown = 0;
  if (elements == 0) {  // any/all over a list of booleans
    for (const auto& item : list.value.list()) (item.is_true() ? yes : item.is_false() ? no : unknown)++;
  } else {
    for (const auto& child : run.children) {
      if (child.node != nullptr) continue;
      const run::Value* c = element_result(child);
      (c && c->is_true() ? yes : c && c->is_false() ? no : unknown)++;
    }
  }
  std::string undecided = unknown == 0 ? "" : fmt::format(", and {} could not be decided", unknown);
  switch (function) {
    case Function::count:
      return unknown == 0 ? fmt::format("{} of the {} {} meet the condition.", yes, total, items)
                          : fmt::format("{} of the {} {} meet the condition{}, so the count is not known.", yes, total,
                                        items, undecided);
    case Function::any:
      if (yes > 0) return fmt::format("{} of the {} {} meet{} the condition.", yes, total, items, yes == 1 ? "s" : "");
      if (unknown == 0) return fmt::format("None of the {} {} meets the condition.", total, items);
      return fmt::format("None of the {} {} is known to meet the condition{}.", total, items, undecided);
    default:
      if (no > 0) return fmt::format("{} of the {} {} do{} not meet the condition.", no, total, items, no == 1 ? "es" : "");
      if (unknown == 0) return fmt::format("All {} {} meet the condition.", total, items);
      return fmt::format("None of the {} {} is known to fail the condition{}.", total, items, undecided);
  }
}

std::string Describer::call_sentence(const Recorded& run) const {
  const check::Resolution* r = resolution(*run.node);
  if (!r) return fmt::format("{} is {}.", text(run), value(run));
  auto function = static_cast<Function>(r->index);
  const auto& args = run.node->children;
  auto area_arg = [&]() -> std::string {
    auto area = args.empty() ? std::nullopt : parse_area(args[0]->text);
    return area ? area_words(*area) : (args.empty() ? std::string() : expr::to_text(*args[0]));
  };
  switch (function) {
    case Function::level:
      if (run.value.tag == run::Tag::level && run.value.id < 0) return fmt::format("The pupil has no need in {}.", area_arg());
      return fmt::format("The pupil's level in {} is {}.", area_arg(), value(run));
    case Function::has_need:
      return run.value.is_true() ? fmt::format("The pupil has a need in {}.", area_arg())
                                 : fmt::format("The pupil has no need in {}.", area_arg());
    case Function::has_code: {
      std::string code = args.empty() ? "?" : args[0]->text;
      const CensusCode* known = find_census_code(code);
      std::string meaning = known ? fmt::format(" ({})", known->meaning) : "";
      return run.value.is_true() ? fmt::format("A need has census code {}{}.", code, meaning)
                                 : fmt::format("No need has census code {}{}.", code, meaning);
    }
    case Function::cycles: {
      std::size_t n = run.value.list().size();
      if (n == 0) return fmt::format("No cycles in {} are recorded.", area_arg());
      return fmt::format("{} {} in {} {} recorded.", n, n == 1 ? "cycle" : "cycles", area_arg(), n == 1 ? "is" : "are");
    }
    case Function::count:
    case Function::any:
    case Function::all: return tally_sentence(run);
    case Function::latest: {
      if (run.children.empty() || !run.children.front().value.known()) return fmt::format("{} is not known.", text(run));
      const Recorded& list = run.children.front();
      std::size_t n = list.value.list().size();
      if (n == 0) return fmt::format("There is no latest one: there are no {}.", items_words(list));
      return fmt::format("The last of the {} {} is the {}.", n, items_words(list), value(run));
    }
    case Function::in_place:
      if (!run.value.known()) {
        return fmt::format("Whether {} is in place is not known: the profile does not record what is in place.",
                           args.empty() ? "?" : args[0]->text);
      }
      return fmt::format("{} {} in place.", args.empty() ? "?" : args[0]->text, run.value.is_true() ? "is" : "is not");
    case Function::age:
      return run.value.known() ? fmt::format("The pupil is {} (whole years).", value(run))
                               : "The pupil's age is not known: the profile gives no date of birth.";
    case Function::known: {
      if (run.children.empty()) return fmt::format("{} is {}.", text(run), value(run));
      const Recorded& operand = run.children.front();
      return operand.value.known() ? fmt::format("{} is known: it is {}.", text(operand), value(operand))
                                   : fmt::format("{} is not known.", text(operand));
    }
    default:
      return run.value.known() ? fmt::format("{} is {}.", text(run), value(run))
                               : fmt::format("{} is not known.", text(run));
  }
}

std::string Describer::comparison_sentence(const Recorded& run) const {
  if (run.children.size() < 2) return fmt::format("{} is {}.", text(run), value(run));
  const Recorded& left = run.children[0];
  const Recorded& right = run.children[1];
  if (!run.value.known()) {
    std::vector<std::string> unknown;
    if (!left.value.known()) unknown.push_back(text(left));
    if (!right.value.known()) unknown.push_back(text(right));
    return fmt::format("{} {} not known, so this cannot be decided.", fmt::join(unknown, " and "),
                       unknown.size() == 1 ? "is" : "are");
  }
  bool dates = left.value.tag == run::Tag::date || right.value.tag == run::Tag::date;
  BinaryOp op = run.node->binary;
  if ((op == BinaryOp::equal || op == BinaryOp::not_equal) &&
      (left.value.tag == run::Tag::symbol || right.value.tag == run::Tag::symbol)) {
    // "outcome, which is partly_met, is met." or "… is not met." would read
    // as the value itself (`not_met`): say the test as written, then whether
    // it holds.
    return fmt::format("{} {} {}: {}.", subject(left), op == BinaryOp::equal ? "is" : "is not", operand(right),
                       run.value.is_true() ? "true" : "false");
  }
  ComparisonWords words = comparison_words(op, dates);
  return fmt::format("{} {} {}.", subject(left), run.value.is_true() ? words.holds : words.fails, operand(right));
}

std::string Describer::logic_sentence(const Recorded& run) const {
  bool is_and = run.node->binary == BinaryOp::logical_and;
  const auto& parts = run.children;
  if (parts.size() == 1) {
    return is_and ? "The first part does not hold, so the rest was not looked at."
                  : "The first part holds, so the rest was not looked at.";
  }
  if (run.value.known()) {
    if (is_and) {
      if (run.value.is_true()) return "Both parts hold.";
      return parts[1].value.is_false() && !parts[0].value.known()
                 ? "The second part does not hold, which decides it whatever the first is."
                 : "The second part does not hold.";
    }
    if (run.value.is_false()) return "Neither part holds.";
    return !parts[0].value.known() ? "The second part holds, which decides it whatever the first is."
                                   : "The second part holds.";
  }
  std::vector<std::string> unknown;
  for (const auto& part : parts) {
    if (!part.value.known()) unknown.push_back(text(part));
  }
  return fmt::format("Not decided: {} {} not known, and the {} does not settle it.", fmt::join(unknown, " and "),
                     unknown.size() == 1 ? "is" : "are", unknown.size() == 1 ? "other part" : "profile");
}

std::string Describer::sentence(const Recorded& run) const {
  const expr::Node& node = *run.node;
  switch (node.kind) {
    case NodeKind::name: return name_sentence(run);
    case NodeKind::field: {
      const check::Resolution* r = resolution(node);
      bool from_profile = r && (r->ref == Ref::pupil_field || r->ref == Ref::ehc_field);
      if (!run.value.known()) {
        return from_profile ? fmt::format("{} is not known: the profile does not give it.", text(run))
                            : fmt::format("{} is not known.", text(run));
      }
      return fmt::format("{} is {}{}.", text(run), value(run), from_profile ? ", from the profile" : "");
    }
    case NodeKind::call: return call_sentence(run);
    case NodeKind::where: {
      if (!run.value.known()) return "Some elements could not be decided, so the list is not known.";
      std::size_t total = run.children.empty() ? 0 : run.children.front().value.list().size();
      return fmt::format("{} of the {} {} meet the condition.", run.value.list().size(), total,
                         run.children.empty() ? "items" : items_words(run.children.front()));
    }
    case NodeKind::if_then: {
      if (run.children.empty() || !run.children.front().value.known()) return "The condition is not known, so neither branch applies.";
      return fmt::format("The condition is {}, so the {} branch gives {}.", value(run.children.front()),
                         run.children.front().value.flag ? "`then`" : "`else`", value(run));
    }
    case NodeKind::unary:
      if (node.unary == expr::UnaryOp::logical_not && !run.children.empty()) {
        const Recorded& operand = run.children.front();
        return operand.value.known() ? fmt::format("{} is {}, so this is {}.", text(operand), value(operand), value(run))
                                     : fmt::format("{} is not known.", text(operand));
      }
      return fmt::format("{} is {}.", text(run), value(run));
    case NodeKind::binary:
      if (node.binary == BinaryOp::logical_and || node.binary == BinaryOp::logical_or) return logic_sentence(run);
      if (is_comparison(node.binary)) return comparison_sentence(run);
      if (run.children.size() == 2) {
        return fmt::format("{} {} {} is {}.", subject(run.children[0]), expr::spelling(node.binary),
                           subject(run.children[1]), value(run));
      }
      return fmt::format("{} is {}.", text(run), value(run));
    default: return fmt::format("{} is {}.", text(run), value(run));
  }
}

Step Describer::describe(const Recorded& run) const {
  Step step;
  if (!run.node) {
    const run::Value* result = element_result(run);
    step.value = result ? value_words(*result, model_) : "not known";
  } else {
    step.text = text(run);
    step.value = value(run);
    step.says = sentence(run);
  }
  std::size_t elements = element_count(run);
  for (const auto& child : run.children) {
    if (self_evident(child)) continue;
    Step sub = describe(child);
    if (!child.node) sub.element = element_label(child, elements);
    step.steps.push_back(std::move(sub));
  }
  return step;
}

std::string Describer::reason(const Recorded& run) const {
  if (!run.node) return "";
  const expr::Node& node = *run.node;
  if (node.kind == NodeKind::binary && (node.binary == BinaryOp::logical_and || node.binary == BinaryOp::logical_or)) {
    bool is_and = node.binary == BinaryOp::logical_and;
    // The parts that decided it: for `and` that held or `or` that failed,
    // all; otherwise the ones that went the way of the whole.
    std::vector<std::string> parts;
    bool all_parts = run.value.known() && run.value.flag == is_and;
    for (const auto& part : run.children) {
      bool decisive = all_parts ? true : run.value.known() ? part.value.known() && part.value.flag == run.value.flag
                                                           : !part.value.known();
      if (decisive) parts.push_back(reason(part));
    }
    // One failing part is enough to say why an `and` failed (or an `or` held).
    if (run.value.known() && !all_parts && parts.size() > 1) parts.resize(1);
    return fmt::format("{}", fmt::join(parts, ", and "));
  }
  if (node.kind == NodeKind::unary && node.unary == expr::UnaryOp::logical_not && !run.children.empty()) {
    return reason(run.children.front());
  }
  if (node.kind == NodeKind::name) {
    // A derived value or a fact: its value is the reason; how it was worked
    // out is in the tree.
    return run.value.known() ? fmt::format("{} is {}", text(run), value(run)) : fmt::format("{} is not known", text(run));
  }
  std::string s = sentence(run);
  if (!s.empty() && s.back() == '.') s.pop_back();
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z' && !(s.size() > 1 && s[1] >= 'A' && s[1] <= 'Z')) {
    s[0] = static_cast<char>(s[0] - 'A' + 'a');
  }
  return s;
}

}  // namespace apdr::explain
