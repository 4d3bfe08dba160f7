#pragma once
// Which conditions an evaluation traces, and for whom (`apdr explain`). An
// observer hands out a listener per condition; evaluation attaches it to the
// one run that decides the outcome, so what a listener records is exactly
// what the result rests on:
//  - a rule's condition in the final pass, after levels have reached their
//    fixpoint (the earlier rounds of step 2 only raise levels, and are not
//    traced);
//  - a provision item's guard, when its level is reached (step 3);
//  - a fired rule's due dates (step 4).
// A condition that evaluation never runs (a rule not in force, or for an
// area where the pupil has no need) is never offered to the observer.
// It also hears of every rule that fires (coverage, evaluate/fired_rules.hpp).
// Every call has a do-nothing default, so a listener says only what it hears.
#include <cstddef>

#include "compile/trace.hpp"

namespace apdr::eval {

class Observer {
 public:
  virtual ~Observer() = default;
  // The listener for rule `rule`'s condition (an index in the model's
  // rules), or null to leave it untraced.
  virtual run::Trace* rule_condition(std::size_t /*rule*/) { return nullptr; }
  // The listener for provision item `item`'s guard, or null.
  virtual run::Trace* provision_guard(std::size_t /*item*/) { return nullptr; }
  // The listener for the due date of escalation `escalation` of fired rule `rule`, or null.
  virtual run::Trace* due_date(std::size_t /*rule*/, std::size_t /*escalation*/) { return nullptr; }
  // Rule `rule` fired (its condition held in the final pass), in rule order,
  // whether or not it left a visible trace in the result.
  virtual void fired(std::size_t /*rule*/) {}
};

}  // namespace apdr::eval
