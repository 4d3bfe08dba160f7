#pragma once
// Text to a YAML tree, with the limits that keep hostile input harmless.
#include <optional>

#include <yaml-cpp/yaml.h>

#include "load/yaml_file.hpp"

namespace apdr::load {

// Parses `file.text` as one YAML document. Broken YAML is E002 at the
// place yaml-cpp stopped; a file over limits::max_file_bytes, nesting
// deeper than limits::max_yaml_depth or more than limits::max_yaml_nodes
// nodes (aliases counted every time they are used, so "billion laughs"
// stops early) is E011. Returns nullopt after any of these.
std::optional<YAML::Node> parse_yaml_document(YamlFile& file);

}  // namespace apdr::load
