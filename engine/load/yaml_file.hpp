#pragma once
// One YAML file being read: its display name, its text (owned by the
// SourceStore, so positions and expressions can point into it) and where
// its problems go. Every reader in the load stage takes one of these.
#include <string>

#include "core/diagnostic.hpp"
#include "core/source.hpp"
#include "yaml/node.hpp"

namespace apdr::load {

struct YamlFile {
  std::string display;              // the name diagnostics show
  const std::string* text = nullptr;  // the file's bytes, kept by the SourceStore
  Diagnostics* diagnostics = nullptr;
  // For an embedded file, the image of its tree made when apdr was built
  // (yaml/tree_image.hpp): read instead of parsing `text`. Empty otherwise.
  std::string_view tree_image;

  // The 1-based position of a node (columns in bytes).
  SourceLocation at(const yaml::Node& node) const { return node.where; }
  // The byte offset of a node in `text`.
  std::size_t offset_of(const yaml::Node& node) const { return node.offset; }
  // The position of `value`, or of `fallback` when `value` is empty (an empty
  // value's position is that of whatever follows it, which would mislead).
  SourceLocation at_value(const yaml::Node& value, const SourceLocation& fallback) const {
    return value.is_null() ? fallback : value.where;
  }

  void error(Code code, SourceLocation where, std::string message,
             std::vector<std::string> notes = {}) const {
    diagnostics->error(code, std::move(where), std::move(message), std::move(notes));
  }
};

}  // namespace apdr::load
