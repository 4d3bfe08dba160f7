// libFuzzer target: any bytes as one expression. The parser must return a
// tree or an error at an offset inside the text, never crash, hang or
// recurse without bound. A tree's spans must nest inside the text, and its
// canonical text must parse back to the same canonical text, so the printer
// that explain and messages use agrees with the grammar.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/limits.hpp"
#include "expression/parse.hpp"
#include "expression/tree.hpp"

namespace {

void check_spans(const apdr::expr::Node& node, std::uint32_t begin, std::uint32_t end) {
  if (node.begin < begin || node.end > end || node.begin >= node.end) std::abort();
  for (const auto& child : node.children) {
    if (!child) std::abort();
    check_spans(*child, node.begin, node.end);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto result = apdr::expr::parse_expression(text);
  if (result.error) {
    if (result.tree || result.error->message.empty() || result.error->offset > size) std::abort();
    return 0;
  }
  if (!result.tree) std::abort();
  check_spans(*result.tree, 0, static_cast<std::uint32_t>(size));

  std::string canonical = apdr::expr::to_text(*result.tree);
  // Canonical text may be longer than the input (spaces round operators);
  // near the length limit it may rightly fail to parse again.
  if (canonical.size() > apdr::limits::max_expression_bytes) return 0;
  auto again = apdr::expr::parse_expression(canonical);
  if (!again.tree || apdr::expr::to_text(*again.tree) != canonical) std::abort();
  return 0;
}
