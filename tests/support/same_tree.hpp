#pragma once
// Whether two YAML trees are the same node for node: kind, text, quoting,
// position and the sizes the limits use. On a difference, `where` says the
// position of the first node that differs, so a failing test points at it.
#include <string>

#include "yaml/node.hpp"

namespace apdr::testing {

inline bool same_tree(const yaml::Node& a, const yaml::Node& b, std::string& where) {
  if (a.kind != b.kind || a.text != b.text || a.quoted != b.quoted || a.where.file != b.where.file ||
      a.where.line != b.where.line || a.where.column != b.where.column || a.offset != b.offset ||
      a.expanded_size != b.expanded_size || a.height != b.height || a.items.size() != b.items.size() ||
      a.entries.size() != b.entries.size()) {
    where = location_text(a.where);
    return false;
  }
  for (std::size_t i = 0; i < a.items.size(); ++i) {
    if (!same_tree(*a.items[i], *b.items[i], where)) return false;
  }
  for (std::size_t i = 0; i < a.entries.size(); ++i) {
    if (!same_tree(*a.entries[i].first, *b.entries[i].first, where)) return false;
    if (!same_tree(*a.entries[i].second, *b.entries[i].second, where)) return false;
  }
  return true;
}

}  // namespace apdr::testing
