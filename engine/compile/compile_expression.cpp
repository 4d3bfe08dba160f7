#include "compile/compile_expression.hpp"

#include <stdexcept>

#include <fmt/format.h>

#include "check/record_fields.hpp"

namespace apdr::run {
namespace {

using check::Function;
using check::Resolution;
using expr::BinaryOp;
using expr::Node;
using expr::NodeKind;

using Ref = Resolution::Ref;

// The three kinds of code an expression is compiled to (program.hpp).
enum class CodeKind { fast, plain, traced };

// Emits one expression's instructions at the end of Program::code, in
// post-order for most nodes (see compile/instruction.hpp). In plain and
// traced code every node ends in exactly one instruction that carries it,
// and which tells a listener what the node produced; traced code also
// starts each node with Op::enter.
class Emitter {
 public:
  Emitter(Program& program, const syntax::Expression& source, CodeKind kind)
      : program_(program), model_(*program.model), source_(source), traced_(kind == CodeKind::traced),
        fast_(kind == CodeKind::fast) {}

  Span emit(const Node& root) {
    auto begin = here();
    node(root);
    program_.stack_room += here() - begin;
    return {begin, here()};
  }

 private:
  std::uint32_t here() const { return static_cast<std::uint32_t>(program_.code.size()); }

  // Appends an instruction; its index, to fill in the ends of its parts.
  std::size_t put(Op op, const Node& node, int a = 0, int b = 0, std::uint8_t c = 0) {
    program_.code.push_back({op, c, a, b, 0, &node});
    return program_.code.size() - 1;
  }
  Instruction& at(std::size_t i) { return program_.code[i]; }

  int constant_index(Value v) {
    program_.constants.push_back(v);
    return static_cast<int>(program_.constants.size() - 1);
  }
  void constant(const Node& node, Value v) { put(Op::constant, node, constant_index(v)); }

  // Every name and call in a model without errors was resolved by the checker.
  const Resolution& resolution(const Node& node) const {
    const Resolution* found = model_.resolution_of(node);
    if (found == nullptr) throw std::logic_error("compile: an expression node the checker did not resolve");
    return *found;
  }

  void node(const Node& node) {
    if (traced_) put(Op::enter, node);
    switch (node.kind) {
      case NodeKind::list: return list(node);
      case NodeKind::name: return name(node);
      case NodeKind::field: return field(node);
      case NodeKind::call: return call(node);
      case NodeKind::where: return where(node);
      case NodeKind::if_then: return if_then(node);
      case NodeKind::unary: return unary(node);
      case NodeKind::binary: return binary(node);
      default: break;
    }
    if (auto v = literal(node)) return constant(node, *v);
    constant(node, Value::unknown());
  }

  // The value of a node that reads nothing: a literal, or a name of a
  // level, area, code or symbol. Parameters are not among them: reading
  // one is noted (Frame::parameters_read).
  std::optional<Value> literal(const Node& node) const {
    switch (node.kind) {
      case NodeKind::number: return Value::of_number(node.number);
      case NodeKind::string: return Value::of_text(node.text);
      case NodeKind::boolean: return Value::boolean(node.boolean);
      case NodeKind::date: return Value::of_date(node.date);
      case NodeKind::duration: return Value::of_duration(node.duration);
      case NodeKind::name: break;
      default: return std::nullopt;
    }
    const Resolution& r = resolution(node);
    switch (r.ref) {
      case Ref::local_level: return Value::of_id(Tag::level, r.index);
      case Ref::root_level: {
        Value v = Value::of_id(Tag::level, r.index);
        v.flag = true;
        return v;
      }
      case Ref::area: return Value::of_id(Tag::area, r.index);
      case Ref::code: return Value::of_id(Tag::code, r.index);
      case Ref::symbol: return Value::of_id(Tag::symbol, r.index);
      default: return std::nullopt;
    }
  }

  void list(const Node& node) {
    // A list of constants is one constant. Traced code keeps the items, so
    // that explain still sees each of them run.
    if (!traced_) {
      std::vector<Value> items;
      for (const auto& child : node.children) {
        auto v = literal(*child);
        if (!v) break;
        items.push_back(*v);
      }
      if (items.size() == node.children.size()) {
        const auto& stored = program_.constant_lists.emplace_back(std::move(items));
        return constant(node, Value::of_list(stored.data(), stored.size()));
      }
    }
    // The items' bounds go in the side table first, filled in as they are emitted.
    auto first = program_.bounds.size();
    program_.bounds.resize(first + node.children.size() + 1);
    auto op = put(Op::make_list, node, static_cast<int>(node.children.size()), static_cast<int>(first));
    for (std::size_t i = 0; i < node.children.size(); ++i) {
      program_.bounds[first + i] = here();
      this->node(*node.children[i]);
    }
    program_.bounds[first + node.children.size()] = here();
    (void)op;
  }

  void name(const Node& node) {
    const Resolution& r = resolution(node);
    int index = r.index;
    switch (r.ref) {
      case Ref::today: put(Op::today, node); return;
      case Ref::needs: put(Op::needs, node); return;
      case Ref::input: put(Op::input, node, index); return;
      case Ref::parameter: put(Op::parameter, node, index); return;
      case Ref::derived: put(Op::derived, node, index); return;
      case Ref::cycle_field: put(Op::element_cycle_field, node, index); return;
      case Ref::need_field: put(Op::element_need_field, node, index); return;
      default: break;
    }
    if (auto v = literal(node)) return constant(node, *v);
    constant(node, Value::unknown());
  }

  void field(const Node& node) {
    const Resolution& r = resolution(node);
    if (r.ref == Ref::pupil_field) { put(Op::pupil_field, node, r.index); return; }
    if (r.ref == Ref::ehc_field) { put(Op::ehc_field, node, r.index); return; }
    if (fast_ && r.ref == Ref::cycle_field) {
      if (auto area = latest_cycle_of(*node.children[0])) {
        put(Op::latest_cycle_field, node, *area, r.index);
        return;
      }
    }
    this->node(*node.children[0]);
    put(r.ref == Ref::cycle_field ? Op::cycle_field : Op::need_field, node, r.index);
  }

  void where(const Node& node) {
    auto op = put(Op::where, node);
    this->node(*node.children[0]);
    at(op).a = static_cast<int>(here());
    this->node(*node.children[1]);
    at(op).b = static_cast<int>(here());
  }

  void if_then(const Node& node) {
    this->node(*node.children[0]);
    if (fast_) {
      // The condition, a branch to the else, the then with a jump past the else.
      auto branch = put(Op::branch, node);
      this->node(*node.children[1]);
      auto jump = put(Op::jump, node);
      at(branch).a = static_cast<int>(here());
      this->node(*node.children[2]);
      at(branch).b = at(jump).a = static_cast<int>(here());
      return;
    }
    auto op = put(Op::if_then, node);
    this->node(*node.children[1]);
    at(op).a = static_cast<int>(here());
    this->node(*node.children[2]);
    at(op).b = static_cast<int>(here());
  }

  void unary(const Node& node) {
    auto start = here();
    this->node(*node.children[0]);
    // `not known(x)` in fast code: the fused read asks the other question.
    if (fast_ && node.unary == expr::UnaryOp::logical_not && here() == start + 1 && asks_known(at(start))) {
      Instruction& read = at(start);
      read.c = read.c == as_known ? as_unknown : as_known;
      return;
    }
    put(node.unary == expr::UnaryOp::logical_not ? Op::logical_not : Op::negate, node);
  }

  // An area or code named by a literal, as cycles(semh) names one.
  std::optional<int> literal_id(const Node& node, Tag tag) const {
    auto v = literal(node);
    if (!v || v->tag != tag) return std::nullopt;
    return v->id;
  }

  // The area of `latest(cycles(<area>))`, the commonest record read.
  std::optional<int> latest_cycle_of(const Node& node) const {
    if (node.kind != NodeKind::call || static_cast<Function>(resolution(node).index) != Function::latest) {
      return std::nullopt;
    }
    const Node& list = *node.children[0];
    if (list.kind != NodeKind::call || static_cast<Function>(resolution(list).index) != Function::cycles) {
      return std::nullopt;
    }
    return literal_id(*list.children[0], Tag::area);
  }

  // A fast fact read (instruction.hpp, as_known) that pushes whether the
  // fact is known, or whether it is not.
  static bool asks_known(const Instruction& in) {
    return fusable_read(in.op) && (in.c == as_known || in.c == as_unknown);
  }
  // The fact reads that can answer known() themselves, when they are the
  // whole operand (one instruction: an `if` that ends in one is not).
  static bool fusable_read(Op op) {
    return op == Op::input || op == Op::derived || op == Op::pupil_field || op == Op::ehc_field ||
           op == Op::element_cycle_field || op == Op::latest_cycle_field;
  }

  void binary(const Node& node) {
    const Node& left = *node.children[0];
    const Node& right = *node.children[1];
    switch (node.binary) {
      case BinaryOp::logical_and:
      case BinaryOp::logical_or: {
        if (!traced_) return chain(node);
        auto op = put(node.binary == BinaryOp::logical_and ? Op::logical_and : Op::logical_or, node);
        this->node(left);
        at(op).a = static_cast<int>(here());
        this->node(right);
        at(op).b = static_cast<int>(here());
        return;
      }
      default: break;
    }
    this->node(left);
    // A comparison with a literal (`outcome == not_met`, `level(semh) >=
    // sen_support`) reads the literal from the constants in fast code.
    if (fast_) {
      if (auto v = literal(right)) {
        switch (node.binary) {
          case BinaryOp::equal:
          case BinaryOp::not_equal:
            put(Op::equal_constant, node, constant_index(*v), node.binary == BinaryOp::not_equal);
            return;
          case BinaryOp::less:
          case BinaryOp::less_equal:
          case BinaryOp::greater:
          case BinaryOp::greater_equal:
            put(Op::compare_constant, node, static_cast<int>(node.binary), constant_index(*v));
            return;
          default: break;
        }
      }
    }
    this->node(right);
    switch (node.binary) {
      case BinaryOp::equal:
      case BinaryOp::not_equal: put(Op::equal, node, 0, node.binary == BinaryOp::not_equal); return;
      case BinaryOp::less:
      case BinaryOp::less_equal:
      case BinaryOp::greater:
      case BinaryOp::greater_equal: put(Op::compare, node, static_cast<int>(node.binary)); return;
      case BinaryOp::in:
      case BinaryOp::not_in: put(Op::in, node, 0, node.binary == BinaryOp::not_in); return;
      default: {
        // Placed now, while the rule file's text is still held: a program
        // outlives the SourceStore it was built from. A division by zero is
        // shown at its divisor; anything else at the whole operation.
        program_.locations.push_back(
            source_.locate(node.binary == BinaryOp::divide ? node.children[1]->begin : node.begin));
        put(Op::arithmetic, node, static_cast<int>(node.binary), static_cast<int>(program_.locations.size() - 1));
        return;
      }
    }
  }

  // `a and b and c` (however it is bracketed) as one operation over its
  // operands, so that the first false one ends it at once rather than
  // each enclosing `and` in turn: Kleene `and` and `or` are associative,
  // and the facts a decided chain lacked are forgotten either way. Traced
  // code keeps every `and` for the listener (explain shows each).
  void chain(const Node& node) {
    std::vector<const Node*> operands;
    gather(node, node.binary, operands);
    if (fast_) return steps(node, operands);
    auto first = program_.bounds.size();
    program_.bounds.resize(first + operands.size() + 1);
    put(node.binary == BinaryOp::logical_and ? Op::all_of : Op::any_of, node, static_cast<int>(operands.size()),
        static_cast<int>(first));
    for (std::size_t i = 0; i < operands.size(); ++i) {
      program_.bounds[first + i] = here();
      this->node(*operands[i]);
    }
    program_.bounds[first + operands.size()] = here();
  }

  // Fast code's chain: each operand followed by a step that ends the chain
  // when the operand decides it (Op::and_step, Op::or_step).
  void steps(const Node& node, const std::vector<const Node*>& operands) {
    Op step = node.binary == BinaryOp::logical_and ? Op::and_step : Op::or_step;
    std::vector<std::size_t> ends;
    for (std::size_t i = 0; i < operands.size(); ++i) {
      this->node(*operands[i]);
      ends.push_back(put(step, node, 0, 0, i == 0 ? 1 : 0));
    }
    for (auto i : ends) at(i).a = static_cast<int>(here());
  }

  // Fast code's count/any/all: the list, then without a condition one
  // operation over it, with one a loop over the condition
  // (Op::tally_begin, Op::tally_next).
  void fast_tally(const Node& node, bool filtered, std::uint8_t function) {
    const Node& list = filtered ? *node.children[0]->children[0] : *node.children[0];
    this->node(list);
    if (!filtered) {
      put(Op::tally_list, node, 0, 0, function);
      return;
    }
    auto begin = put(Op::tally_begin, node, 0, 0, function);
    program_.stack_room += tally_state_slots;
    auto condition = here();
    this->node(*node.children[0]->children[1]);
    put(Op::tally_next, node, static_cast<int>(condition), 0, function);
    at(begin).a = static_cast<int>(here());
  }

  static void gather(const Node& node, BinaryOp op, std::vector<const Node*>& out) {
    if (node.kind == NodeKind::binary && node.binary == op) {
      gather(*node.children[0], op, out);
      gather(*node.children[1], op, out);
    } else {
      out.push_back(&node);
    }
  }

  // Whether `operand` is read by one instruction that reads a fact (see
  // name() and field() above).
  bool reads_one_fact(const Node& operand) const {
    if (operand.kind != NodeKind::name && operand.kind != NodeKind::field) return false;
    const Resolution& r = resolution(operand);
    if (operand.kind == NodeKind::field) return r.ref == Ref::pupil_field || r.ref == Ref::ehc_field;
    return r.ref == Ref::input || r.ref == Ref::derived || r.ref == Ref::cycle_field || r.ref == Ref::need_field;
  }

  void call(const Node& node);

  Program& program_;
  const check::Model& model_;
  const syntax::Expression& source_;
  bool traced_;
  bool fast_;
};

void Emitter::call(const Node& node) {
  auto function = static_cast<Function>(resolution(node).index);
  const auto& args = node.children;
  auto code = static_cast<std::uint8_t>(function);
  switch (function) {
    case Function::level:
    case Function::has_need:
    case Function::has_code:
    case Function::cycles: {
      if (fast_) {
        auto id = literal_id(*args[0], function == Function::has_code ? Tag::code : Tag::area);
        if (id) {
          Op op = function == Function::level ? Op::level_of : function == Function::has_need ? Op::has_need_of
                : function == Function::has_code ? Op::has_code_of : Op::cycles_of;
          put(op, node, *id);
          return;
        }
      }
      this->node(*args[0]);
      Op op = function == Function::level ? Op::level : function == Function::has_need ? Op::has_need
            : function == Function::has_code ? Op::has_code : Op::cycles;
      put(op, node);
      return;
    }
    case Function::count:
    case Function::any:
    case Function::all: {
      // With a `where`, the condition is applied element by element in
      // Kleene logic rather than building the filtered list.
      bool filtered = args[0]->kind == NodeKind::where;
      if (fast_) return fast_tally(node, filtered, code);
      auto op = put(Op::tally, node, 0, 0, code);
      this->node(filtered ? *args[0]->children[0] : *args[0]);
      at(op).a = static_cast<int>(here());
      if (filtered) this->node(*args[0]->children[1]);
      at(op).b = static_cast<int>(here());
      return;
    }
    case Function::latest: {
      this->node(*args[0]);
      // An empty list has no latest element: what is missing is the list's contents.
      int fact = -1;
      if (args[0]->kind == NodeKind::call) {
        program_.fact_names.push_back(expr::to_text(*args[0]));
        fact = static_cast<int>(program_.fact_names.size() - 1);
      }
      put(Op::latest, node, fact);
      return;
    }
    case Function::in_place: put(Op::in_place, node, resolution(*args[0]).index); return;
    case Function::age: put(Op::age, node); return;
    case Function::known: {
      // `known(ehc.decided)` in plain code: the fact read, marked quiet, and
      // is_known after it, with no part to run. Fast code collects no
      // missing facts, so any operand can be run so.
      if (fast_ || (!traced_ && reads_one_fact(*args[0]))) {
        auto start = here();
        this->node(*args[0]);
        Instruction& read = at(here() - 1);
        // Fast code's read of one fact answers known() itself.
        if (fast_ && here() == start + 1 && fusable_read(read.op) && read.c == 0) {
          read.c = as_known;
          return;
        }
        if (!fast_) read.c = quiet;
        put(Op::is_known, node);
        return;
      }
      auto op = put(Op::known, node);
      this->node(*args[0]);
      at(op).a = static_cast<int>(here());
      return;
    }
    case Function::min:
    case Function::max:
      for (const auto& arg : args) this->node(*arg);
      put(Op::min_max, node, static_cast<int>(args.size()), function == Function::max);
      return;
    case Function::date: {
      // The parts run one by one, and the first that is no whole number
      // decides: the parts after it do not run.
      auto op = put(Op::make_date, node);
      this->node(*args[0]);
      at(op).a = static_cast<int>(here());
      this->node(*args[1]);
      at(op).b = static_cast<int>(here());
      this->node(*args[2]);
      at(op).d = static_cast<int>(here());
      return;
    }
    case Function::year:
    case Function::month:
    case Function::day:
    case Function::academic_year:
      this->node(*args[0]);
      put(Op::date_part, node, 0, 0, code);
      return;
    case Function::is_working_day:
      this->node(*args[0]);
      put(Op::is_working_day, node);
      return;
    case Function::next_working_day:
      this->node(*args[0]);
      put(Op::next_working_day, node);
      return;
  }
  constant(node, Value::unknown());
}

}  // namespace

std::string fact_name_of_cycle_field(Area area, check::CycleField field) {
  return fmt::format("cycles({}).{}", area_id(area), check::cycle_fields()[static_cast<std::size_t>(field)].name);
}

Compiled compile_expression(Program& program, const syntax::Expression& source) {
  Span fast = Emitter(program, source, CodeKind::fast).emit(*source.tree);
  Span plain = Emitter(program, source, CodeKind::plain).emit(*source.tree);
  Span traced = Emitter(program, source, CodeKind::traced).emit(*source.tree);
  return {fast, plain, traced};
}

}  // namespace apdr::run
