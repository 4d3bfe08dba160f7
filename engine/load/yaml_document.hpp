#pragma once
// A rule file's text to its YAML tree, with the limits that keep hostile
// input harmless.
#include "load/yaml_file.hpp"
#include "yaml/node.hpp"

namespace apdr::load {

// Parses `file.text` as one YAML document (yaml::read_yaml: broken YAML is
// E002, a second document E002, nesting or node count past limits:: E011).
// A file over limits::max_file_bytes is E011 before any parsing, and an
// empty file E005. Returns null after any of these.
yaml::NodePtr parse_yaml_document(YamlFile& file);

}  // namespace apdr::load
