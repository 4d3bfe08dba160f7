#pragma once
// A YAML document read into a small tree that keeps a position for every
// node. Rule files, profiles, cohort rows and rule tests are all walked as
// this tree, whatever parser produced it, because the readers need what
// general YAML libraries hide or handle dangerously: repeated keys
// (reported, not silently merged), whether a scalar was quoted, and limits
// on depth and node count checked while parsing, with aliases counted as
// expanded, so a "billion laughs" document or 10,000 nested brackets stop
// early.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/source.hpp"

namespace apdr::yaml {

struct Node;
using NodePtr = std::shared_ptr<const Node>;

struct Node {
  // `null` is an empty value, `~` or an unquoted `null`, as YAML defines it.
  enum class Kind { null, scalar, sequence, mapping };
  Kind kind = Kind::null;
  std::string text;                                    // scalars only
  bool quoted = false;                                 // a quoted or explicitly tagged scalar
  std::vector<NodePtr> items;                          // sequences
  std::vector<std::pair<NodePtr, NodePtr>> entries;    // mappings, in order, keys unique
  SourceLocation where;
  std::size_t offset = 0;                              // the byte `where` points at, in the text read
  std::size_t expanded_size = 1;                       // nodes in this subtree, aliases expanded
  std::size_t height = 1;                              // nesting depth of this subtree

  bool is_null() const { return kind == Kind::null; }
  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_sequence() const { return kind == Kind::sequence; }
  bool is_mapping() const { return kind == Kind::mapping; }
  // The entry of scalar key `key` in a mapping, or null.
  const std::pair<NodePtr, NodePtr>* entry(std::string_view key) const;
  // The value of scalar key `key` in a mapping, or null.
  const Node* find(std::string_view key) const;
};

// "a mapping", "a list", "a single value" or "nothing": how messages name a
// node's shape.
const char* shape_name(const Node& node);

}  // namespace apdr::yaml
