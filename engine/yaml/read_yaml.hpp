#pragma once
// Text to one YAML document, as a yaml::Node tree, with the limits that keep
// hostile input harmless. The parser is yaml-cpp, as DESIGN.md says, guarded
// against its failure modes on hostile input (docs/dependencies.md).
#include <cstdint>
#include <string>
#include <string_view>

#include "core/diagnostic.hpp"
#include "yaml/node.hpp"

namespace apdr::yaml {

// Where a text came from, and how its readers word two of its problems.
struct Origin {
  std::string file;               // the name diagnostics show
  std::uint32_t first_line = 1;   // 1 for a whole file; a JSON Lines row's line in its cohort
  // What the text is written in, as "malformed YAML: …" names it: a JSON
  // Lines row is JSON (which YAML reads), and a SENCO is told so.
  std::string_view syntax = "YAML";
  // Said after "a second YAML document starts here": what to do about it.
  std::string_view one_document_advice =
      "a file holds only one: remove this `---` and what follows, or move it to a file of its own";
  // Said after "more than N YAML nodes": what to do about it.
  std::string_view too_many_nodes_advice = "use fewer aliases";
  // Keep a key given twice in a mapping, for a reader that reports it with
  // more context (rule files say which entry); otherwise E013 here.
  bool keep_repeated_keys = false;
};

// Parses exactly one YAML (or JSON) document from `text`. Broken YAML is
// E002 at the place the parser stopped, in plain words; a second document
// E002 at its start; a repeated key E013 (the later entry is dropped) unless
// the origin keeps them; depth
// past limits::max_yaml_depth or more than limits::max_yaml_nodes nodes
// (aliases counted every time they are used) E011, nesting too deep found
// before yaml-cpp reads the text. Returns null after any
// error that stops parsing; an empty document is a null node.
NodePtr read_yaml(std::string_view text, const Origin& origin, Diagnostics& diagnostics);

}  // namespace apdr::yaml
