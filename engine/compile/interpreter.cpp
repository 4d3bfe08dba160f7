// The one loop that runs compiled expressions (compile/instruction.hpp).
// It is built three times, one for each kind of code (Mode): a run nobody
// listens to tests for a listener nowhere, and the fast one, which collects
// no missing facts, jumps where the others run parts.
//
// Every instruction leaves its value on the stack, Frame::stack, through a
// pointer the loop keeps in a register. A run starts at Frame::top; before
// anything that may start a run of its own (a part, a derived value) the
// loop sets Frame::top to its own top, and a run puts Frame::top back as it
// found it when it ends.
#include <algorithm>
#include <cmath>

#include "check/record_fields.hpp"
#include "compile/operations.hpp"
#include "compile/program.hpp"

namespace apdr::run {
namespace {

using check::Function;
using expr::BinaryOp;

enum class Mode { fast, plain, traced };

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

Value read_fact(Frame& f, Value value, std::string_view name) {
  if (!value.known() && f.missing) f.missing->add(name);
  return value;
}

WorkingDays working_days(Frame& f) { return {&f.program.model->calendar, &f.calendar_pattern_used}; }

template <typename T>
Value optional_date(const std::optional<T>& v) { return v ? Value::of_date(*v) : Value::unknown(); }

Value symbol_of(const std::vector<int>& table, int index) {
  return Value::of_id(Tag::symbol, table[static_cast<std::size_t>(index)]);
}

Value cycle_field(Frame& f, const Value& record, check::CycleField field) {
  if (record.tag != Tag::cycle) return Value::unknown();
  const profile::Cycle& c = *record.cycle;
  auto index = static_cast<std::size_t>(&c - f.facts.profile->cycles.data());
  auto fact = [&](Value v) {
    if (!v.known() && f.missing) {
      f.missing->add(f.program.cycle_field_facts[static_cast<std::size_t>(c.area) * check::cycle_fields().size() +
                                                 static_cast<std::size_t>(field)]);
    }
    return v;
  };
  switch (field) {
    case check::CycleField::area: return Value::of_id(Tag::area, static_cast<int>(c.area));
    case check::CycleField::level: {
      int level = f.facts.cycle_level[index];
      return fact(level < 0 ? Value::unknown() : Value::of_id(Tag::level, level));
    }
    case check::CycleField::started: return fact(optional_date(c.started));
    case check::CycleField::reviewed: return fact(optional_date(c.reviewed));
    case check::CycleField::review_due: return fact(optional_date(c.review_due));
    case check::CycleField::outcome:
      return fact(c.outcome ? symbol_of(f.program.outcome_symbol, static_cast<int>(*c.outcome)) : Value::unknown());
    case check::CycleField::advice_from: return f.facts.advice_from[index];
  }
  return Value::unknown();
}

Value need_field(Frame& f, const Value& record, check::NeedField field) {
  if (record.tag != Tag::need) return Value::unknown();
  const profile::Need& n = *record.need;
  auto index = static_cast<std::size_t>(&n - f.facts.profile->needs.data());
  switch (field) {
    case check::NeedField::area: return Value::of_id(Tag::area, static_cast<int>(n.area));
    case check::NeedField::level: return Value::of_id(Tag::level, f.facts.level[static_cast<std::size_t>(n.area)]);
    case check::NeedField::codes: return f.facts.need_codes[index];
    case check::NeedField::awaiting_assessment: return f.facts.awaiting_assessment[index];
  }
  return Value::unknown();
}

// The names a pupil or EHC field's read is missing under (index: the field).
constexpr std::string_view pupil_fact_names[] = {"pupil.date_of_birth", "pupil.year_group", "pupil.phase",
                                                 "pupil.setting"};
constexpr std::string_view ehc_fact_names[] = {
    "ehc.requested",      "ehc.requested_by", "ehc.decided",         "ehc.decision",
    "ehc.draft_issued",   "ehc.plan_issued",  "ehc.last_review",     "ehc.review_notice",
    "ehc.review_outcome", "ehc.amendment_notice", "ehc.amended",     "ehc.mediation_certificate"};

// A fact read by plain or traced code, noted as missing when it is unknown
// and the read is not quiet (instruction.hpp).
Value noted(Frame& f, const Instruction& in, const Value& v, std::string_view name) {
  if (!v.known() && f.missing && in.c != quiet) f.missing->add(name);
  return v;
}

// A fact read by fast code: the fact, or whether it is known (as_known,
// as_unknown).
Value asked(const Instruction& in, const Value& v) {
  return in.c < as_known ? v : Value::boolean(v.known() == (in.c == as_known));
}

// A cached derived value outlives the run that made it, and so must its
// list's items: they are copied to where the cache keeps them.
Value kept(Scratch& pool, const Value& v) {
  if (v.tag != Tag::list || v.list().empty()) return v;
  auto items = v.list();
  Value* copy = pool.allocate(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) copy[i] = kept(pool, items[i]);
  return Value::of_list(copy, items.size());
}

// Runs the instructions [begin, end) and gives the value they leave.
template <Mode M>
Value execute(Frame& f, std::uint32_t begin, std::uint32_t end);

// While a quiet fact read (instruction.hpp) runs, nothing is noted as missing.
class Quiet {
 public:
  Quiet(Frame& f, const Instruction& in) : frame_(f), saved_(f.missing) {
    if (in.c == quiet) f.missing = nullptr;
  }
  ~Quiet() { frame_.missing = saved_; }
  Quiet(const Quiet&) = delete;
  Quiet& operator=(const Quiet&) = delete;

 private:
  Frame& frame_;
  Missing* saved_;
};

// Runs the instructions [begin, end), which leave one value.
template <Mode M>
Value part(Frame& f, std::uint32_t begin, std::uint32_t end) {
  return execute<M>(f, begin, end);
}

template <Mode M>
Value derived(Frame& f, int index) {
  auto i = static_cast<std::size_t>(index);
  // While collecting missing facts or tracing, recompute so that the
  // facts, or the steps, are recorded again.
  if (f.derived_ready[i] && !f.missing && M != Mode::traced) {
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
  f.derived[i] = kept(f.derived_scratch, v);
  f.derived_ready[i] = f.calendar_pattern_used ? 2 : 1;
  f.derived_parameters[i] = f.parameters_read;
  f.calendar_pattern_used = f.calendar_pattern_used || used_before;
  f.parameters_read |= read_before;
  return f.derived[i];
}

// Runs the condition [in.a, in.b) once for each element of `list`, with the
// element bound (and shown to the listener), and hands both to `visit`: the
// one loop behind `where` and the filtered count, any and all.
template <Mode M, typename Visit>
void each_element(Frame& f, std::span<const Value> list, const Instruction& in, Visit visit) {
  const Value* saved = f.element;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Value& element = list[i];
    if constexpr (M == Mode::traced) f.trace->element(i, element);
    f.element = &element;
    Value c = part<M>(f, static_cast<std::uint32_t>(in.a), static_cast<std::uint32_t>(in.b));
    f.element = saved;
    visit(element, c);
  }
}

// `where`: the elements of the list [next, a) for which the condition [a, b) holds.
template <Mode M>
Value where(Frame& f, std::uint32_t next, const Instruction& in) {
  MissingMark mark(f);
  Value items = part<M>(f, next, static_cast<std::uint32_t>(in.a));
  if (!items.known()) return items;
  auto list = items.list();
  Value* kept_items = f.scratch.allocate(list.size());
  std::size_t count = 0;
  bool undecided = false;
  each_element<M>(f, list, in, [&](const Value& element, const Value& c) {
    if (c.is_true()) kept_items[count++] = element;
    else if (!c.known()) undecided = true;
  });
  f.scratch.give_back(kept_items, list.size(), count);
  Value result = undecided ? Value::unknown() : Value::of_list(kept_items, count);
  mark.settle(result);
  return result;
}

// What count, any and all have found so far, and their answer from it.
class Tally {
 public:
  // Of a count with no condition, every element counts.
  Tally(Function function, bool filtered) : function_(function), every_(function == Function::count && !filtered) {}
  void add(const Value& c) {
    if (every_ || c.is_true()) ++trues_;
    else if (c.is_false()) ++falses_;
    else ++unknowns_;
  }
  Value answer() const {
    if (function_ == Function::count) return unknowns_ > 0 ? Value::unknown() : Value::of_number(trues_);
    if (function_ == Function::any) {
      return trues_ > 0 ? Value::boolean(true) : unknowns_ > 0 ? Value::unknown() : Value::boolean(false);
    }
    return falses_ > 0 ? Value::boolean(false) : unknowns_ > 0 ? Value::unknown() : Value::boolean(true);
  }
  // Kept in a value between the instructions of fast code's loop: the
  // unknowns, and the one other count the answer reads (falses for all).
  void save(Value& slot) const {
    slot.span_[0] = function_ == Function::all ? falses_ : trues_;
    slot.span_[1] = unknowns_;
  }
  void load(const Value& slot) {
    (function_ == Function::all ? falses_ : trues_) = slot.span_[0];
    unknowns_ = slot.span_[1];
  }

 private:
  Function function_;
  bool every_;
  int trues_ = 0, falses_ = 0, unknowns_ = 0;
};

// count, any, all over the list [next, a), with the condition [a, b) when a < b.
template <Mode M>
Value tally(Frame& f, std::uint32_t next, const Instruction& in) {
  bool filtered = in.a < in.b;
  MissingMark mark(f);
  Value items = part<M>(f, next, static_cast<std::uint32_t>(in.a));
  if (!items.known()) return items;
  Tally tally(static_cast<Function>(in.c), filtered);
  auto list = items.list();
  if (filtered) {
    each_element<M>(f, list, in, [&](const Value&, const Value& c) { tally.add(c); });
  } else {
    for (const auto& item : list) tally.add(item);
  }
  Value result = tally.answer();
  mark.settle(result);
  return result;
}

// Kleene: false wins over unknown for `and`, true for `or`; the right side
// is skipped once the left decides.
template <Mode M>
Value logical(Frame& f, std::uint32_t next, const Instruction& in, bool is_and) {
  MissingMark mark(f);
  Value l = part<M>(f, next, static_cast<std::uint32_t>(in.a));
  if (is_and ? l.is_false() : l.is_true()) { mark.settle(l); return l; }
  Value r = part<M>(f, static_cast<std::uint32_t>(in.a), static_cast<std::uint32_t>(in.b));
  Value result = (is_and ? r.is_false() : r.is_true()) ? r
               : (l.known() && r.known() ? Value::boolean(is_and) : Value::unknown());
  mark.settle(result);
  return result;
}

// The same over a chain of operands (Op::all_of, Op::any_of): they run in
// order until one decides.
template <Mode M>
Value logical_chain(Frame& f, const Instruction& in, bool is_and) {
  MissingMark mark(f);
  const std::uint32_t* bounds = f.program.bounds.data() + in.b;
  bool unknown = false;
  for (std::int32_t i = 0; i < in.a; ++i) {
    Value v = part<M>(f, bounds[i], bounds[i + 1]);
    if (is_and ? v.is_false() : v.is_true()) {
      mark.settle(v);
      return v;
    }
    unknown = unknown || !v.known();
  }
  Value result = unknown ? Value::unknown() : Value::boolean(is_and);
  mark.settle(result);
  return result;
}

template <Mode M>
Value make_list(Frame& f, const Instruction& in) {
  const std::uint32_t* bounds = f.program.bounds.data() + in.b;
  auto count = static_cast<std::size_t>(in.a);
  Value* items = f.scratch.allocate(count);
  for (std::size_t i = 0; i < count; ++i) {
    Value v = part<M>(f, bounds[i], bounds[i + 1]);
    if (!v.known()) {
      f.scratch.give_back(items, count, 0);
      return Value::unknown();
    }
    items[i] = v;
  }
  return Value::of_list(items, count);
}

template <Mode M>
Value make_date(Frame& f, std::uint32_t next, const Instruction& in) {
  std::uint32_t bounds[4] = {next, static_cast<std::uint32_t>(in.a), static_cast<std::uint32_t>(in.b),
                             static_cast<std::uint32_t>(in.d)};
  int parts[3];
  for (std::size_t i = 0; i < 3; ++i) {
    Value v = part<M>(f, bounds[i], bounds[i + 1]);
    if (!v.known() || v.number != std::trunc(v.number) || std::abs(v.number) > 100000) return Value::unknown();
    parts[i] = static_cast<int>(v.number);
  }
  auto d = Date::from_ymd(parts[0], parts[1], parts[2]);
  return d ? Value::of_date(*d) : Value::unknown();
}

// min() or max() of the values [top - a, top), or of the list at top - 1 when a is 1.
Value min_max(Frame& f, const Instruction& in, const Value* top) {
  auto n = static_cast<std::size_t>(in.a);
  std::span<const Value> values(top - n, n);
  if (n == 1) {
    if (!top[-1].known()) return top[-1];
    values = top[-1].list();
  }
  Value best;
  if (!values.empty()) {
    best = values[0];
    const check::Ladder& ladder = f.program.model->ladder;
    for (const auto& v : values) {
      if (!v.known()) { best = Value::unknown(); break; }
      int c = order(v, best, ladder, f.facts.today, working_days(f));
      if (in.b ? c > 0 : c < 0) best = v;
    }
  }
  return best;
}

Value arithmetic_of(Frame& f, const Instruction& in, const Value& l, const Value& r) {
  auto op = static_cast<BinaryOp>(in.a);
  Value result = arithmetic(op, l, r, working_days(f));
  // Known operands with no answer: no fact the profile could add would give one.
  if (!result.known() && l.known() && r.known() && f.missing && !f.missing->cannot_compute) {
    bool by_zero = op == BinaryOp::divide && r.tag == Tag::number && r.number == 0;
    f.missing->cannot_compute = CannotCompute{f.program.locations[static_cast<std::size_t>(in.b)],
                                              by_zero ? "a division by zero" : "a date or a span of time out of range"};
  }
  return result;
}

template <Mode M>
Value execute(Frame& f, std::uint32_t begin, std::uint32_t end) {
  constexpr bool traced = M == Mode::traced;
  const Instruction* code = f.program.code.data();
  const check::Ladder& ladder = f.program.model->ladder;
  Value* const base = f.top;
  Value* top = base;   // one past the last value pushed
  // Before anything that may start a run of its own.
  auto hand_over = [&] { f.top = top; };
  for (std::uint32_t pc = begin; pc < end;) {
    const Instruction& in = code[pc++];
    switch (in.op) {
      case Op::enter:
        if constexpr (traced) f.trace->enter(*in.node);
        continue;
      case Op::constant: *top++ = f.program.constants[static_cast<std::size_t>(in.a)]; break;
      case Op::today: *top++ = Value::of_date(f.facts.today); break;
      case Op::needs: *top++ = f.facts.needs; break;
      case Op::input: {
        const Value& v = f.facts.inputs[static_cast<std::size_t>(in.a)];
        if constexpr (M == Mode::fast) *top++ = asked(in, v);
        else *top++ = noted(f, in, v, f.program.model->inputs[static_cast<std::size_t>(in.a)].name);
        break;
      }
      case Op::parameter:
        if (in.a < 64) f.parameters_read |= std::uint64_t{1} << in.a;
        *top++ = f.program.parameters[static_cast<std::size_t>(in.a)];
        break;
      case Op::derived: {
        if constexpr (M == Mode::fast) {
          // Most reads find the value made already (derived() says why it is kept).
          auto i = static_cast<std::size_t>(in.a);
          if (char ready = f.derived_ready[i]) {
            if (ready == 2) f.calendar_pattern_used = true;
            f.parameters_read |= f.derived_parameters[i];
            *top++ = asked(in, f.derived[i]);
            break;
          }
          hand_over();
          Value v = derived<M>(f, in.a);
          *top++ = asked(in, v);
        } else {
          Quiet quiet(f, in);
          hand_over();
          Value v = derived<M>(f, in.a);
          *top++ = v;
        }
        break;
      }
      case Op::element_cycle_field: {
        if constexpr (M == Mode::fast) {
          *top++ = asked(in, cycle_field(f, *f.element, static_cast<check::CycleField>(in.a)));
        } else {
          Quiet quiet(f, in);
          *top++ = cycle_field(f, *f.element, static_cast<check::CycleField>(in.a));
        }
        break;
      }
      case Op::element_need_field:
        *top++ = need_field(f, *f.element, static_cast<check::NeedField>(in.a));
        break;
      case Op::cycle_field: top[-1] = cycle_field(f, top[-1], static_cast<check::CycleField>(in.a)); break;
      case Op::need_field: top[-1] = need_field(f, top[-1], static_cast<check::NeedField>(in.a)); break;
      case Op::pupil_field: {
        const Value& v = f.facts.pupil[static_cast<std::size_t>(in.a)];
        if constexpr (M == Mode::fast) *top++ = asked(in, v);
        else *top++ = noted(f, in, v, pupil_fact_names[in.a]);
        break;
      }
      case Op::ehc_field: {
        const Value& v = f.facts.ehc[static_cast<std::size_t>(in.a)];
        if constexpr (M == Mode::fast) *top++ = asked(in, v);
        else *top++ = noted(f, in, v, ehc_fact_names[in.a]);
        break;
      }
      case Op::make_list: {
        hand_over();
        Value v = make_list<M>(f, in);
        *top++ = v;
        pc = f.program.bounds[static_cast<std::size_t>(in.b + in.a)];
        break;
      }
      case Op::logical_not: {
        Value& v = top[-1];
        if (v.known()) v = Value::boolean(!v.flag);
        break;
      }
      case Op::negate: {
        Value& v = top[-1];
        if (v.tag == Tag::number) v = Value::of_number(-v.number);
        else if (v.tag == Tag::duration) v = Value::of_duration(v.duration().negated());
        else v = Value::unknown();
        break;
      }
      case Op::equal: {
        --top;
        const Value& l = top[-1];
        const Value& r = top[0];
        top[-1] = l.known() && r.known()
                      ? Value::boolean(equal(l, r, ladder, f.facts.today, working_days(f)) != (in.b != 0))
                      : Value::unknown();
        break;
      }
      case Op::compare: {
        --top;
        const Value& l = top[-1];
        const Value& r = top[0];
        if (!l.known() || !r.known()) { top[-1] = Value::unknown(); break; }
        int c = order(l, r, ladder, f.facts.today, working_days(f));
        auto op = static_cast<BinaryOp>(in.a);
        top[-1] = Value::boolean(op == BinaryOp::less ? c < 0 : op == BinaryOp::less_equal ? c <= 0
                               : op == BinaryOp::greater ? c > 0 : c >= 0);
        break;
      }
      case Op::in: {
        --top;
        const Value& l = top[-1];
        const Value& r = top[0];
        if (!l.known() || !r.known()) { top[-1] = Value::unknown(); break; }
        auto items = r.list();
        bool found = std::any_of(items.begin(), items.end(), [&](const Value& item) {
          return equal(l, item, ladder, f.facts.today, working_days(f));
        });
        top[-1] = Value::boolean(found != (in.b != 0));
        break;
      }
      case Op::arithmetic:
        --top;
        top[-1] = arithmetic_of(f, in, top[-1], top[0]);
        break;
      case Op::logical_and:
      case Op::logical_or: {
        hand_over();
        Value v = logical<M>(f, pc, in, in.op == Op::logical_and);
        *top++ = v;
        pc = static_cast<std::uint32_t>(in.b);
        break;
      }
      case Op::all_of:
      case Op::any_of: {
        hand_over();
        Value v = logical_chain<M>(f, in, in.op == Op::all_of);
        *top++ = v;
        pc = f.program.bounds[static_cast<std::size_t>(in.b + in.a)];
        break;
      }
      case Op::if_then: {
        Value c = *--top;
        Value v;
        if (c.known()) {
          hand_over();
          v = c.flag ? part<M>(f, pc, static_cast<std::uint32_t>(in.a))
                     : part<M>(f, static_cast<std::uint32_t>(in.a), static_cast<std::uint32_t>(in.b));
        }
        *top++ = v;
        pc = static_cast<std::uint32_t>(in.b);
        break;
      }
      case Op::where: {
        hand_over();
        Value v = where<M>(f, pc, in);
        *top++ = v;
        pc = static_cast<std::uint32_t>(in.b);
        break;
      }
      case Op::tally: {
        hand_over();
        Value v = tally<M>(f, pc, in);
        *top++ = v;
        pc = static_cast<std::uint32_t>(in.b);
        break;
      }
      case Op::known: {
        MissingMark mark(f);
        hand_over();
        Value v = Value::boolean(part<M>(f, pc, static_cast<std::uint32_t>(in.a)).known());
        mark.settle(v);
        *top++ = v;
        pc = static_cast<std::uint32_t>(in.a);
        break;
      }
      case Op::is_known: top[-1] = Value::boolean(top[-1].known()); break;
      case Op::latest: {
        Value& items = top[-1];
        if (!items.known()) break;
        auto list = items.list();
        if (list.empty()) {
          if (f.missing && in.a >= 0) f.missing->add(f.program.fact_names[static_cast<std::size_t>(in.a)]);
          items = Value::unknown();
          break;
        }
        items = list.back();
        break;
      }
      case Op::level:
      case Op::has_need:
      case Op::has_code:
      case Op::cycles: {
        Value& a = top[-1];
        if (!a.known()) break;
        auto i = static_cast<std::size_t>(a.id);
        if (in.op == Op::level) a = Value::of_id(Tag::level, f.facts.level[i]);
        else if (in.op == Op::has_need) a = Value::boolean(f.facts.level[i] >= 0);
        else if (in.op == Op::has_code) a = Value::boolean((f.facts.codes_present >> a.id) & 1u);
        else a = f.facts.cycles[i];
        break;
      }
      case Op::in_place:
        // Not recorded is unknown, never "not in place".
        *top++ = !f.facts.in_place_recorded ? read_fact(f, Value::unknown(), "in_place")
                                            : Value::boolean(f.facts.in_place[static_cast<std::size_t>(in.a)]);
        break;
      case Op::age: {
        const auto& dob = f.facts.profile->pupil.date_of_birth;
        *top++ = dob ? Value::of_number(whole_years(*dob, f.facts.today))
                     : read_fact(f, Value::unknown(), "pupil.date_of_birth");
        break;
      }
      case Op::min_max: {
        Value v = min_max(f, in, top);
        top -= in.a;
        *top++ = v;
        break;
      }
      case Op::make_date: {
        hand_over();
        Value v = make_date<M>(f, pc, in);
        *top++ = v;
        pc = static_cast<std::uint32_t>(in.d);
        break;
      }
      case Op::date_part: {
        Value& v = top[-1];
        if (!v.known()) break;
        switch (static_cast<Function>(in.c)) {
          case Function::year: v = Value::of_number(v.date.year()); break;
          case Function::month: v = Value::of_number(v.date.month()); break;
          case Function::day: v = Value::of_number(v.date.day()); break;
          default: v = Value::of_number(academic_year(v.date)); break;
        }
        break;
      }
      case Op::is_working_day: {
        Value& v = top[-1];
        if (v.known()) v = Value::boolean(f.program.model->calendar.is_working_day(v.date, f.calendar_pattern_used));
        break;
      }
      case Op::next_working_day: {
        Value& v = top[-1];
        if (!v.known()) break;
        auto next = f.program.model->calendar.next_working_day(v.date, f.calendar_pattern_used);
        v = next ? Value::of_date(*next) : Value::unknown();
        break;
      }
      case Op::jump: pc = static_cast<std::uint32_t>(in.a); continue;
      case Op::and_step:
      case Op::or_step: {
        bool is_and = in.op == Op::and_step;
        Value v = *--top;
        bool first = in.c != 0;
        if (is_and ? v.is_false() : v.is_true()) {
          if (!first) --top;
          *top++ = v;
          pc = static_cast<std::uint32_t>(in.a);
        } else if (first) {
          *top++ = v.known() ? Value::boolean(is_and) : Value::unknown();
        } else if (!v.known()) {
          top[-1] = Value::unknown();
        }
        continue;
      }
      case Op::tally_list: {
        Value& items = top[-1];
        if (!items.known()) break;
        Tally tally(static_cast<Function>(in.c), false);
        for (const auto& item : items.list()) tally.add(item);
        items = tally.answer();
        break;
      }
      case Op::tally_begin: {
        // Above the list: where the loop is (the element's index, and the
        // tally so far), then the element bound before it.
        Value& items = top[-1];
        if (!items.known() || items.list().empty()) {
          if (items.known()) items = Tally(static_cast<Function>(in.c), true).answer();
          pc = static_cast<std::uint32_t>(in.a);
          continue;
        }
        Value& state = *top++;
        state = Value::of_id(Tag::number, 0);
        Tally(static_cast<Function>(in.c), true).save(state);
        (*top++).items_ = f.element;
        f.element = &items.items_[0];
        continue;
      }
      case Op::tally_next: {
        Value c = *--top;
        const Value& items = top[-3];
        Value& state = top[-2];
        Tally tally(static_cast<Function>(in.c), true);
        tally.load(state);
        tally.add(c);
        if (static_cast<std::uint32_t>(++state.id) < items.size_) {
          tally.save(state);
          f.element = &items.items_[state.id];
          pc = static_cast<std::uint32_t>(in.a);
          continue;
        }
        f.element = top[-1].items_;
        top -= tally_state_slots;
        top[-1] = tally.answer();
        continue;
      }
      case Op::latest_cycle_field: {
        const Value& cycles = f.facts.cycles[static_cast<std::size_t>(in.a)];
        Value v = cycles.size_ > 0 ? cycle_field(f, cycles.items_[cycles.size_ - 1], static_cast<check::CycleField>(in.b))
                                   : Value::unknown();
        *top++ = asked(in, v);
        break;
      }
      case Op::level_of: *top++ = Value::of_id(Tag::level, f.facts.level[static_cast<std::size_t>(in.a)]); break;
      case Op::has_need_of: *top++ = Value::boolean(f.facts.level[static_cast<std::size_t>(in.a)] >= 0); break;
      case Op::has_code_of: *top++ = Value::boolean((f.facts.codes_present >> in.a) & 1u); break;
      case Op::cycles_of: *top++ = f.facts.cycles[static_cast<std::size_t>(in.a)]; break;
      case Op::equal_constant: {
        // A constant is always known (compile_expression.cpp makes one only of a literal).
        Value& l = top[-1];
        const Value& r = f.program.constants[static_cast<std::size_t>(in.a)];
        l = l.known() ? Value::boolean(equal(l, r, ladder, f.facts.today, working_days(f)) != (in.b != 0))
                      : Value::unknown();
        break;
      }
      case Op::compare_constant: {
        Value& l = top[-1];
        if (!l.known()) break;
        int c = order(l, f.program.constants[static_cast<std::size_t>(in.b)], ladder, f.facts.today, working_days(f));
        auto op = static_cast<BinaryOp>(in.a);
        l = Value::boolean(op == BinaryOp::less ? c < 0 : op == BinaryOp::less_equal ? c <= 0
                         : op == BinaryOp::greater ? c > 0 : c >= 0);
        break;
      }
      case Op::branch: {
        Value c = *--top;
        if (!c.known()) {
          *top++ = c;
          pc = static_cast<std::uint32_t>(in.b);
        } else if (!c.flag) {
          pc = static_cast<std::uint32_t>(in.a);
        }
        continue;
      }
    }
    if constexpr (traced) f.trace->leave(*in.node, top[-1]);
  }
  f.top = base;
  // A run leaves one value; none is compiled empty.
  return top > base ? top[-1] : Value::unknown();
}

}  // namespace

Value Compiled::operator()(Frame& frame) const {
  // The outermost run starts with an empty pool: what an earlier run made
  // is no longer looked at (cached derived values keep their own copies).
  if (frame.depth == 0) {
    frame.scratch.clear();
    frame.top = frame.stack.data();
  }
  ++frame.depth;
  Value v = frame.trace     ? part<Mode::traced>(frame, traced_.begin, traced_.end)
            : frame.missing ? part<Mode::plain>(frame, plain_.begin, plain_.end)
                            : part<Mode::fast>(frame, fast_.begin, fast_.end);
  --frame.depth;
  return v;
}

}  // namespace apdr::run
