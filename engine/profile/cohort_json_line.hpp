#pragma once
// A fast path for JSON Lines cohorts: one row's JSON object read straight
// into the yaml::Node tree that yaml::read_yaml would build from it, node for
// node and position for position, without a general YAML parser. A cohort
// row is plain JSON, so the YAML machinery (a parser set up per row, an
// event per node) is not needed for it; with yaml-cpp it was nearly half
// the time of a batch run (docs/performance.md).
#include <string_view>

#include "yaml/read_yaml.hpp"

namespace apdr::profile {

// The tree of `text`, one JSON object on one line. Returns null whenever the
// row holds anything this reader does not reproduce exactly (a syntax error,
// a repeated key, a byte outside ASCII, a \u escape, nesting or size past
// limits::): the caller then reads it with yaml::read_yaml, which reports
// every problem as it always has. Never reports anything itself.
yaml::NodePtr read_json_line_tree(std::string_view text, const yaml::Origin& origin);

}  // namespace apdr::profile
