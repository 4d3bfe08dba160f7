#include "compile/compile_expression.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "check/record_fields.hpp"
#include "compile/operations.hpp"

namespace apdr::run {
namespace {

using check::Function;
using check::Resolution;
using expr::BinaryOp;
using expr::Node;
using expr::NodeKind;

using Ref = Resolution::Ref;

// Keeps the missing-fact list honest: a sub-expression whose value turned
// out known despite unknown parts (`unknown and false`) lacked nothing.
// The same holds for a part that could not be computed (`1 / 0 > 1 or true`).
class MissingMark {
 public:
  explicit MissingMark(Frame& f)
      : frame_(f),
        size_(f.missing ? f.missing->facts.size() : 0),
        had_cannot_compute_(f.missing && f.missing->cannot_compute) {}
  void settle(const Value& result) {
    if (!frame_.missing || !result.known()) return;
    frame_.missing->facts.resize(size_);
    if (!had_cannot_compute_) frame_.missing->cannot_compute.reset();
  }
 private:
  Frame& frame_;
  std::size_t size_;
  bool had_cannot_compute_;
};

Value read_fact(Frame& f, Value value, const char* name) {
  if (!value.known() && f.missing) f.missing->add(name);
  return value;
}

WorkingDays working_days(Frame& f) { return {&f.program.model->calendar, &f.calendar_pattern_used}; }

template <typename T>
Value optional_date(const std::optional<T>& v) { return v ? Value::of_date(*v) : Value::unknown(); }

Value symbol_of(const std::vector<int>& table, int index) { return Value::of_id(Tag::symbol, table[static_cast<std::size_t>(index)]); }

// A node's closure, telling a listener (explain) when it runs and what it
// produced. The body is kept by value inside the one closure, so without a
// listener a node costs a single branch, not an extra call.
template <typename Body>
Compiled traced(const Node& node, Body body) {
  return [&node, body = std::move(body)](Frame& f) -> Value {
    if (!f.trace) return body(f);
    f.trace->enter(node);
    Value value = body(f);
    f.trace->leave(node, value);
    return value;
  };
}

class ExpressionCompiler {
 public:
  ExpressionCompiler(const Program& program, const syntax::Expression& source)
      : program_(program), model_(*program.model), source_(source) {}

  Compiled compile(const Node& node) {
    switch (node.kind) {
      case NodeKind::number: return constant(node, Value::of_number(node.number));
      case NodeKind::string: return constant(node, Value::of_text(node.text));
      case NodeKind::boolean: return constant(node, Value::boolean(node.boolean));
      case NodeKind::date: return constant(node, Value::of_date(node.date));
      case NodeKind::duration: return constant(node, Value::of_duration(node.duration));
      case NodeKind::list: return list(node);
      case NodeKind::name: return name(node);
      case NodeKind::field: return field(node);
      case NodeKind::call: return call(node);
      case NodeKind::where: return where(node);
      case NodeKind::if_then: return if_then(node);
      case NodeKind::unary: return unary(node);
      case NodeKind::binary: return binary(node);
    }
    return constant(node, Value::unknown());
  }

 private:
  static Compiled constant(const Node& node, Value value) {
    return traced(node, [value](Frame&) { return value; });
  }

  const Resolution& resolution(const Node& node) const { return model_.resolutions.at(&node); }

  Compiled list(const Node& node) {
    std::vector<Compiled> items;
    for (const auto& child : node.children) items.push_back(compile(*child));
    return traced(node, [items](Frame& f) {
      auto values = std::make_shared<std::vector<Value>>();
      values->reserve(items.size());
      for (const auto& item : items) {
        Value v = item(f);
        if (!v.known()) return Value::unknown();
        values->push_back(std::move(v));
      }
      return Value::of_list(std::move(values));
    });
  }

  Compiled name(const Node& node) {
    const Resolution& r = resolution(node);
    int index = r.index;
    switch (r.ref) {
      case Ref::today: return traced(node, [](Frame& f) { return Value::of_date(f.facts.today); });
      case Ref::needs: return traced(node, [](Frame& f) { return Value::of_list(f.facts.needs); });
      case Ref::input: {
        std::string fact = model_.inputs[static_cast<std::size_t>(index)].name;
        return traced(node, [index, fact](Frame& f) {
          return read_fact(f, f.facts.inputs[static_cast<std::size_t>(index)], fact.c_str());
        });
      }
      case Ref::parameter: {
        Value value = program_.parameters[static_cast<std::size_t>(index)];
        std::uint64_t bit = index < 64 ? std::uint64_t{1} << index : 0;
        return traced(node, [value, bit](Frame& f) {
          f.parameters_read |= bit;
          return value;
        });
      }
      case Ref::derived:
        return traced(node, [index](Frame& f) {
          auto i = static_cast<std::size_t>(index);
          // While collecting missing facts or tracing, recompute so that the
          // facts, or the steps, are recorded again.
          if (f.derived_ready[i] && !f.missing && !f.trace) {
            if (f.derived_ready[i] == 2) f.calendar_pattern_used = true;
            f.parameters_read |= f.derived_parameters[i];
            return f.derived[i];
          }
          // The value remembers whether it rested on the calendar's pattern,
          // so a due date that reads it later still says so.
          bool used_before = f.calendar_pattern_used;
          std::uint64_t read_before = f.parameters_read;
          f.calendar_pattern_used = false;
          f.parameters_read = 0;
          Value v = f.program.derived[i](f);
          f.derived[i] = v;
          f.derived_ready[i] = f.calendar_pattern_used ? 2 : 1;
          f.derived_parameters[i] = f.parameters_read;
          f.calendar_pattern_used = f.calendar_pattern_used || used_before;
          f.parameters_read |= read_before;
          return v;
        });
      case Ref::local_level: return constant(node, Value::of_id(Tag::level, index));
      case Ref::root_level: {
        Value v = Value::of_id(Tag::level, index);
        v.flag = true;
        return constant(node, v);
      }
      case Ref::area: return constant(node, Value::of_id(Tag::area, index));
      case Ref::code: return constant(node, Value::of_id(Tag::code, index));
      case Ref::symbol: return constant(node, Value::of_id(Tag::symbol, index));
      case Ref::cycle_field: return element_cycle_field(node, static_cast<check::CycleField>(index));
      case Ref::need_field: return element_need_field(node, static_cast<check::NeedField>(index));
      default: break;
    }
    return constant(node, Value::unknown());
  }

  Compiled element_cycle_field(const Node& node, check::CycleField field) {
    return traced(node, [field](Frame& f) { return cycle_field(f, *f.element, field); });
  }

  Compiled element_need_field(const Node& node, check::NeedField field) {
    return traced(node, [field](Frame& f) { return need_field(f, *f.element, field); });
  }

  static Value cycle_field(Frame& f, const Value& record, check::CycleField field) {
    if (record.tag != Tag::cycle) return Value::unknown();
    const profile::Cycle& c = *record.cycle;
    auto fact = [&](Value v) {
      if (!v.known() && f.missing) f.missing->add(fact_name_of_cycle_field(c.area, field));
      return v;
    };
    switch (field) {
      case check::CycleField::area: return Value::of_id(Tag::area, static_cast<int>(c.area));
      case check::CycleField::level: {
        int level = f.facts.cycle_level[static_cast<std::size_t>(&c - f.facts.profile->cycles.data())];
        return fact(level < 0 ? Value::unknown() : Value::of_id(Tag::level, level));
      }
      case check::CycleField::started: return fact(optional_date(c.started));
      case check::CycleField::reviewed: return fact(optional_date(c.reviewed));
      case check::CycleField::review_due: return fact(optional_date(c.review_due));
      case check::CycleField::outcome:
        return fact(c.outcome ? symbol_of(f.program.outcome_symbol, static_cast<int>(*c.outcome)) : Value::unknown());
      case check::CycleField::advice_from: return text_list(c.advice_from);
    }
    return Value::unknown();
  }

  static Value need_field(Frame& f, const Value& record, check::NeedField field) {
    if (record.tag != Tag::need) return Value::unknown();
    const profile::Need& n = *record.need;
    switch (field) {
      case check::NeedField::area: return Value::of_id(Tag::area, static_cast<int>(n.area));
      case check::NeedField::level:
        return Value::of_id(Tag::level, f.facts.level[static_cast<std::size_t>(n.area)]);
      case check::NeedField::codes:
        return Value::of_list(f.facts.need_codes[static_cast<std::size_t>(&n - f.facts.profile->needs.data())]);
      case check::NeedField::awaiting_assessment: return text_list(n.awaiting_assessment);
    }
    return Value::unknown();
  }

  static Value text_list(const std::vector<std::string>& texts) {
    auto items = std::make_shared<std::vector<Value>>();
    items->reserve(texts.size());
    for (const auto& t : texts) items->push_back(Value::of_text(t));
    return Value::of_list(std::move(items));
  }

  Compiled field(const Node& node) {
    const Resolution& r = resolution(node);
    int index = r.index;
    if (r.ref == Ref::pupil_field) {
      auto field = static_cast<check::PupilField>(index);
      return traced(node, [field](Frame& f) {
        const profile::Pupil& p = f.facts.profile->pupil;
        switch (field) {
          case check::PupilField::date_of_birth: return read_fact(f, optional_date(p.date_of_birth), "pupil.date_of_birth");
          case check::PupilField::year_group:
            return read_fact(f, p.year_group ? Value::of_number(static_cast<double>(*p.year_group)) : Value::unknown(), "pupil.year_group");
          case check::PupilField::phase:
            return read_fact(f, p.phase ? symbol_of(f.program.phase_symbol, static_cast<int>(*p.phase)) : Value::unknown(), "pupil.phase");
          case check::PupilField::setting:
            return read_fact(f, p.setting ? symbol_of(f.program.setting_symbol, static_cast<int>(*p.setting)) : Value::unknown(), "pupil.setting");
        }
        return Value::unknown();
      });
    }
    if (r.ref == Ref::ehc_field) {
      auto field = static_cast<check::EhcField>(index);
      static const char* names[] = {"ehc.requested", "ehc.requested_by", "ehc.decided", "ehc.decision",
                                    "ehc.draft_issued", "ehc.plan_issued", "ehc.last_review", "ehc.review_notice",
                                    "ehc.review_outcome", "ehc.amendment_notice", "ehc.amended",
                                    "ehc.mediation_certificate"};
      const char* fact = names[index];
      return traced(node, [field, fact](Frame& f) {
        const profile::Ehc& e = f.facts.profile->ehc;
        Value v;
        switch (field) {
          case check::EhcField::requested: v = optional_date(e.requested); break;
          case check::EhcField::requested_by:
            v = e.requested_by ? symbol_of(f.program.requested_by_symbol, static_cast<int>(*e.requested_by)) : Value::unknown();
            break;
          case check::EhcField::decided: v = optional_date(e.decided); break;
          case check::EhcField::decision:
            v = e.decision ? symbol_of(f.program.decision_symbol, static_cast<int>(*e.decision)) : Value::unknown();
            break;
          case check::EhcField::draft_issued: v = optional_date(e.draft_issued); break;
          case check::EhcField::plan_issued: v = optional_date(e.plan_issued); break;
          case check::EhcField::last_review: v = optional_date(e.last_review); break;
          case check::EhcField::review_notice: v = optional_date(e.review_notice); break;
          case check::EhcField::review_outcome:
            v = e.review_outcome ? symbol_of(f.program.review_outcome_symbol, static_cast<int>(*e.review_outcome))
                                 : Value::unknown();
            break;
          case check::EhcField::amendment_notice: v = optional_date(e.amendment_notice); break;
          case check::EhcField::amended: v = optional_date(e.amended); break;
          case check::EhcField::mediation_certificate: v = optional_date(e.mediation_certificate); break;
        }
        return read_fact(f, v, fact);
      });
    }
    Compiled base = compile(*node.children[0]);
    if (r.ref == Ref::cycle_field) {
      auto field = static_cast<check::CycleField>(index);
      return traced(node, [base, field](Frame& f) { return cycle_field(f, base(f), field); });
    }
    auto field = static_cast<check::NeedField>(index);
    return traced(node, [base, field](Frame& f) { return need_field(f, base(f), field); });
  }

  // Runs `condition` for each element of a list, as `where` does.
  template <typename Visit>
  static void each_element(Frame& f, const Value& list, const Compiled& condition, Visit visit) {
    const Value* saved = f.element;
    for (std::size_t i = 0; i < list.list->size(); ++i) {
      const Value& element = (*list.list)[i];
      if (f.trace) f.trace->element(i, element);
      f.element = &element;
      Value c = condition(f);
      f.element = saved;
      if (!visit(element, c)) break;
    }
    f.element = saved;
  }

  Compiled where(const Node& node) {
    Compiled list = compile(*node.children[0]);
    Compiled condition = compile(*node.children[1]);
    return traced(node, [list, condition](Frame& f) {
      MissingMark mark(f);
      Value items = list(f);
      if (!items.known()) return items;
      auto kept = std::make_shared<std::vector<Value>>();
      bool undecided = false;
      each_element(f, items, condition, [&](const Value& element, const Value& c) {
        if (c.is_true()) kept->push_back(element);
        else if (!c.known()) undecided = true;
        return true;
      });
      Value result = undecided ? Value::unknown() : Value::of_list(std::move(kept));
      mark.settle(result);
      return result;
    });
  }

  Compiled if_then(const Node& node) {
    Compiled condition = compile(*node.children[0]);
    Compiled then_branch = compile(*node.children[1]);
    Compiled else_branch = compile(*node.children[2]);
    return traced(node, [condition, then_branch, else_branch](Frame& f) {
      Value c = condition(f);
      if (!c.known()) return Value::unknown();
      return c.flag ? then_branch(f) : else_branch(f);
    });
  }

  Compiled unary(const Node& node) {
    Compiled operand = compile(*node.children[0]);
    if (node.unary == expr::UnaryOp::logical_not) {
      return traced(node, [operand](Frame& f) {
        Value v = operand(f);
        return v.known() ? Value::boolean(!v.flag) : v;
      });
    }
    return traced(node, [operand](Frame& f) {
      Value v = operand(f);
      if (v.tag == Tag::number) return Value::of_number(-v.number);
      if (v.tag == Tag::duration) return Value::of_duration(v.duration.negated());
      return Value::unknown();
    });
  }

  Compiled binary(const Node& node) {
    Compiled left = compile(*node.children[0]);
    Compiled right = compile(*node.children[1]);
    const check::Ladder* ladder = &model_.ladder;
    switch (node.binary) {
      case BinaryOp::logical_and:
        // Kleene: false wins over unknown; the right side is skipped once the left is false.
        return traced(node, [left, right](Frame& f) {
          MissingMark mark(f);
          Value l = left(f);
          if (l.is_false()) { mark.settle(l); return l; }
          Value r = right(f);
          Value result = r.is_false() ? r : (l.known() && r.known() ? Value::boolean(true) : Value::unknown());
          mark.settle(result);
          return result;
        });
      case BinaryOp::logical_or:
        return traced(node, [left, right](Frame& f) {
          MissingMark mark(f);
          Value l = left(f);
          if (l.is_true()) { mark.settle(l); return l; }
          Value r = right(f);
          Value result = r.is_true() ? r : (l.known() && r.known() ? Value::boolean(false) : Value::unknown());
          mark.settle(result);
          return result;
        });
      case BinaryOp::equal:
      case BinaryOp::not_equal: {
        bool negate = node.binary == BinaryOp::not_equal;
        return traced(node, [left, right, ladder, negate](Frame& f) {
          Value l = left(f), r = right(f);
          if (!l.known() || !r.known()) return Value::unknown();
          return Value::boolean(equal(l, r, *ladder, f.facts.today, working_days(f)) != negate);
        });
      }
      case BinaryOp::less:
      case BinaryOp::less_equal:
      case BinaryOp::greater:
      case BinaryOp::greater_equal: {
        BinaryOp op = node.binary;
        return traced(node, [left, right, ladder, op](Frame& f) {
          Value l = left(f), r = right(f);
          if (!l.known() || !r.known()) return Value::unknown();
          int c = order(l, r, *ladder, f.facts.today, working_days(f));
          bool result = op == BinaryOp::less ? c < 0 : op == BinaryOp::less_equal ? c <= 0
                      : op == BinaryOp::greater ? c > 0 : c >= 0;
          return Value::boolean(result);
        });
      }
      case BinaryOp::in:
      case BinaryOp::not_in: {
        bool negate = node.binary == BinaryOp::not_in;
        return traced(node, [left, right, ladder, negate](Frame& f) {
          Value l = left(f), r = right(f);
          if (!l.known() || !r.known()) return Value::unknown();
          bool found = std::any_of(r.list->begin(), r.list->end(),
                                   [&](const Value& item) { return equal(l, item, *ladder, f.facts.today, working_days(f)); });
          return Value::boolean(found != negate);
        });
      }
      default: {
        BinaryOp op = node.binary;
        // Placed now, while the rule file's text is still held: a program
        // outlives the SourceStore it was built from. A division by zero is
        // shown at its divisor; anything else at the whole operation.
        SourceLocation where =
            source_.locate(node.binary == BinaryOp::divide ? node.children[1]->begin : node.begin);
        return traced(node, [left, right, op, where](Frame& f) {
          Value l = left(f);
          Value r = right(f);
          Value result = arithmetic(op, l, r, working_days(f));
          // Known operands with no answer: no fact the profile could add would give one.
          if (!result.known() && l.known() && r.known() && f.missing && !f.missing->cannot_compute) {
            bool by_zero = op == BinaryOp::divide && r.tag == Tag::number && r.number == 0;
            f.missing->cannot_compute =
                CannotCompute{where, by_zero ? "a division by zero" : "a date or a span of time out of range"};
          }
          return result;
        });
      }
    }
  }

  Compiled call(const Node& node);

  const Program& program_;
  const check::Model& model_;
  const syntax::Expression& source_;
};

Compiled ExpressionCompiler::call(const Node& node) {
  auto function = static_cast<Function>(resolution(node).index);
  const auto& args = node.children;
  std::vector<Compiled> compiled;
  auto argument = [&](std::size_t i) { return compile(*args[i]); };
  switch (function) {
    case Function::level: {
      Compiled area = argument(0);
      return traced(node, [area](Frame& f) {
        Value a = area(f);
        if (!a.known()) return a;
        return Value::of_id(Tag::level, f.facts.level[static_cast<std::size_t>(a.id)]);
      });
    }
    case Function::has_need: {
      Compiled area = argument(0);
      return traced(node, [area](Frame& f) {
        Value a = area(f);
        if (!a.known()) return a;
        return Value::boolean(f.facts.level[static_cast<std::size_t>(a.id)] >= 0);
      });
    }
    case Function::has_code: {
      Compiled code = argument(0);
      return traced(node, [code](Frame& f) {
        Value c = code(f);
        if (!c.known()) return c;
        return Value::boolean((f.facts.codes_present >> c.id) & 1u);
      });
    }
    case Function::cycles: {
      Compiled area = argument(0);
      return traced(node, [area](Frame& f) {
        Value a = area(f);
        if (!a.known()) return a;
        return Value::of_list(f.facts.cycles[static_cast<std::size_t>(a.id)]);
      });
    }
    case Function::count:
    case Function::any:
    case Function::all: {
      // With a `where`, the condition is applied element by element in
      // Kleene logic rather than building the filtered list.
      bool filtered = args[0]->kind == NodeKind::where;
      Compiled list = filtered ? compile(*args[0]->children[0]) : argument(0);
      Compiled condition = filtered ? compile(*args[0]->children[1]) : Compiled();
      return traced(node, [list, condition, function](Frame& f) {
        MissingMark mark(f);
        Value items = list(f);
        if (!items.known()) return items;
        int trues = 0, unknowns = 0, falses = 0;
        auto tally = [&](const Value& c) {
          if (function == Function::count && !condition) { ++trues; return; }
          if (c.is_true()) ++trues;
          else if (c.is_false()) ++falses;
          else ++unknowns;
        };
        if (condition) {
          each_element(f, items, condition, [&](const Value&, const Value& c) { tally(c); return true; });
        } else {
          for (const auto& item : *items.list) tally(item);
        }
        Value result;
        if (function == Function::count) {
          result = unknowns > 0 ? Value::unknown() : Value::of_number(trues);
        } else if (function == Function::any) {
          result = trues > 0 ? Value::boolean(true) : unknowns > 0 ? Value::unknown() : Value::boolean(false);
        } else {
          result = falses > 0 ? Value::boolean(false) : unknowns > 0 ? Value::unknown() : Value::boolean(true);
        }
        mark.settle(result);
        return result;
      });
    }
    case Function::latest: {
      Compiled list = argument(0);
      // An empty list has no latest element: what is missing is the list's contents.
      std::string fact = args[0]->kind == NodeKind::call ? expr::to_text(*args[0]) : std::string();
      return traced(node, [list, fact](Frame& f) {
        Value items = list(f);
        if (!items.known()) return items;
        if (items.list->empty()) {
          if (f.missing && !fact.empty()) f.missing->add(fact);
          return Value::unknown();
        }
        return items.list->back();
      });
    }
    case Function::in_place: {
      int index = model_.resolutions.at(args[0].get()).index;
      // Not recorded is unknown, never "not in place".
      return traced(node, [index](Frame& f) {
        if (!f.facts.in_place_recorded) return read_fact(f, Value::unknown(), "in_place");
        return Value::boolean(f.facts.in_place[static_cast<std::size_t>(index)]);
      });
    }
    case Function::age:
      return traced(node, [](Frame& f) {
        const auto& dob = f.facts.profile->pupil.date_of_birth;
        if (!dob) return read_fact(f, Value::unknown(), "pupil.date_of_birth");
        return Value::of_number(whole_years(*dob, f.facts.today));
      });
    case Function::known: {
      Compiled operand = argument(0);
      return traced(node, [operand](Frame& f) {
        MissingMark mark(f);
        Value result = Value::boolean(operand(f).known());
        mark.settle(result);
        return result;
      });
    }
    case Function::min:
    case Function::max: {
      for (std::size_t i = 0; i < args.size(); ++i) compiled.push_back(argument(i));
      const check::Ladder* ladder = &model_.ladder;
      bool want_max = function == Function::max;
      return traced(node, [compiled, ladder, want_max](Frame& f) {
        std::vector<Value> values;
        if (compiled.size() == 1) {
          Value list = compiled[0](f);
          if (!list.known()) return list;
          values = *list.list;
        } else {
          for (const auto& c : compiled) values.push_back(c(f));
        }
        if (values.empty()) return Value::unknown();
        Value best = values[0];
        for (const auto& v : values) {
          if (!v.known()) return Value::unknown();
          int c = order(v, best, *ladder, f.facts.today, working_days(f));
          if (want_max ? c > 0 : c < 0) best = v;
        }
        return best;
      });
    }
    case Function::date: {
      for (std::size_t i = 0; i < 3; ++i) compiled.push_back(argument(i));
      return traced(node, [compiled](Frame& f) {
        int parts[3];
        for (std::size_t i = 0; i < 3; ++i) {
          Value v = compiled[i](f);
          if (!v.known() || v.number != std::trunc(v.number) || std::abs(v.number) > 100000) return Value::unknown();
          parts[i] = static_cast<int>(v.number);
        }
        auto d = Date::from_ymd(parts[0], parts[1], parts[2]);
        return d ? Value::of_date(*d) : Value::unknown();
      });
    }
    case Function::year:
    case Function::month:
    case Function::day:
    case Function::academic_year: {
      Compiled operand = argument(0);
      return traced(node, [operand, function](Frame& f) {
        Value v = operand(f);
        if (!v.known()) return v;
        switch (function) {
          case Function::year: return Value::of_number(v.date.year());
          case Function::month: return Value::of_number(v.date.month());
          case Function::day: return Value::of_number(v.date.day());
          default: return Value::of_number(academic_year(v.date));
        }
      });
    }
    case Function::is_working_day: {
      Compiled operand = argument(0);
      return traced(node, [operand](Frame& f) {
        Value v = operand(f);
        if (!v.known()) return v;
        return Value::boolean(f.program.model->calendar.is_working_day(v.date, f.calendar_pattern_used));
      });
    }
    case Function::next_working_day: {
      Compiled operand = argument(0);
      return traced(node, [operand](Frame& f) {
        Value v = operand(f);
        if (!v.known()) return v;
        auto next = f.program.model->calendar.next_working_day(v.date, f.calendar_pattern_used);
        return next ? Value::of_date(*next) : Value::unknown();
      });
    }
  }
  return constant(node, Value::unknown());
}

}  // namespace

std::string fact_name_of_cycle_field(Area area, check::CycleField field) {
  return fmt::format("cycles({}).{}", area_id(area), check::cycle_fields()[static_cast<std::size_t>(field)].name);
}

Compiled compile_expression(const Program& program, const syntax::Expression& source) {
  // The closures read the symbol tables through Frame::program, not the
  // compiler, so the compiler need not outlive compilation, and running an
  // expression costs no extra call through a wrapper that kept it alive.
  return ExpressionCompiler(program, source).compile(*source.tree);
}

}  // namespace apdr::run
