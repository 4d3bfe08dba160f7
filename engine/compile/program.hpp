#pragma once
// A compiled rule set: the checked model plus, for every expression in it, a
// closure that evaluates it against a Frame. Built once, evaluated for any
// number of pupils, shared read-only between threads.
#include <functional>
#include <memory>

#include "check/model.hpp"
#include "compile/frame.hpp"
#include "profile/profile.hpp"

namespace apdr::run {

using Compiled = std::function<Value(Frame&)>;

class Program {
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

  // The local level index for a level id written in a profile (a local id,
  // or a root id meaning the lowest local level within it), or -1.
  int local_level_of(std::string_view id) const;
};

// Compiles a checked model. The model must have checked without errors.
std::shared_ptr<const Program> compile(std::unique_ptr<check::Model> model);

}  // namespace apdr::run
