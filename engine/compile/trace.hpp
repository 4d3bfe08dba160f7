#pragma once
// A listener on evaluation: `apdr explain` records, through it, every node
// of a rule's condition as it runs and the value it produced, so the
// explanation is what the one evaluator did rather than a second evaluator's
// guess. Compiled closures call it only when Frame::trace is set; without a
// listener each node costs one predictable branch.
#include <cstddef>

namespace apdr::expr { struct Node; }

namespace apdr::run {

struct Value;

class Trace {
 public:
  virtual ~Trace() = default;
  // `node` is about to run. Every enter is matched by one leave, and the
  // nodes a node runs are entered and left between the two (a derived
  // value's own expression nests under the name that reads it).
  virtual void enter(const expr::Node& node) = 0;
  // `node` ran and produced `value`.
  virtual void leave(const expr::Node& node, const Value& value) = 0;
  // Inside `where`, count, any or all: the condition is about to run for the
  // element at `index` of the list (0-based). The condition's nodes follow.
  virtual void element(std::size_t index, const Value& element) = 0;
};

}  // namespace apdr::run
