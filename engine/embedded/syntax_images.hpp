#pragma once
// The syntax images of the embedded rule sets: each main rule set of
// rules/national (a file with its own `id:`) loaded at build time through
// the real load stage, its syntax::RuleSet written out by
// load/syntax_image.hpp. Start-up then reads the RuleSet instead of reading
// files, tree images and parsing every expression.
//
// The table is defined in a library generated at build time
// (engine/embedded/tool/embed_syntax_main.cpp writes it). That tool runs the
// load stage itself, so it cannot link the table it is about to write: it
// links embedded/tool/no_syntax_images.cpp, which defines an empty one.
// Declaring the table here and defining it in either library is what
// breaks the cycle load → images → tool → load.
#include <span>
#include <string_view>

namespace apdr::embedded {

struct SyntaxImage {
  std::string_view path;   // the main file, relative to rules/, e.g. "national/national.yaml"
  std::string_view image;  // load::write_syntax_image of its RuleSet
};

std::span<const SyntaxImage> syntax_images();

}  // namespace apdr::embedded
