#pragma once
// A fast path for JSON Lines cohorts: one row's JSON object read straight
// into the YamlNode tree that read_yaml_tree would build from it, node for
// node and position for position, without yaml-cpp. yaml-cpp's scanner was
// nearly half the time of a batch run (docs/performance.md), and a cohort
// row is plain JSON, so the general YAML machinery is not needed for it.
#include <string_view>

#include "profile/yaml_tree.hpp"

namespace apdr::profile {

// The tree of `text`, one JSON object on one line. Returns null whenever the
// row holds anything this reader does not reproduce exactly (a syntax error,
// a repeated key, a byte outside ASCII, a \u escape, nesting or size past
// limits::): the caller then reads it with read_yaml_tree, which reports
// every problem as it always has. Never reports anything itself.
YamlNodePtr read_json_line_tree(std::string_view text, const YamlOrigin& origin);

}  // namespace apdr::profile
