#pragma once
// Tests that read a shipped YAML file for what they compare against (a
// catalogue's ids, an item's wording) read it with the engine's own YAML
// reader, and fail at once if it does not parse.
#include <fstream>
#include <iterator>
#include <string>

#include <catch2/catch.hpp>

#include "core/diagnostic.hpp"
#include "yaml/read_yaml.hpp"

inline apdr::yaml::NodePtr read_yaml_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  apdr::Diagnostics found;
  apdr::yaml::NodePtr root = apdr::yaml::read_yaml(text, {path}, found);
  INFO(path);
  REQUIRE(root);
  REQUIRE_FALSE(found.has_errors());
  return root;
}
