// The empty table of syntax images (embedded/syntax_images.hpp) that the
// tool writing the real table links: it loads every embedded rule set the
// normal way, as run time does when a set has no image.
#include "embedded/syntax_images.hpp"

namespace apdr::embedded {

std::span<const SyntaxImage> syntax_images() { return {}; }

}  // namespace apdr::embedded
