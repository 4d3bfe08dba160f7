#include "explain/trace_recorder.hpp"

namespace apdr::explain {

void Recorded::keep(const run::Value& v) {
  value = v;
  if (v.tag != run::Tag::list) return;
  auto list = v.list();
  items.assign(list.begin(), list.end());
  value = run::Value::of_list(items.data(), items.size());
}

// Children are appended only to the innermost open node, and a node's
// children vector never grows once a deeper node is open, so the pointers
// in path_ stay valid.
void TraceRecorder::enter(const expr::Node& node) {
  Recorded* parent = open();
  parent->children.push_back({&node, {}, 0, {}, {}});
  path_.push_back(&parent->children.back());
}

void TraceRecorder::leave(const expr::Node& node, const run::Value& value) {
  // Elements opened inside the node end with it.
  while (!path_.empty() && path_.back()->node != &node) path_.pop_back();
  if (path_.empty()) return;
  path_.back()->keep(value);
  path_.pop_back();
}

void TraceRecorder::element(std::size_t index, const run::Value& element) {
  // The previous element of the same list ends where the next one starts.
  if (!path_.empty() && path_.back()->node == nullptr) path_.pop_back();
  Recorded* parent = open();
  parent->children.push_back({nullptr, {}, index, {}, {}});
  parent->children.back().keep(element);
  path_.push_back(&parent->children.back());
}

}  // namespace apdr::explain
