#pragma once
// One YAML file being read: its display name, its text (owned by the
// SourceStore, so positions and expressions can point into it) and where
// its problems go. Every reader in the load stage takes one of these.
#include <string>

#include <yaml-cpp/yaml.h>

#include "core/diagnostic.hpp"
#include "core/source.hpp"

namespace apdr::load {

struct YamlFile {
  std::string display;              // the name diagnostics show
  const std::string* text = nullptr;  // the file's bytes, kept by the SourceStore
  Diagnostics* diagnostics = nullptr;

  // Bytes before what yaml-cpp counts as the start: a UTF-8 byte order mark
  // is skipped by yaml-cpp, but it is still in the file text.
  std::size_t skipped = 0;

  // The 1-based position of a node's mark (columns in bytes).
  SourceLocation at(const YAML::Mark& mark) const;
  // The byte offset of a mark in `text`.
  std::size_t offset_of(const YAML::Mark& mark) const {
    return mark.pos < 0 ? 0 : static_cast<std::size_t>(mark.pos) + skipped;
  }
  SourceLocation at(const YAML::Node& node) const { return at(node.Mark()); }
  // The position of `value`, or of `fallback` when `value` is null (an empty
  // value's mark points at whatever follows it, which would mislead).
  SourceLocation at_value(const YAML::Node& value, const SourceLocation& fallback) const;

  void error(Code code, SourceLocation where, std::string message,
             std::vector<std::string> notes = {}) const {
    diagnostics->error(code, std::move(where), std::move(message), std::move(notes));
  }
};

// The position of byte `offset` in `text` as a 1-based line and column.
SourceLocation position_of(const std::string& file, const std::string& text, std::size_t offset);

}  // namespace apdr::load
