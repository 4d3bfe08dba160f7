// The type checker's findings for each expression node, kept at the node's
// slot (model.hpp, Model::node_facts).
#include <limits>
#include <stdexcept>

#include "check/model.hpp"

namespace apdr::check {
namespace {

const Model::NodeFacts* facts_of(const std::vector<Model::NodeFacts>& table, const expr::Node& node) {
  if (node.slot == 0 || node.slot >= table.size()) return nullptr;
  const Model::NodeFacts& facts = table[node.slot];
  return facts.node == &node ? &facts : nullptr;
}

Model::NodeFacts& slot_for(std::vector<Model::NodeFacts>& table, const expr::Node& node) {
  if (node.slot != 0 && node.slot < table.size() && table[node.slot].node == &node) return table[node.slot];
  if (table.size() >= std::numeric_limits<std::uint32_t>::max()) {
    throw std::length_error("too many expression nodes for one model");
  }
  node.slot = static_cast<std::uint32_t>(table.size());
  table.push_back({&node, std::nullopt, std::nullopt});
  return table.back();
}

}  // namespace

const Type* Model::type_of(const expr::Node& node) const {
  const NodeFacts* facts = facts_of(node_facts, node);
  return facts && facts->type ? &*facts->type : nullptr;
}

const Resolution* Model::resolution_of(const expr::Node& node) const {
  const NodeFacts* facts = facts_of(node_facts, node);
  return facts && facts->resolution ? &*facts->resolution : nullptr;
}

std::size_t Model::typed_nodes() const {
  std::size_t count = 0;
  for (const NodeFacts& facts : node_facts) count += facts.type.has_value();
  return count;
}

void Model::set_type(const expr::Node& node, Type type) { slot_for(node_facts, node).type = std::move(type); }

void Model::set_resolution(const expr::Node& node, Resolution resolution) {
  slot_for(node_facts, node).resolution = resolution;
}

}  // namespace apdr::check
