#include "yaml/node.hpp"

namespace apdr::yaml {

const Node* Node::find(std::string_view key) const {
  for (const auto& [name, value] : entries) {
    if (name->is_scalar() && name->text == key) return value.get();
  }
  return nullptr;
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
