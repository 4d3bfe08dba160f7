#include "yaml/node.hpp"

namespace apdr::yaml {

const std::pair<NodePtr, NodePtr>* Node::entry(std::string_view key) const {
  for (const auto& item : entries) {
    if (item.first->is_scalar() && item.first->text == key) return &item;
  }
  return nullptr;
}

const Node* Node::find(std::string_view key) const {
  const auto* found = entry(key);
  return found == nullptr ? nullptr : found->second.get();
}

const char* shape_name(const Node& node) {
  switch (node.kind) {
    case Node::Kind::null: return "nothing";
    case Node::Kind::scalar: return "a single value";
    case Node::Kind::sequence: return "a list";
    case Node::Kind::mapping: return "a mapping";
  }
  return "a value";
}

}  // namespace apdr::yaml
