#pragma once
// A yaml::Node tree written out as bytes and read back, node for node and
// position for position. The build writes the image of every embedded rule
// file (engine/embedded/tool/embed_rules_main.cpp), so that starting `apdr`
// reads the national rules without running a YAML parser: yaml-cpp took
// more of the start-up time than all the checking and compiling after it
// (docs/performance.md).
//
// An embedded rule set is now read from the syntax image of its whole
// RuleSet instead (load/syntax_image.hpp), which also skips the entry
// readers and the expression parser. The tree images are kept as that
// path's fallback: a set whose syntax image was not written (its load at
// build time reported something) or is refused still starts without
// yaml-cpp, for 118 KB of binary (2026-12-03).
#include <string>
#include <string_view>

#include "yaml/node.hpp"

namespace apdr::yaml {

// The bytes of `root`'s tree. Aliases are written out in full wherever they
// are used, as the readers see them.
std::string write_tree_image(const Node& root);

// The tree of an image made by write_tree_image, its positions naming
// `file`; null when the image is damaged or of another version, so the
// caller parses the text instead.
NodePtr read_tree_image(std::string_view image, const std::string& file);

}  // namespace apdr::yaml
