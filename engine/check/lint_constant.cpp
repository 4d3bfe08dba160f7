#include "check/lint_constant.hpp"

#include <cmath>

#include "core/date_arithmetic.hpp"

namespace apdr::check::lint_pass {
namespace {

using expr::BinaryOp;
using expr::NodeKind;

// -1, 0 or 1; nullopt when the two cannot be ordered without a date (a
// duration of months against one of days depends on which month; working
// days depend on the calendar).
std::optional<int> order(const ConstantValue& a, const ConstantValue& b) {
  if (auto* x = std::get_if<double>(&a)) {
    if (auto* y = std::get_if<double>(&b)) return three_way(*x, *y);
  }
  if (auto* x = std::get_if<Date>(&a)) {
    if (auto* y = std::get_if<Date>(&b)) return three_way(*x, *y);
  }
  if (auto* x = std::get_if<Duration>(&a)) {
    if (auto* y = std::get_if<Duration>(&b)) return order_without_date(*x, *y);
  }
  return std::nullopt;
}

std::optional<ConstantValue> compare(BinaryOp op, const ConstantValue& a, const ConstantValue& b) {
  if (op == BinaryOp::equal || op == BinaryOp::not_equal) {
    if (a.index() != b.index()) return std::nullopt;  // the checker has judged mixed types
    bool same = a == b;
    // `4 weeks == 1 month` depends on the month: not a constant.
    if (!same && std::holds_alternative<Duration>(a) && !order(a, b)) return std::nullopt;
    return op == BinaryOp::equal ? same : !same;
  }
  auto o = order(a, b);
  if (!o) return std::nullopt;
  switch (op) {
    case BinaryOp::less: return *o < 0;
    case BinaryOp::less_equal: return *o <= 0;
    case BinaryOp::greater: return *o > 0;
    case BinaryOp::greater_equal: return *o >= 0;
    default: return std::nullopt;
  }
}

std::optional<ConstantValue> arithmetic(BinaryOp op, const ConstantValue& a, const ConstantValue& b) {
  auto* x = std::get_if<double>(&a);
  auto* y = std::get_if<double>(&b);
  if (!x || !y) return std::nullopt;  // dates and durations are left to run time: their range rules live there
  double result = 0;
  switch (op) {
    case BinaryOp::add: result = *x + *y; break;
    case BinaryOp::subtract: result = *x - *y; break;
    case BinaryOp::multiply: result = *x * *y; break;
    case BinaryOp::divide:
      if (auto q = quotient(*x, *y)) result = *q;
      else return std::nullopt;
      break;
    default: return std::nullopt;
  }
  if (!std::isfinite(result)) return std::nullopt;
  return result;
}

std::optional<bool> as_bool(const std::optional<ConstantValue>& v) {
  if (!v) return std::nullopt;
  if (auto* b = std::get_if<bool>(&*v)) return *b;
  return std::nullopt;
}

}  // namespace

std::optional<ConstantValue> constant_value(const Model& model, const expr::Node& node) {
  switch (node.kind) {
    case NodeKind::number: return node.number;
    case NodeKind::string: return node.text;
    case NodeKind::boolean: return node.boolean;
    case NodeKind::date: return node.date;
    case NodeKind::duration: return node.duration;
    case NodeKind::name: {
      const Resolution* found = model.resolution_of(node);
      if (found == nullptr || found->ref != Resolution::Ref::parameter) return std::nullopt;
      const Parameter& p = model.parameters[static_cast<std::size_t>(found->index)];
      if (p.type.is_error()) return std::nullopt;
      return p.value;
    }
    case NodeKind::unary: {
      auto operand = constant_value(model, *node.children[0]);
      if (!operand) return std::nullopt;
      if (node.unary == expr::UnaryOp::logical_not) {
        if (auto b = as_bool(operand)) return !*b;
        return std::nullopt;
      }
      if (auto* n = std::get_if<double>(&*operand)) return -*n;
      return std::nullopt;
    }
    case NodeKind::if_then: {
      auto condition = as_bool(constant_value(model, *node.children[0]));
      if (!condition) return std::nullopt;
      return constant_value(model, *node.children[*condition ? 1 : 2]);
    }
    case NodeKind::binary: {
      auto left = constant_value(model, *node.children[0]);
      auto right = constant_value(model, *node.children[1]);
      if (node.binary == BinaryOp::logical_and || node.binary == BinaryOp::logical_or) {
        bool absorbing = node.binary == BinaryOp::logical_or;  // `true or x` is true, `false and x` false
        auto l = as_bool(left);
        auto r = as_bool(right);
        if ((l && *l == absorbing) || (r && *r == absorbing)) return absorbing;
        if (l && r) return !absorbing;
        return std::nullopt;
      }
      if (!left || !right) return std::nullopt;
      switch (node.binary) {
        case BinaryOp::equal: case BinaryOp::not_equal: case BinaryOp::less: case BinaryOp::less_equal:
        case BinaryOp::greater: case BinaryOp::greater_equal:
          return compare(node.binary, *left, *right);
        case BinaryOp::add: case BinaryOp::subtract: case BinaryOp::multiply: case BinaryOp::divide:
          return arithmetic(node.binary, *left, *right);
        default: return std::nullopt;
      }
    }
    default: return std::nullopt;
  }
}

bool always_false(const Model& model, const syntax::Expression* expression) {
  if (!expression || !expression->tree) return false;
  return as_bool(constant_value(model, *expression->tree)) == false;
}

const expr::Node& false_part(const Model& model, const expr::Node& node) {
  if (node.kind == NodeKind::binary && node.binary == BinaryOp::logical_and) {
    for (const auto& term : node.children) {
      if (as_bool(constant_value(model, *term)) == false) return false_part(model, *term);
    }
  }
  return node;
}

}  // namespace apdr::check::lint_pass
