// Tree shapes: precedence and associativity of every operator pair that
// matters, field access, calls, `where` and `if`.
#include "shape.hpp"

using namespace apdr::expr;
using namespace apdr::expr::testing;

TEST_CASE("or is looser than and, and than not") {
  CHECK(shape_of("a or b and c") == "(a or (b and c))");
  CHECK(shape_of("a and b or c") == "((a and b) or c)");
  CHECK(shape_of("not a and b") == "((not a) and b)");
  CHECK(shape_of("a and not b or c") == "((a and (not b)) or c)");
  CHECK(shape_of("not not a") == "(not (not a))");
}

TEST_CASE("not is looser than comparison") {
  CHECK(shape_of("not a == b") == "(not (a == b))");
  CHECK(shape_of("not a in b") == "(not (a in b))");
  CHECK(shape_of("not x not in y") == "(not (x not in y))");
  CHECK(shape_of("a < b and c >= d") == "((a < b) and (c >= d))");
}

TEST_CASE("comparison is looser than arithmetic") {
  CHECK(shape_of("a == b + c") == "(a == (b + c))");
  CHECK(shape_of("a + b == c") == "((a + b) == c)");
  CHECK(shape_of("a * b < c - d") == "((a * b) < (c - d))");
  CHECK(shape_of("a + 1 in b") == "((a + 1) in b)");
  CHECK(shape_of("today - 2026-01-05 > 6 weeks") == "((today - 2026-01-05) > 6 weeks)");
}

TEST_CASE("every comparison operator") {
  struct Case {
    const char* text;
    BinaryOp op;
  };
  const Case cases[] = {
      {"a == b", BinaryOp::equal},      {"a != b", BinaryOp::not_equal},   {"a < b", BinaryOp::less},
      {"a <= b", BinaryOp::less_equal}, {"a > b", BinaryOp::greater},      {"a >= b", BinaryOp::greater_equal},
      {"a in b", BinaryOp::in},         {"a not in b", BinaryOp::not_in}, {"a not\n  in b", BinaryOp::not_in},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto node = tree_of(c.text);
    REQUIRE(node->kind == NodeKind::binary);
    CHECK(node->binary == c.op);
    CHECK(node->children[0]->text == "a");
    CHECK(node->children[1]->text == "b");
  }
}

TEST_CASE("multiplication is tighter than addition, both associate to the left") {
  CHECK(shape_of("a + b * c") == "(a + (b * c))");
  CHECK(shape_of("a * b + c") == "((a * b) + c)");
  CHECK(shape_of("a - b - c") == "((a - b) - c)");
  CHECK(shape_of("a - b + c") == "((a - b) + c)");
  CHECK(shape_of("a / b / c") == "((a / b) / c)");
  CHECK(shape_of("a * b / c") == "((a * b) / c)");
  CHECK(shape_of("a or b or c") == "((a or b) or c)");
  CHECK(shape_of("a and b and c") == "((a and b) and c)");
  CHECK(shape_of("(a + b) * c") == "((a + b) * c)");
  CHECK(shape_of("a - (b - c)") == "(a - (b - c))");
}

TEST_CASE("unary minus is tighter than * and looser than field access") {
  CHECK(shape_of("-a * b") == "((-a) * b)");
  CHECK(shape_of("a * -b") == "(a * (-b))");
  CHECK(shape_of("a - -b") == "(a - (-b))");
  CHECK(shape_of("- - 1") == "(-(-1))");
  CHECK(shape_of("-a.b") == "(-a.b)");
  CHECK(shape_of("-f(x)") == "(-f(x))");
  CHECK(shape_of("(-a).b") == "(-a).b");
  CHECK(shape_of("-2 days") == "(-2 days)");
}

TEST_CASE("field access chains and binds tightest") {
  auto tree = tree_of("a.b.c");
  REQUIRE(tree->kind == NodeKind::field);
  CHECK(tree->text == "c");
  REQUIRE(tree->children[0]->kind == NodeKind::field);
  CHECK(tree->children[0]->text == "b");
  CHECK(tree->children[0]->children[0]->kind == NodeKind::name);

  auto latest = tree_of("latest(cycles(semh)).reviewed");
  REQUIRE(latest->kind == NodeKind::field);
  CHECK(latest->text == "reviewed");
  CHECK(shape(*latest->children[0]) == "latest(cycles(semh))");
  CHECK(shape_of("pupil.year_group >= 7") == "(pupil.year_group >= 7)");
  CHECK(shape_of("(a + b).c") == "(a + b).c");
}

TEST_CASE("calls take zero or more arguments, any expression each") {
  auto none = tree_of("age()");
  CHECK(none->kind == NodeKind::call);
  CHECK(none->text == "age");
  CHECK(none->children.empty());
  CHECK(tree_of("known(x)")->children.size() == 1);
  CHECK(tree_of("min(a, b)")->children.size() == 2);
  auto four = tree_of("date(2026, 9, 1, x)");
  CHECK(four->children.size() == 4);
  CHECK(shape_of("f(g(h(x)), a or b, [1])") == "f(g(h(x)), (a or b), [1])");
  CHECK(shape_of("f(if a then 1 else 2, 3)") == "f((if a then 1 else 2), 3)");
  // A name followed by `(` is a call even across white space.
  CHECK(shape_of("level (semh)") == "level(semh)");
}

TEST_CASE("where filters by everything up to the end of its argument") {
  CHECK(shape_of("count(cycles(semh) where outcome != met)") == "count((cycles(semh) where (outcome != met)))");
  CHECK(shape_of("xs where a or b") == "(xs where (a or b))");
  CHECK(shape_of("xs where a and b == c") == "(xs where (a and (b == c)))");
  CHECK(shape_of("a or b where c") == "((a or b) where c)");
  CHECK(shape_of("xs where a where b") == "((xs where a) where b)");
  CHECK(shape_of("count(xs where a) > 2") == "(count((xs where a)) > 2)");
  CHECK(shape_of("[x where y, z]") == "[(x where y), z]");
  auto tree = tree_of("xs where done");
  CHECK(tree->kind == NodeKind::where);
  CHECK(tree->children.size() == 2);
}

TEST_CASE("if is loosest and its else branch reaches as far as it can") {
  CHECK(shape_of("if a then b else c or d") == "(if a then b else (c or d))");
  CHECK(shape_of("if a and b then 1 else 2") == "(if (a and b) then 1 else 2)");
  CHECK(shape_of("if a then b else if c then d else e") == "(if a then b else (if c then d else e))");
  CHECK(shape_of("if a then if b then 1 else 2 else 3") == "(if a then (if b then 1 else 2) else 3)");
  CHECK(shape_of("if a then xs where b else ys") == "(if a then (xs where b) else ys)");
  CHECK(shape_of("(if a then 1 else 2) + 3") == "((if a then 1 else 2) + 3)");
  CHECK(shape_of("[if a then 1 else 2]") == "[(if a then 1 else 2)]");
  auto tree = tree_of("if a then 1 else 2");
  CHECK(tree->kind == NodeKind::if_then);
  CHECK(tree->children.size() == 3);
}
