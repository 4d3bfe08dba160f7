#pragma once
// A compiled rule set: the checked model plus, for every expression in it,
// a run of instructions in one flat array that the interpreter
// (compile/interpreter.cpp) executes against a Frame. Built once, evaluated
// for any number of pupils, shared read-only between threads.
#include <array>
#include <deque>
#include <memory>
#include <string>
#include <unordered_map>

#include "check/model.hpp"
#include "compile/frame.hpp"
#include "compile/instruction.hpp"
#include "profile/profile.hpp"

namespace apdr::run {

// One compiled expression: where its instructions are in Program::code.
// Each expression is compiled three times (compile/instruction.hpp): fast,
// for the run nobody listens to and that collects no missing facts (most
// runs); plain, which collects them; and with the listener calls `apdr
// explain` needs. So a run pays only for what it is asked. Empty (false)
// when the rule has no such expression.
class Compiled {
 public:
  Compiled() = default;
  Compiled(Span fast, Span plain, Span traced) : fast_(fast), plain_(plain), traced_(traced), present_(true) {}
  explicit operator bool() const { return present_; }
  // Runs the expression: traced when Frame::trace is set, plain when
  // Frame::missing is, fast otherwise.
  Value operator()(Frame& frame) const;
  Span fast() const { return fast_; }
  Span plain() const { return plain_; }
  Span traced() const { return traced_; }

 private:
  Span fast_, plain_, traced_;
  bool present_ = false;
};

// Shared from this: a result made from a program held by a shared_ptr keeps
// the program alive (eval::Result::keep_alive), since its texts are views
// into the program's model.
class Program : public std::enable_shared_from_this<Program> {
 public:
  std::unique_ptr<check::Model> model;
  std::vector<Compiled> rule_when;                 // per rule; empty: always
  std::vector<std::vector<Compiled>> rule_due;     // per rule, per escalation; empty: no due date
  // Per rule, per escalation: the parameters its due date reads, directly or
  // through derived values, with their values in words. A date resting on a
  // tunable default is no legal deadline, and the result says which defaults
  // it assumed; the words are made here once, not for every pupil.
  struct AssumedDefault {
    std::string parameter;
    std::string value;   // "12 weeks"
    int index = 0;       // the parameter's index, for Frame::parameters_read
  };
  std::vector<std::vector<std::vector<AssumedDefault>>> rule_due_defaults;
  std::vector<Compiled> provision_when;            // per provision item; empty: no guard
  std::vector<Compiled> derived;                   // per derived value
  std::vector<Value> parameters;                   // per parameter, folded
  profile::Schema schema;
  std::vector<int> outcome_symbol;                 // profile::Outcome → symbol id, and so on
  std::vector<int> phase_symbol, setting_symbol, requested_by_symbol, decision_symbol,
      review_outcome_symbol;
  // The rules that name each provision item in `provide`, and each
  // information item in `inform`, in rule order: evaluation asks "which
  // fired rules provide this item?" for every item, and scanning every
  // rule's list for every item cost more than the rest of the evaluation.
  std::vector<std::vector<int>> provided_by;       // per provision item
  std::vector<std::vector<int>> informed_by;       // per information item

  // Every source an entry cites (compile/cited_sources.hpp), in the order a
  // result lists them, and for each entry the index of its own, or -1.
  struct CitedSource {
    std::string_view cite;                        // "cop#6.59", or a bare "cop"
    int source = -1;                              // index into model->sources
    const check::Citation* citation = nullptr;    // null for a bare id: no place in it
  };
  std::vector<CitedSource> cited;
  std::vector<int> provision_cited, step_cited, information_cited, rule_cited;
  // Citations of a model whose check did not work them out (one built by hand).
  std::deque<check::Citation> made_citations;

  // What the interpreter runs, for every expression above.
  std::vector<Instruction> code;
  // Values the interpreter's stack must hold (Frame::stack): one for each
  // instruction, since none pushes more than one beyond what it pops, but
  // Op::tally_begin, which pushes tally_state_slots more.
  std::size_t stack_room = 1;
  std::vector<Value> constants;                    // Instruction::a of Op::constant
  // The items of folded list literals; a deque, so that items already
  // pointed at stay where they are while more are added.
  std::deque<std::vector<Value>> constant_lists;
  std::vector<std::uint32_t> bounds;               // where the items of an Op::make_list start
  std::vector<SourceLocation> locations;           // where an operation cannot compute
  // Names of facts as `missing` lists them, made once so that collecting
  // them makes no strings: "cycles(semh).outcome" for every area and field,
  // and the text of the lists `latest` looks into. A deque: views into
  // its strings stay valid while more are added.
  std::deque<std::string> fact_names;
  std::vector<std::string_view> cycle_field_facts;  // [area * cycle field count + field]

  // The local level index for a level id written in a profile (a local id,
  // or a root id meaning the lowest local level within it), or -1.
  int local_level_of(std::string_view id) const;

  // Provision item ids with their catalogue index: a profile's `in_place`
  // list is looked up here for every pupil (a hash, since a binary search
  // over string ids cost a tenth of reading a pupil's facts).
  std::unordered_map<std::string_view, int> provision_ids;
  // The catalogue index of provision item `id`, or -1.
  int provision_index(std::string_view id) const;

  // The provision items a pupil's levels reach, so that evaluation looks at
  // those and the ones fired rules provide, not the whole catalogue:
  // provision_reached[area][level + 1] for the items of that area, and
  // provision_reached[4][highest level + 1] for whole-school items (a
  // level of -1: no need in that area, or in any). Catalogue order.
  std::array<std::vector<std::vector<int>>, 5> provision_reached;
  // Per provision item, its place in a result's list: whole-school items
  // first, then the areas in the Code's order; within an area, lowest level
  // first; then catalogue order.
  std::vector<int> provision_rank;
  // Input names with their index in Model::inputs, for reading a profile's answers.
  std::unordered_map<std::string_view, int> input_ids;
  // Whether `item` is reached at local level `local` of its area (-1: none).
  static bool reaches(const check::Provision& item, const check::Ladder& ladder, int local);
};

// Compiles a checked model. The model must have checked without errors.
std::shared_ptr<const Program> compile(std::unique_ptr<check::Model> model);

}  // namespace apdr::run
