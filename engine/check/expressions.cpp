// Types every expression before anything runs, and records what each name,
// field and call means so that the compiler never looks a name up again.
#include <algorithm>

#include <fmt/format.h>

#include "check/checker.hpp"
#include "check/functions.hpp"
#include "check/record_fields.hpp"
#include "core/suggest.hpp"

namespace apdr::check {
namespace {

using expr::BinaryOp;
using expr::Node;
using expr::NodeKind;

bool is_ordered(TypeKind kind) {
  return kind == TypeKind::number || kind == TypeKind::date || kind == TypeKind::duration ||
         kind == TypeKind::level;
}

template <typename Span>
int find_field(Span fields, std::string_view name) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (fields[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

template <typename Span>
std::vector<std::string> field_names(Span fields) {
  std::vector<std::string> names;
  for (const auto& f : fields) names.emplace_back(f.name);
  return names;
}

std::string quote(const Node& node) {
  std::string text = expr::to_text(node);
  if (text.size() > 60) text = text.substr(0, 57) + "…";
  return "`" + text + "`";
}

}  // namespace

SourceLocation Checker::where_of(const Node& node) const {
  return current_ ? current_->locate(node.begin) : SourceLocation{};
}

std::string Checker::describe(const Type& type) const {
  switch (type.kind) {
    case TypeKind::error: return "an invalid value";
    case TypeKind::any: return "anything";
    case TypeKind::number: return "a number";
    case TypeKind::boolean: return "true or false";
    case TypeKind::date: return "a date";
    case TypeKind::duration: return "a duration";
    case TypeKind::text: return "text";
    case TypeKind::enumeration:
      return fmt::format("a `{}` value", model_.enums[static_cast<std::size_t>(type.enum_id)].name);
    case TypeKind::symbol:
      return type.symbol_id >= 0 ? fmt::format("the value `{}`", model_.symbols[static_cast<std::size_t>(type.symbol_id)])
                                 : "a list value";
    case TypeKind::level: return "a level";
    case TypeKind::area: return "an area of need";
    case TypeKind::code: return "a census code";
    case TypeKind::list: return fmt::format("a list of {}", type.element ? describe(*type.element) : "anything");
    case TypeKind::cycle: return "an APDR cycle";
    case TypeKind::need: return "a need";
  }
  return "a value";
}

bool Checker::compatible(const Type& a, const Type& b) const {
  if (a.is_error() || b.is_error() || a.kind == TypeKind::any || b.kind == TypeKind::any) return true;
  auto member = [&](const Type& e, const Type& s) {
    if (s.symbol_id < 0) return true;
    const auto& members = model_.enums[static_cast<std::size_t>(e.enum_id)].members;
    return std::find(members.begin(), members.end(), s.symbol_id) != members.end();
  };
  if (a.kind == TypeKind::enumeration && b.kind == TypeKind::symbol) return member(a, b);
  if (b.kind == TypeKind::enumeration && a.kind == TypeKind::symbol) return member(b, a);
  if (a.kind != b.kind) return false;
  if (a.kind == TypeKind::enumeration) return a.enum_id == b.enum_id;
  if (a.kind == TypeKind::list) return compatible(*a.element, *b.element);
  return true;
}

void Checker::expect(const Node& node, const Type& actual, TypeKind wanted, const char* role) {
  if (actual.is_error() || actual.kind == wanted) return;
  diag_.error(Code::TypeMismatch, where_of(node),
              fmt::format("{} must be {}, but {} is {}", role, describe(Type::of(wanted)), quote(node), describe(actual)));
}

std::vector<std::string> Checker::visible_names() const {
  std::vector<std::string> names;
  for (const auto& [name, _] : declared_) names.push_back(name);
  if (!element_scope_.empty()) {
    auto fields = element_scope_.back().kind == TypeKind::cycle ? field_names(cycle_fields()) : field_names(need_fields());
    names.insert(names.end(), fields.begin(), fields.end());
  }
  return names;
}

Type Checker::check_expression(const syntax::Expression& expression, const char* context) {
  if (!expression.tree) return Type::of(TypeKind::error);
  const syntax::Expression* saved = current_;
  auto saved_scope = std::move(element_scope_);
  auto saved_unknown = std::move(unknown_names_);  // a derived value is checked inside another expression
  element_scope_.clear();
  unknown_names_.clear();
  current_ = &expression;
  Type type = check_node(*expression.tree);
  std::string_view role(context);
  if (role == "condition" || role == "guard") hint_input_type(*expression.tree, Type::of(TypeKind::boolean));
  if (role == "due date") hint_input_type(*expression.tree, Type::of(TypeKind::date));
  report_unknown_names();
  current_ = saved;
  element_scope_ = std::move(saved_scope);
  unknown_names_ = std::move(saved_unknown);
  return type;
}

Type Checker::check_node(const Node& node) {
  Type type;
  switch (node.kind) {
    case NodeKind::number: type = Type::of(TypeKind::number); break;
    case NodeKind::string: type = Type::of(TypeKind::text); break;
    case NodeKind::boolean: type = Type::of(TypeKind::boolean); break;
    case NodeKind::date: type = Type::of(TypeKind::date); break;
    case NodeKind::duration: type = Type::of(TypeKind::duration); break;
    case NodeKind::list: {
      Type element = Type::of(TypeKind::any);
      for (const auto& item : node.children) {
        Type item_type = check_node(*item);
        if (element.kind == TypeKind::any || element.is_error()) {
          element = item_type;
        } else if (!compatible(element, item_type)) {
          diag_.error(Code::TypeMismatch, where_of(*item),
                      fmt::format("every item of a list must have one type: {} is {}, the items before it are {}",
                                  quote(*item), describe(item_type), describe(element)));
        } else if (element.kind == TypeKind::symbol && item_type.kind == TypeKind::symbol) {
          element.symbol_id = -1;  // several enum values: membership is checked where the list is used
        } else if (item_type.kind == TypeKind::enumeration) {
          element = item_type;
        }
      }
      type = Type::list_of(element);
      break;
    }
    case NodeKind::name: type = check_name(node); break;
    case NodeKind::field: type = check_field(node); break;
    case NodeKind::call: type = check_call(node); break;
    case NodeKind::where: {
      Type list = check_node(*node.children[0]);
      Type element = Type::of(TypeKind::error);
      if (!list.is_error()) {
        if (list.kind == TypeKind::list && (list.element->kind == TypeKind::cycle || list.element->kind == TypeKind::need)) {
          element = *list.element;
        } else {
          diag_.error(Code::TypeMismatch, where_of(*node.children[0]),
                      fmt::format("`where` filters a list of cycles or needs, but {} is {}", quote(*node.children[0]),
                                  describe(list)));
        }
      }
      element_scope_.push_back(element);
      Type condition = check_node(*node.children[1]);
      hint_input_type(*node.children[1], Type::of(TypeKind::boolean));
      element_scope_.pop_back();
      expect(*node.children[1], condition, TypeKind::boolean, "the condition after `where`");
      type = list.kind == TypeKind::list ? list : Type::of(TypeKind::error);
      break;
    }
    case NodeKind::if_then: {
      Type condition = check_node(*node.children[0]);
      hint_input_type(*node.children[0], Type::of(TypeKind::boolean));
      expect(*node.children[0], condition, TypeKind::boolean, "the condition after `if`");
      Type then_type = check_node(*node.children[1]);
      Type else_type = check_node(*node.children[2]);
      if (!compatible(then_type, else_type)) {
        diag_.error(Code::TypeMismatch, where_of(*node.children[2]),
                    fmt::format("both branches of `if` must have one type: `then` gives {}, `else` gives {}",
                                describe(then_type), describe(else_type)));
        type = Type::of(TypeKind::error);
      } else {
        type = then_type.kind == TypeKind::symbol || then_type.kind == TypeKind::any ? else_type : then_type;
      }
      break;
    }
    case NodeKind::unary: {
      Type operand = check_node(*node.children[0]);
      if (node.unary == expr::UnaryOp::logical_not) {
        hint_input_type(*node.children[0], Type::of(TypeKind::boolean));
        expect(*node.children[0], operand, TypeKind::boolean, "the operand of `not`");
        type = Type::of(TypeKind::boolean);
      } else if (operand.is_error() || operand.kind == TypeKind::number || operand.kind == TypeKind::duration) {
        type = operand;
      } else {
        diag_.error(Code::TypeMismatch, where_of(node),
                    fmt::format("only a number or a duration can be negated, but {} is {}", quote(*node.children[0]),
                                describe(operand)));
        type = Type::of(TypeKind::error);
      }
      break;
    }
    case NodeKind::binary: type = check_binary(node); break;
  }
  model_.set_type(node, type);
  return type;
}

Type Checker::check_name(const Node& node) {
  const std::string& name = node.text;
  auto resolve = [&](Resolution::Ref ref, int index, Type type) {
    model_.set_resolution(node, {ref, index});
    return type;
  };
  if (!element_scope_.empty() && !element_scope_.back().is_error()) {
    bool is_cycle = element_scope_.back().kind == TypeKind::cycle;
    auto fields = is_cycle ? cycle_fields() : need_fields();
    int index = find_field(fields, name);
    if (index >= 0) {
      return resolve(is_cycle ? Resolution::Ref::cycle_field : Resolution::Ref::need_field, index,
                     field_type(fields[static_cast<std::size_t>(index)]));
    }
  }
  // Inside a `where` whose list was already reported as not a list of
  // records, a field name is not a second mistake.
  if (!element_scope_.empty() && element_scope_.back().is_error() &&
      (find_field(cycle_fields(), name) >= 0 || find_field(need_fields(), name) >= 0)) {
    return Type::of(TypeKind::error);
  }
  if (name == "today") return resolve(Resolution::Ref::today, 0, Type::of(TypeKind::date));
  if (name == "needs") return resolve(Resolution::Ref::needs, 0, Type::list_of(Type::of(TypeKind::need)));
  if (name == "pupil" || name == "ehc") {
    auto fields = name == "pupil" ? field_names(pupil_fields()) : field_names(ehc_fields());
    diag_.error(Code::TypeMismatch, where_of(node),
                fmt::format("`{}` is a record of facts; name one of its fields, e.g. `{}.{}`", name, name, fields[0]),
                {fmt::format("its fields are: {}", fmt::join(fields, ", "))});
    return Type::of(TypeKind::error);
  }
  if (auto it = input_index_.find(name); it != input_index_.end()) {
    return resolve(Resolution::Ref::input, it->second, model_.inputs[static_cast<std::size_t>(it->second)].type);
  }
  if (auto it = parameter_index_.find(name); it != parameter_index_.end()) {
    return resolve(Resolution::Ref::parameter, it->second,
                   model_.parameters[static_cast<std::size_t>(it->second)].type);
  }
  if (auto it = derived_index_.find(name); it != derived_index_.end()) {
    int index = it->second;
    auto& state = derived_state_[static_cast<std::size_t>(index)];
    if (state == 1) {
      std::vector<std::string> path;
      auto start = std::find(derived_stack_.begin(), derived_stack_.end(), index);
      for (auto i = start; i != derived_stack_.end(); ++i) path.push_back(model_.derived[static_cast<std::size_t>(*i)].name);
      path.push_back(name);
      diag_.error(Code::DeriveCycle, where_of(node),
                  fmt::format("derived values depend on each other in a cycle: {}", fmt::join(path, " → ")),
                  {"a derived value may use others only if none of them leads back to it"});
      return resolve(Resolution::Ref::derived, index, Type::of(TypeKind::error));
    }
    if (state == 0) {
      state = 1;
      derived_stack_.push_back(index);
      Derived& derived = model_.derived[static_cast<std::size_t>(index)];
      derived.type = check_expression(derived.syntax->value, "derived value");
      derived_stack_.pop_back();
      derived_state_[static_cast<std::size_t>(index)] = 2;
    }
    return resolve(Resolution::Ref::derived, index, model_.derived[static_cast<std::size_t>(index)].type);
  }
  if (int local = model_.ladder.find_local(name); local >= 0) {
    Type type = Type::of(TypeKind::level);
    return resolve(Resolution::Ref::local_level, local, type);
  }
  if (int root = model_.ladder.find_root(name); root >= 0) {
    Type type = Type::of(TypeKind::level);
    type.root_level = true;
    return resolve(Resolution::Ref::root_level, root, type);
  }
  if (rejected_levels_.count(name) > 0) return Type::of(TypeKind::error);  // its declaration was reported
  if (auto area = parse_area(name)) return resolve(Resolution::Ref::area, static_cast<int>(*area), Type::of(TypeKind::area));
  if (const CensusCode* code = find_census_code(name)) {
    return resolve(Resolution::Ref::code, static_cast<int>(code - census_codes().data()), Type::of(TypeKind::code));
  }
  if (int symbol = model_.find_symbol(name); symbol >= 0) {
    Type type = Type::of(TypeKind::symbol);
    type.symbol_id = symbol;
    return resolve(Resolution::Ref::symbol, symbol, type);
  }
  if (find_function(name)) {
    diag_.error(Code::UnknownName, where_of(node), fmt::format("unknown name `{}`", name),
                {fmt::format("`{}` is a function: call it as {}", name, find_function(name)->usage)});
    return Type::of(TypeKind::error);
  }
  note_unknown_name(node, did_you_mean(name, visible_names()));
  return Type::of(TypeKind::error);
}

Type Checker::check_field(const Node& node) {
  const Node& base = *node.children[0];
  const std::string& field = node.text;
  auto unknown = [&](std::span<const FieldDef> fields, const char* record) {
    auto names = field_names(fields);
    auto notes = did_you_mean(field, names);
    notes.push_back(fmt::format("the fields of {} are: {}", record, fmt::join(names, ", ")));
    diag_.error(Code::UnknownField, where_of(node), fmt::format("{} has no field `{}`", record, field), notes);
    return Type::of(TypeKind::error);
  };
  // `pupil` and `ehc` are never fields of a cycle or need, so they cannot be shadowed.
  bool base_is_name = base.kind == NodeKind::name;
  if (base_is_name && (base.text == "pupil" || base.text == "ehc")) {
    bool pupil = base.text == "pupil";
    auto fields = pupil ? pupil_fields() : ehc_fields();
    int index = find_field(fields, field);
    if (index < 0) return unknown(fields, pupil ? "`pupil`" : "`ehc`");
    model_.set_resolution(node, {pupil ? Resolution::Ref::pupil_field : Resolution::Ref::ehc_field, index});
    return field_type(fields[static_cast<std::size_t>(index)]);
  }
  Type base_type = check_node(base);
  if (base_type.is_error()) return base_type;
  if (base_type.kind == TypeKind::cycle || base_type.kind == TypeKind::need) {
    bool cycle = base_type.kind == TypeKind::cycle;
    auto fields = cycle ? cycle_fields() : need_fields();
    int index = find_field(fields, field);
    if (index < 0) return unknown(fields, cycle ? "a cycle" : "a need");
    model_.set_resolution(node, {cycle ? Resolution::Ref::cycle_field : Resolution::Ref::need_field, index});
    return field_type(fields[static_cast<std::size_t>(index)]);
  }
  diag_.error(Code::UnknownField, where_of(node),
              fmt::format("{} is {}, which has no fields (`.{}`)", quote(base), describe(base_type), field));
  return Type::of(TypeKind::error);
}

Type Checker::check_call(const Node& node) {
  const FunctionDef* def = find_function(node.text);
  if (def == nullptr) {
    std::vector<std::string> notes;
    if (const FunctionDef* near = suggest_function(node.text)) {
      notes.push_back(fmt::format("did you mean `{}`? use it as {}", near->name, near->usage));
    } else {
      std::vector<std::string> names;
      for (const auto& f : functions()) names.emplace_back(f.name);
      notes.push_back(fmt::format("the functions are: {}", fmt::join(names, ", ")));
    }
    diag_.error(Code::BadCall, where_of(node), fmt::format("unknown function `{}`", node.text), std::move(notes));
    for (const auto& argument : node.children) check_node(*argument);
    return Type::of(TypeKind::error);
  }
  model_.set_resolution(node, {Resolution::Ref::function, static_cast<int>(def->function)});
  const auto& args = node.children;
  auto arity = [&](std::size_t wanted) {
    if (args.size() == wanted) return true;
    diag_.error(Code::BadCall, where_of(node),
                fmt::format("`{}` takes {} argument{}, not {}", def->name, wanted, wanted == 1 ? "" : "s", args.size()),
                {fmt::format("use it as {}", def->usage)});
    for (const auto& argument : args) check_node(*argument);
    return false;
  };
  auto argument_of = [&](std::size_t i, TypeKind wanted) {
    Type type = check_node(*args[i]);
    hint_input_type(*args[i], Type::of(wanted));
    if (!type.is_error() && type.kind != wanted) {
      diag_.error(Code::BadCall, where_of(*args[i]),
                  fmt::format("`{}` needs {} here, but {} is {}", def->name, describe(Type::of(wanted)), quote(*args[i]),
                              describe(type)),
                  {fmt::format("use it as {}", def->usage)});
    }
    return type;
  };
  switch (def->function) {
    case Function::level:
      if (arity(1)) argument_of(0, TypeKind::area);
      return Type::of(TypeKind::level);
    case Function::has_need:
      if (arity(1)) argument_of(0, TypeKind::area);
      return Type::of(TypeKind::boolean);
    case Function::has_code:
      if (arity(1)) argument_of(0, TypeKind::code);
      return Type::of(TypeKind::boolean);
    case Function::cycles:
      if (arity(1)) argument_of(0, TypeKind::area);
      return Type::list_of(Type::of(TypeKind::cycle));
    case Function::count:
    case Function::any:
    case Function::all: {
      if (!arity(1)) return Type::of(def->function == Function::count ? TypeKind::number : TypeKind::boolean);
      Type list = argument_of(0, TypeKind::list);
      bool filtered = args[0]->kind == NodeKind::where;
      if (def->function != Function::count && !filtered && !list.is_error() && list.kind == TypeKind::list &&
          list.element->kind != TypeKind::boolean && list.element->kind != TypeKind::any) {
        diag_.error(Code::BadCall, where_of(*args[0]),
                    fmt::format("`{}` needs a condition: write {}", def->name, def->usage),
                    {fmt::format("{} is {}", quote(*args[0]), describe(list))});
      }
      return Type::of(def->function == Function::count ? TypeKind::number : TypeKind::boolean);
    }
    case Function::latest: {
      if (!arity(1)) return Type::of(TypeKind::error);
      Type list = argument_of(0, TypeKind::list);
      return list.kind == TypeKind::list ? *list.element : Type::of(TypeKind::error);
    }
    case Function::in_place: {
      if (!arity(1)) return Type::of(TypeKind::boolean);
      const Node& argument = *args[0];
      if (argument.kind != NodeKind::string) {
        diag_.error(Code::BadCall, where_of(argument),
                    "`in_place` takes a provision id in quotes, e.g. in_place(\"visual-timetable\")");
        return Type::of(TypeKind::boolean);
      }
      model_.set_type(argument, Type::of(TypeKind::text));
      int index = model_.find_provision(argument.text);
      if (index < 0) {
        std::vector<std::string> ids;
        for (const auto& p : model_.provision) ids.push_back(p.id);
        diag_.error(Code::UnknownReference, where_of(argument),
                    fmt::format("no provision item has the id `{}`", argument.text), did_you_mean(argument.text, ids));
      }
      model_.set_resolution(argument, {Resolution::Ref::function, index});
      return Type::of(TypeKind::boolean);
    }
    case Function::age:
      arity(0);
      return Type::of(TypeKind::number);
    case Function::known:
      if (arity(1)) check_node(*args[0]);
      return Type::of(TypeKind::boolean);
    case Function::min:
    case Function::max: {
      if (args.empty()) {
        arity(2);
        return Type::of(TypeKind::error);
      }
      Type result;
      if (args.size() == 1) {
        Type list = argument_of(0, TypeKind::list);
        result = list.kind == TypeKind::list ? *list.element : Type::of(TypeKind::error);
      } else {
        result = check_node(*args[0]);
        for (std::size_t i = 1; i < args.size(); ++i) {
          Type next = check_node(*args[i]);
          if (!compatible(result, next)) {
            diag_.error(Code::BadCall, where_of(*args[i]),
                        fmt::format("the arguments of `{}` must have one type: {} is {}, not {}", def->name,
                                    quote(*args[i]), describe(next), describe(result)));
            return Type::of(TypeKind::error);
          }
        }
      }
      if (!result.is_error() && !is_ordered(result.kind)) {
        diag_.error(Code::BadCall, where_of(node),
                    fmt::format("`{}` compares numbers, dates, durations or levels, not {}", def->name, describe(result)));
        return Type::of(TypeKind::error);
      }
      return result;
    }
    case Function::date:
      if (arity(3)) {
        for (std::size_t i = 0; i < 3; ++i) argument_of(i, TypeKind::number);
      }
      return Type::of(TypeKind::date);
    case Function::year:
    case Function::month:
    case Function::day:
    case Function::academic_year:
      if (arity(1)) argument_of(0, TypeKind::date);
      return Type::of(TypeKind::number);
    case Function::is_working_day:
      if (arity(1)) argument_of(0, TypeKind::date);
      return Type::of(TypeKind::boolean);
    case Function::next_working_day:
      if (arity(1)) argument_of(0, TypeKind::date);
      return Type::of(TypeKind::date);
  }
  return Type::of(TypeKind::error);
}

Type Checker::check_binary(const Node& node) {
  const Node& left_node = *node.children[0];
  const Node& right_node = *node.children[1];
  Type left = check_node(left_node);
  Type right = check_node(right_node);
  const char* op = expr::spelling(node.binary);
  // An undeclared name takes its suggested type from the other side.
  if (node.binary == BinaryOp::logical_or || node.binary == BinaryOp::logical_and) {
    hint_input_type(left_node, Type::of(TypeKind::boolean));
    hint_input_type(right_node, Type::of(TypeKind::boolean));
  } else if (node.binary == BinaryOp::in || node.binary == BinaryOp::not_in) {
    if (right.kind == TypeKind::list && right.element) hint_input_type(left_node, *right.element);
  } else if (node.binary >= BinaryOp::equal && node.binary <= BinaryOp::greater_equal) {
    hint_input_type(left_node, right);
    hint_input_type(right_node, left);
  } else if (node.binary == BinaryOp::multiply || node.binary == BinaryOp::divide) {
    hint_input_type(left_node, Type::of(TypeKind::number));
    hint_input_type(right_node, Type::of(TypeKind::number));
  } else {
    // `x + 2`: a number; `x + 6 weeks` or `x - 2026-01-05`: a date.
    auto other = [](const Type& t) {
      if (t.kind == TypeKind::duration || t.kind == TypeKind::date) return Type::of(TypeKind::date);
      return t;
    };
    hint_input_type(left_node, other(right));
    hint_input_type(right_node, other(left));
  }
  if (left.is_error() || right.is_error()) {
    bool logical = node.binary == BinaryOp::logical_or || node.binary == BinaryOp::logical_and;
    bool comparison = node.binary >= BinaryOp::equal && node.binary <= BinaryOp::not_in;
    return Type::of(logical || comparison ? TypeKind::boolean : TypeKind::error);
  }
  auto mismatch = [&](const std::string& message) {
    diag_.error(Code::TypeMismatch, where_of(node), message);
    return Type::of(TypeKind::error);
  };
  switch (node.binary) {
    case BinaryOp::logical_or:
    case BinaryOp::logical_and:
      expect(left_node, left, TypeKind::boolean, fmt::format("each side of `{}`", op).c_str());
      expect(right_node, right, TypeKind::boolean, fmt::format("each side of `{}`", op).c_str());
      return Type::of(TypeKind::boolean);
    case BinaryOp::equal:
    case BinaryOp::not_equal:
    case BinaryOp::less:
    case BinaryOp::less_equal:
    case BinaryOp::greater:
    case BinaryOp::greater_equal: {
      bool ordering = node.binary != BinaryOp::equal && node.binary != BinaryOp::not_equal;
      if (!compatible(left, right)) {
        if ((left.kind == TypeKind::enumeration && right.kind == TypeKind::symbol) ||
            (right.kind == TypeKind::enumeration && left.kind == TypeKind::symbol)) {
          const Type& e = left.kind == TypeKind::enumeration ? left : right;
          const Type& s = left.kind == TypeKind::symbol ? left : right;
          const Node& value_node = left.kind == TypeKind::symbol ? left_node : right_node;
          const auto& en = model_.enums[static_cast<std::size_t>(e.enum_id)];
          std::vector<std::string> members;
          for (int m : en.members) members.push_back(model_.symbols[static_cast<std::size_t>(m)]);
          auto notes = did_you_mean(model_.symbols[static_cast<std::size_t>(s.symbol_id)], members);
          notes.push_back(fmt::format("the values of `{}` are: {}", en.name, fmt::join(members, ", ")));
          diag_.error(Code::TypeMismatch, where_of(value_node),
                      fmt::format("`{}` is not a value of `{}`", model_.symbols[static_cast<std::size_t>(s.symbol_id)], en.name),
                      notes);
          return Type::of(TypeKind::boolean);
        }
        mismatch(fmt::format("cannot compare {} with {} in {}", describe(left), describe(right), quote(node)));
        return Type::of(TypeKind::boolean);
      }
      if (!ordering && (left.kind == TypeKind::list || left.kind == TypeKind::cycle || left.kind == TypeKind::need)) {
        // Values compare one by one at run time; whole lists and records do not.
        diag_.error(Code::TypeMismatch, where_of(node),
                    fmt::format("`{}` compares single values, not {} ({})", op, describe(left), quote(node)),
                    {"to ask whether a list is empty, write count(LIST) == 0; to look for a value, write VALUE in LIST"});
        return Type::of(TypeKind::boolean);
      }
      if (ordering && !is_ordered(left.kind) && left.kind != TypeKind::any) {
        mismatch(fmt::format("`{}` orders numbers, dates, durations or levels, not {} ({})", op, describe(left), quote(node)));
      }
      return Type::of(TypeKind::boolean);
    }
    case BinaryOp::in:
    case BinaryOp::not_in: {
      if (right.kind != TypeKind::list) {
        diag_.error(Code::TypeMismatch, where_of(right_node),
                    fmt::format("the right side of `{}` must be a list, but {} is {}", op, quote(right_node),
                                describe(right)));
        return Type::of(TypeKind::boolean);
      }
      if (left.kind == TypeKind::list || left.kind == TypeKind::cycle || left.kind == TypeKind::need) {
        // Membership compares single values; a list or record is never equal to an item.
        mismatch(fmt::format("`{}` looks for a single value in a list, but {} is {}", op, quote(left_node),
                             describe(left)));
        return Type::of(TypeKind::boolean);
      }
      if (left.kind == TypeKind::enumeration && right_node.kind == NodeKind::list) {
        const auto& members = model_.enums[static_cast<std::size_t>(left.enum_id)].members;
        for (const auto& item : right_node.children) {
          const Type* recorded = model_.type_of(*item);
          const Type item_type = recorded ? *recorded : Type{};
          if (item_type.kind == TypeKind::symbol &&
              std::find(members.begin(), members.end(), item_type.symbol_id) == members.end()) {
            std::vector<std::string> names;
            for (int m : members) names.push_back(model_.symbols[static_cast<std::size_t>(m)]);
            diag_.error(Code::TypeMismatch, where_of(*item),
                        fmt::format("`{}` is not a value of `{}`", item->text,
                                    model_.enums[static_cast<std::size_t>(left.enum_id)].name),
                        did_you_mean(item->text, names));
          }
        }
        return Type::of(TypeKind::boolean);
      }
      if (!compatible(left, *right.element)) {
        mismatch(fmt::format("{} is {}, but the list holds {}", quote(left_node), describe(left), describe(*right.element)));
      }
      return Type::of(TypeKind::boolean);
    }
    case BinaryOp::add:
      if (left.kind == TypeKind::number && right.kind == TypeKind::number) return left;
      if (left.kind == TypeKind::date && right.kind == TypeKind::duration) return left;
      if (left.kind == TypeKind::duration && right.kind == TypeKind::date) return right;
      if (left.kind == TypeKind::duration && right.kind == TypeKind::duration) return left;
      return mismatch(fmt::format("cannot add {} and {} in {}", describe(left), describe(right), quote(node)));
    case BinaryOp::subtract:
      if (left.kind == TypeKind::number && right.kind == TypeKind::number) return left;
      if (left.kind == TypeKind::date && right.kind == TypeKind::duration) return left;
      if (left.kind == TypeKind::date && right.kind == TypeKind::date) return Type::of(TypeKind::duration);
      if (left.kind == TypeKind::duration && right.kind == TypeKind::duration) return left;
      return mismatch(fmt::format("cannot subtract {} from {} in {}", describe(right), describe(left), quote(node)));
    case BinaryOp::multiply:
      if (left.kind == TypeKind::number && right.kind == TypeKind::number) return left;
      if (left.kind == TypeKind::duration && right.kind == TypeKind::number) return left;
      if (left.kind == TypeKind::number && right.kind == TypeKind::duration) return right;
      return mismatch(fmt::format("cannot multiply {} by {} in {}", describe(left), describe(right), quote(node)));
    case BinaryOp::divide:
      if (left.kind == TypeKind::number && right.kind == TypeKind::number) return left;
      return mismatch(fmt::format("only numbers can be divided, not {} by {} in {}", describe(left), describe(right), quote(node)));
  }
  return Type::of(TypeKind::error);
}

}  // namespace apdr::check
