#pragma once
// A YAML document read into a small tree that keeps a position for every
// node. The profile reader walks this tree instead of YAML::Node because it
// needs what YAML::Node hides or does dangerously: duplicate keys (reported,
// not silently merged), whether a scalar was quoted, and limits on depth and
// node count checked while parsing, with aliases counted as expanded, so a
// "billion laughs" document or 10,000 nested brackets stop early.
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostic.hpp"

namespace apdr::profile {

struct YamlNode;
using YamlNodePtr = std::shared_ptr<const YamlNode>;

struct YamlNode {
  enum class Kind { null, scalar, sequence, mapping };
  Kind kind = Kind::null;
  std::string text;                                    // scalars only
  bool quoted = false;                                 // a quoted or explicitly tagged scalar
  std::vector<YamlNodePtr> items;                      // sequences
  std::vector<std::pair<YamlNodePtr, YamlNodePtr>> entries;  // mappings, in order, keys unique
  SourceLocation where;
  std::size_t expanded_size = 1;                       // nodes in this subtree, aliases expanded
  std::size_t height = 1;                              // nesting depth of this subtree
};

// Where a text came from: the file name for messages and the line it starts
// at (1 for a whole file; a JSON Lines row's line in its cohort).
struct YamlOrigin {
  std::string file;
  std::uint32_t first_line = 1;
};

// Parses exactly one YAML (or JSON) document. Syntax errors are E002, a
// repeated key E013 (the later entry is dropped), depth or node count past
// limits:: E011, a second document E002. Returns null after any error that
// stops parsing; an empty document is a null node.
YamlNodePtr read_yaml_tree(const std::string& text, const YamlOrigin& origin,
                           Diagnostics& diagnostics);

// "mapping", "list", "value" or "nothing": how messages name a node's shape.
const char* shape_name(const YamlNode& node);

}  // namespace apdr::profile
