// Parameters are constants: a literal, or arithmetic on literals
// (`12 weeks`, `2`, `-1`, `6 weeks + 3 days`). They are folded here, once,
// so evaluation reads a value and an overlay's change can be type-checked.
// The arithmetic is evaluation's own (core/date_arithmetic.hpp): durations
// and dates beyond the calendar apdr prints (years 1–9999) have no meaning,
// and such a constant is an error where the same arithmetic at run time
// gives unknown.
#include <cmath>

#include <fmt/format.h>

#include "check/checker.hpp"
#include "core/date_arithmetic.hpp"

namespace apdr::check {
namespace {

using expr::Node;
using expr::NodeKind;

struct Folder {
  const syntax::Expression& expression;
  Diagnostics& diag;

  std::optional<ConstantValue> fold(const Node& node) {
    switch (node.kind) {
      case NodeKind::number: return node.number;
      case NodeKind::string: return node.text;
      case NodeKind::boolean: return node.boolean;
      case NodeKind::date: return node.date;
      case NodeKind::duration: return node.duration;
      case NodeKind::unary: {
        auto operand = fold(*node.children[0]);
        if (!operand) return std::nullopt;
        if (node.unary == expr::UnaryOp::negate) {
          if (auto* n = std::get_if<double>(&*operand)) return -*n;
          if (auto* d = std::get_if<Duration>(&*operand)) return d->negated();
        } else if (auto* b = std::get_if<bool>(&*operand)) {
          return !*b;
        }
        return fail(node, "this operator does not apply to that value");
      }
      case NodeKind::binary: {
        auto left = fold(*node.children[0]);
        auto right = fold(*node.children[1]);
        if (!left || !right) return std::nullopt;
        auto* ln = std::get_if<double>(&*left);
        auto* rn = std::get_if<double>(&*right);
        auto* ld = std::get_if<Duration>(&*left);
        auto* rd = std::get_if<Duration>(&*right);
        auto* ldate = std::get_if<Date>(&*left);
        auto checked = [&](auto value) -> std::optional<ConstantValue> {
          if (value) return *value;
          return fail(node, "this value is out of range: dates run from year 1 to 9999", {});
        };
        switch (node.binary) {
          case expr::BinaryOp::add:
            if (ln && rn) return *ln + *rn;
            if (ld && rd) return checked(combined(*ld, *rd, 1));
            if (ldate && rd && rd->working_days != 0) return working_days_not_constant(node);
            if (ldate && rd) return checked(moved(*ldate, *rd, 1));
            break;
          case expr::BinaryOp::subtract:
            if (ln && rn) return *ln - *rn;
            if (ld && rd) return checked(combined(*ld, *rd, -1));
            if (ldate && rd && rd->working_days != 0) return working_days_not_constant(node);
            if (ldate && rd) return checked(moved(*ldate, *rd, -1));
            break;
          case expr::BinaryOp::multiply:
            if (ln && rn) return *ln * *rn;
            // Fractions are dropped toward zero, as at run time.
            if (ld && rn) return checked(scaled(*ld, *rn));
            break;
          case expr::BinaryOp::divide:
            if (ln && rn) {
              if (auto q = quotient(*ln, *rn)) return *q;
            }
            break;
          default: break;
        }
        return fail(node, "a parameter may only add, subtract, multiply or divide literal values");
      }
      default:
        return fail(node, fmt::format("a parameter must be a constant value such as `12 weeks`, `2`, `true` or "
                                      "`2026-09-01`; `{}` is not",
                                      expr::to_text(node)));
    }
  }

  // A parameter is folded before any pupil's evaluation, and which days
  // are working days is the calendar's to say at that point in a chain: a
  // date moved by working days is computed where it is used instead.
  std::optional<ConstantValue> working_days_not_constant(const Node& node) {
    return fail(node, "a parameter cannot move a date by working days; give the length (`3 working days`) as the "
                      "parameter and add it to the date in the rule",
                {});
  }

  std::optional<ConstantValue> fail(const Node& node, const std::string& message,
                                    std::vector<std::string> notes = {
                                        "to make a parameter text, put it in quotes in the YAML: name: \"some text\""}) {
    diag.error(Code::NotConstant, expression.locate(node.begin), message, std::move(notes));
    return std::nullopt;
  }
};

Type type_of(const ConstantValue& value) {
  return std::visit(
      [](const auto& v) {
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, double>) return Type::of(TypeKind::number);
        if constexpr (std::is_same_v<V, bool>) return Type::of(TypeKind::boolean);
        if constexpr (std::is_same_v<V, Date>) return Type::of(TypeKind::date);
        if constexpr (std::is_same_v<V, Duration>) return Type::of(TypeKind::duration);
        return Type::of(TypeKind::text);
      },
      value);
}

}  // namespace

void Checker::check_parameters() {
  for (const auto& merged : parameters_) {
    const syntax::Parameter& p = *merged.syntax;
    Parameter parameter;
    parameter.name = p.name.value;
    parameter.syntax = &p;
    parameter.type = Type::of(TypeKind::error);
    if (p.value.tree) {
      Folder folder{p.value, diag_};
      if (auto value = folder.fold(*p.value.tree)) {
        parameter.value = *value;
        parameter.type = type_of(*value);
      }
    }
    parameter_index_[parameter.name] = static_cast<int>(model_.parameters.size());
    model_.parameters.push_back(std::move(parameter));
  }
  for (const auto& [inherited, changed] : overridden_parameters_) {
    if (!inherited->value.tree || !changed->value.tree) continue;
    Diagnostics scratch;  // both values were already reported where they are declared
    Folder old_folder{inherited->value, scratch};
    auto old_value = old_folder.fold(*inherited->value.tree);
    // Compare this change with what it changes, not with the chain's final
    // value: in national → county → school, the county's change is judged
    // against the national value even when the school changes it again.
    Folder new_folder{changed->value, scratch};
    auto new_value = new_folder.fold(*changed->value.tree);
    auto found = parameter_index_.find(changed->name.value);
    if (!old_value || !new_value || found == parameter_index_.end()) continue;
    Parameter& now = model_.parameters[static_cast<std::size_t>(found->second)];
    Type changed_type = type_of(*new_value);
    if (type_of(*old_value).kind != changed_type.kind) {
      // Inherited rules were written for the first type: the uses are not
      // reported again, this change is the mistake.
      now.type = Type::of(TypeKind::error);
      auto word = [](TypeKind k) {
        switch (k) {
          case TypeKind::number: return "a number";
          case TypeKind::boolean: return "true or false";
          case TypeKind::date: return "a date";
          case TypeKind::duration: return "a duration";
          default: return "text";
        }
      };
      diag_.error(Code::ParameterType, changed->value.where,
                  fmt::format("parameter `{}` is {} where it is first declared, so an overlay must give {} too, not {}",
                              changed->name.value, word(type_of(*old_value).kind), word(type_of(*old_value).kind),
                              word(changed_type.kind)),
                  {fmt::format("first declared at {}:{}:{}", inherited->name.where.file, inherited->name.where.line,
                               inherited->name.where.column)});
    }
  }
}

}  // namespace apdr::check
