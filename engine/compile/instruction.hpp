#pragma once
// The instructions of a compiled expression. Most work in post-order on a
// value stack: an operation's operands are computed by the instructions
// before it and popped by it. The operations that decide whether, or how
// often, to run a part (`and`, `or`, `if`, `where`, count/any/all, known)
// come before their parts instead, which follow them in the array as runs
// of instructions [next, a), [a, b), …; the operation runs them as it
// needs and execution resumes after the last.
//
// Fast code (what a run with no listener and no missing facts to collect
// executes) has no parts for `and`, `or`, `if` and known(): it jumps
// instead, so the commonest operations cost no call of the interpreter
// loop. Plain code keeps the parts, since collecting missing facts needs
// to know where each operand begins and ends.
#include <cstdint>

namespace apdr::expr { struct Node; }

namespace apdr::run {

enum class Op : std::uint8_t {
  enter,                // traced code only: the listener hears that `node` starts
  constant,             // push constants[a]
  today,                // push the evaluation's date
  needs,                // push the pupil's needs
  input,                // push input a (missing: its name)
  parameter,            // push parameters[a], noting that it was read
  derived,              // push derived value a, computing it once per round
  element_cycle_field,  // push field a of the `where` element (a cycle)
  element_need_field,   // push field a of the `where` element (a need)
  cycle_field,          // pop a cycle, push its field a
  need_field,           // pop a need, push its field a
  pupil_field,          // push pupil field a
  ehc_field,            // push ehc field a
  make_list,            // items: a of them, item i is [bounds[b + i], bounds[b + i + 1]); unknown when one is,
                        // and the items after it do not run
  logical_not,
  negate,
  equal,                // b: 1 for `!=`
  compare,              // a: the expr::BinaryOp
  in,                   // b: 1 for `not in`
  arithmetic,           // a: the expr::BinaryOp, b: locations[b] for cannot-compute
  logical_and,          // left [next, a), right [a, b)
  logical_or,           // left [next, a), right [a, b)
  all_of,               // plain code's chain of `and`s: items as for make_list, run until one is false
  any_of,               // plain code's chain of `or`s: the same, until one is true
  if_then,              // pop the condition; then [next, a), else [a, b)
  where,                // list [next, a), condition [a, b)
  tally,                // count/any/all (c: the check::Function): list [next, a), condition [a, b) or none (a == b)
  known,                // operand [next, a)
  is_known,             // plain code's known() of one fact read: pop it, push whether it is known
  latest,               // pop a list, push its last item; a: fact_names index of its text, or -1
  level,                // pop an area
  has_need,             // pop an area
  has_code,             // pop a code
  cycles,               // pop an area
  in_place,             // provision item a
  age,
  min_max,              // pop a values (a == 1: one list); b: 1 for max
  make_date,            // year [next, a), month [a, b), day [b, d); a part that is no whole number stops it
  date_part,            // pop a date; c: the check::Function (year, month, day, academic_year)
  is_working_day,       // pop a date
  next_working_day,     // pop a date
  // Fast code only:
  jump,                 // go to a
  and_step,             // a chain of `and`s: the operand just run is on top, and under it, unless this is the
                        // first (c: 1), what the chain holds so far; a false operand ends it (go to a)
  or_step,              // the same for `or`s, ended by a true operand
  branch,               // `if`: pop the condition; unknown: push unknown and go to b; false: go to a (the else)
  // Fast code's fused forms of a common run of instructions, each one
  // dispatch where the plain form takes two to five:
  latest_cycle_field,   // `latest(cycles(<area a>)).<field b>`
  level_of,             // level(<area a>)
  has_need_of,          // has_need(<area a>)
  has_code_of,          // has_code(<code a>)
  cycles_of,            // cycles(<area a>)
  equal_constant,       // as equal, with constants[a] on the right
  compare_constant,     // as compare (a: the expr::BinaryOp), with constants[b] on the right
  tally_list,           // count/any/all of the list on top (c: the check::Function), with no condition
  tally_begin,          // count/any/all with a condition (c: the function): the list is on top; unknown or
                        // empty, it is replaced by the answer and the run goes to a; else the condition,
                        // which follows, runs with the first element bound (tally_state_slots pushed)
  tally_next,           // pop the condition's value and count it; bind the next element and go back to a,
                        // or, after the last, replace the list and the slots with the answer
};

// The values Op::tally_begin pushes above the list: where it has got to,
// and the element bound before it.
inline constexpr int tally_state_slots = 2;

// Instruction::c of a fact read that is_known pops: its absence is the
// answer, not a fact the pupil's profile lacks.
inline constexpr std::uint8_t quiet = 1;

// Instruction::c of a fact read in fast code (input, derived, pupil_field,
// ehc_field, element_cycle_field, latest_cycle_field): push whether the
// fact is known, or whether it is not, rather than the fact; the fused
// form of `known(x)` and `not known(x)`.
inline constexpr std::uint8_t as_known = 2;
inline constexpr std::uint8_t as_unknown = 3;

struct Instruction {
  Op op = Op::constant;
  std::uint8_t c = 0;
  std::int32_t a = 0;
  std::int32_t b = 0;
  std::int32_t d = 0;
  const expr::Node* node = nullptr;   // the node this instruction completes, for the listener
};

// A run of instructions in Program::code: [begin, end).
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

}  // namespace apdr::run
