#pragma once
// Coverage as a listener: which rules fired, as a set of rule indices, for
// `apdr test --coverage` and for tests. Evaluation pays for it only when
// it is attached.
#include <cstddef>
#include <string_view>
#include <vector>

#include "check/model.hpp"
#include "evaluate/observer.hpp"

namespace apdr::eval {

class FiredRules : public Observer {
 public:
  void fired(std::size_t rule) override {
    if (rule >= fired_.size()) fired_.resize(rule + 1, false);
    fired_[rule] = true;
  }
  // Forgets what was heard, for the next evaluation.
  void clear() { fired_.assign(fired_.size(), false); }
  bool fired_index(std::size_t rule) const { return rule < fired_.size() && fired_[rule]; }
  // The ids of the rules that fired, in rule order.
  std::vector<std::string_view> ids(const check::Model& model) const {
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i < fired_.size() && i < model.rules.size(); ++i) {
      if (fired_[i]) out.push_back(model.rules[i].id);
    }
    return out;
  }
  // True when the rule with this id fired.
  bool contains(const check::Model& model, std::string_view id) const {
    for (std::size_t i = 0; i < fired_.size() && i < model.rules.size(); ++i) {
      if (fired_[i] && model.rules[i].id == id) return true;
    }
    return false;
  }

 private:
  std::vector<bool> fired_;  // by rule index
};

}  // namespace apdr::eval
