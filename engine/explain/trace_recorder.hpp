#pragma once
// The listener behind `apdr explain`: it turns the enter/leave/element events
// of one condition's run into a tree of what ran and what each part produced.
#include <cstddef>
#include <vector>

#include "compile/trace.hpp"
#include "compile/value.hpp"
#include "expression/tree.hpp"

namespace apdr::explain {

// One node as it ran, or (node == null) one element of a list that a
// `where`, count, any or all looked at, holding the condition's run for it.
struct Recorded {
  const expr::Node* node = nullptr;
  run::Value value;                  // what the node produced; an element's own value
  std::size_t element = 0;           // for an element: its index in the list
  std::vector<Recorded> children;    // in the order they ran
  // A list's items, copied: the run's lists live in its Frame, which is gone
  // by the time the explanation is written. `value` points here.
  std::vector<run::Value> items;
  void keep(const run::Value& v);
};

class TraceRecorder final : public run::Trace {
 public:
  void enter(const expr::Node& node) override;
  void leave(const expr::Node& node, const run::Value& value) override;
  void element(std::size_t index, const run::Value& element) override;

  // The whole run: one root, or nothing when the condition never ran.
  bool ran() const { return !root_.children.empty(); }
  const Recorded& root() const { return root_.children.front(); }

 private:
  Recorded* open() const { return path_.empty() ? const_cast<Recorded*>(&root_) : path_.back(); }
  Recorded root_;                    // a holder: its one child is the condition
  std::vector<Recorded*> path_;      // the nodes entered and not yet left, outermost first
};

}  // namespace apdr::explain
