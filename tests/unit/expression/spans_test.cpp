// Byte spans of nodes: what the loader turns into line and column.
#include "shape.hpp"

using namespace apdr::expr;
using namespace apdr::expr::testing;

namespace {

void check_span(const Node& node, std::uint32_t begin, std::uint32_t end) {
  CHECK(node.begin == begin);
  CHECK(node.end == end);
}

}  // namespace

TEST_CASE("leaves span their own token") {
  check_span(*tree_of("  x  "), 2, 3);
  check_span(*tree_of("12.5"), 0, 4);
  check_span(*tree_of("6 weeks"), 0, 7);
  check_span(*tree_of("\"a\\\"b\""), 0, 6);
  check_span(*tree_of("[1, 2]"), 0, 6);
  check_span(*tree_of("2026-01-05"), 0, 10);
  check_span(*tree_of(" true"), 1, 5);
}

TEST_CASE("a binary node spans both operands, parentheses included") {
  auto sum = tree_of("a + b");
  check_span(*sum, 0, 5);
  check_span(*sum->children[0], 0, 1);
  check_span(*sum->children[1], 4, 5);

  auto product = tree_of("(a + b) * c");
  check_span(*product, 0, 11);
  check_span(*product->children[0], 1, 6);  // the sum itself, inside the parentheses
  check_span(*product->children[1], 10, 11);

  auto chain = tree_of("a - b - c");
  check_span(*chain, 0, 9);
  check_span(*chain->children[0], 0, 5);

  check_span(*tree_of("a not in b"), 0, 10);
  check_span(*tree_of("a\n  and b"), 0, 9);
}

TEST_CASE("calls, fields, where, if and prefix operators") {
  auto count = tree_of("count(cycles(semh) where outcome != met)");
  check_span(*count, 0, 40);
  check_span(*count->children[0], 6, 39);
  check_span(*count->children[0]->children[0], 6, 18);
  check_span(*count->children[0]->children[1], 25, 39);

  auto field = tree_of("latest(xs).reviewed");
  check_span(*field, 0, 19);
  check_span(*field->children[0], 0, 10);

  check_span(*tree_of("not a"), 0, 5);
  check_span(*tree_of("-x"), 0, 2);
  check_span(*tree_of("if a then b else c"), 0, 18);
  check_span(*tree_of("age( )"), 0, 6);
}
