#pragma once
// The rule files compiled into the binary (rules/national/*.yaml), so that an
// installed apdr works without the source tree, each with the image of its
// YAML tree made at build time (engine/embedded/tool/).
#include <span>
#include <string_view>

namespace apdr::embedded {

struct EmbeddedFile {
  std::string_view path;  // relative to rules/, e.g. "national/national.yaml"
  std::string_view text;
  std::string_view tree;  // yaml::write_tree_image of `text`; empty: parse `text`
};

std::span<const EmbeddedFile> files();

// The file at `path`, or nullptr.
const EmbeddedFile* find(std::string_view path);

}  // namespace apdr::embedded
