// The size and depth limits: just under passes, just over fails with a
// message naming the limit, and hostile input fails without exhausting the
// stack. (How long parsing takes is measured in bench/, not asserted here.)
#include <functional>
#include <string>

#include "core/limits.hpp"
#include "shape.hpp"

using namespace apdr;
using namespace apdr::expr;
using namespace apdr::expr::testing;

namespace {

constexpr std::size_t max_depth = limits::max_expression_depth;

std::string repeated(const std::string& piece, std::size_t times) {
  std::string text;
  for (std::size_t i = 0; i < times; ++i) text += piece;
  return text;
}

// Nested `depth` levels by one kind of bracket or prefix.
using Nesting = std::function<std::string(std::size_t)>;

const Nesting parentheses = [](std::size_t n) { return repeated("(", n) + "1" + repeated(")", n); };
const Nesting lists = [](std::size_t n) { return repeated("[", n) + repeated("]", n); };
const Nesting calls = [](std::size_t n) { return repeated("f(", n) + "x" + repeated(")", n); };
const Nesting nots = [](std::size_t n) { return repeated("not ", n) + "a"; };
const Nesting minuses = [](std::size_t n) { return repeated("-", n) + "1"; };
const Nesting ifs = [](std::size_t n) { return repeated("if a then 1 else ", n) + "2"; };
const Nesting mixed = [](std::size_t n) {
  std::string open, close;
  for (std::size_t i = 0; i < n; ++i) {
    switch (i % 4) {
      case 0: open += "("; close = ")" + close; break;
      case 1: open += "not "; break;
      case 2: open += "g("; close = ")" + close; break;
      case 3: open += "-"; break;
    }
  }
  return open + "x" + close;
};

}  // namespace

TEST_CASE("nesting up to the depth limit parses, one more is an error naming the limit") {
  const std::pair<const char*, Nesting> kinds[] = {
      {"parentheses", parentheses}, {"lists", lists}, {"calls", calls}, {"not", nots},
      {"unary minus", minuses},     {"if", ifs},       {"mixed", mixed},
  };
  for (const auto& [kind, nesting] : kinds) {
    INFO(kind);
    CHECK(parse_expression(nesting(max_depth)).tree != nullptr);
    ParseError error = error_of(nesting(max_depth + 1));
    CHECK(error.message ==
          "the expression is nested more than 64 levels deep (the limit max_expression_depth)");
  }
  // The error points at the bracket or operator that opens the level too many.
  CHECK(error_of(parentheses(max_depth + 1)).offset == max_depth);
  CHECK(error_of(nots(max_depth + 1)).offset == 4 * max_depth);
  CHECK(error_of(calls(max_depth + 1)).offset == 2 * max_depth + 1);
}

TEST_CASE("a chain counts each operation toward the tree depth, not the nesting depth") {
  constexpr std::size_t max_tree = limits::max_expression_tree_depth;
  // A chain of n operations folds into n operations inside one another.
  struct Chain {
    std::string step;
    std::size_t operand;  // where the operand after the operator starts in `step`
  };
  const Chain chains[] = {{" + a", 3}, {" and b", 5}, {".y", 1}, {" where y", 7}, {" - 2026-01-05", 3}};
  for (const auto& [step, operand] : chains) {
    INFO(step);
    std::string longest = "x" + repeated(step, max_tree);
    auto tree = tree_of(longest);
    CHECK(to_text(*tree) == longest);

    std::string over = longest + step;
    ParseError error = error_of(over);
    CHECK(error.message ==
          "the expression is too deep: more than 256 operations inside one another "
          "(the limit max_expression_tree_depth); split it into derived values");
    // It points at the operand that made the tree one too deep.
    CHECK(error.offset == longest.size() + operand);
  }
  // Lists are wide, not deep; siblings do not add up.
  CHECK(tree_of("[" + repeated("1, ", 1000) + "1]")->children.size() == 1001);
  CHECK(tree_of(repeated("(a) + ", 200) + "(a)")->kind == NodeKind::binary);
  // Parentheses add no operation; prefixes do: 21 minuses over a 240-term sum
  // are 261 operations inside one another.
  CHECK(tree_of(repeated("(", 50) + "a" + repeated(" + a", 200) + repeated(")", 50))->kind == NodeKind::binary);
  CHECK_FALSE(parse_expression("-(" + repeated("-(", 20) + "a" + repeated(" + a", 240) + repeated(")", 21)).tree);
}

TEST_CASE("text up to max_expression_bytes parses, one byte more is an error") {
  // A flat list, so no other limit (max_expression_tree_depth) is reached first.
  std::string at_limit = "[a" + repeated(", a", (limits::max_expression_bytes - 3) / 3) + "]";
  at_limit += std::string(limits::max_expression_bytes - at_limit.size(), ' ');
  REQUIRE(at_limit.size() == limits::max_expression_bytes);
  CHECK(parse_expression(at_limit).tree != nullptr);

  ParseError error = error_of(at_limit + " ");
  CHECK(error.offset == limits::max_expression_bytes);
  CHECK(error.message == "the expression is 4097 bytes long, over the limit of 4096 (max_expression_bytes)");
}

TEST_CASE("pathological input fails with the limit message") {
  const std::string inputs[] = {
      std::string(100000, '('),
      repeated("not ", 100000),
      std::string(50000, '-'),
      std::string(limits::max_expression_bytes, '('),
      repeated("not ", limits::max_expression_bytes / 4),
      std::string(limits::max_expression_bytes, '-'),
      std::string(limits::max_expression_bytes, '['),
      repeated("f(", limits::max_expression_bytes / 2),
      repeated("- ", limits::max_expression_bytes / 2),
  };
  for (const auto& text : inputs) {
    INFO("input of " << text.size() << " bytes starting " << text.substr(0, 8));
    ParseResult result = parse_expression(text);
    REQUIRE(result.error.has_value());
    CHECK(result.error->message.find(text.size() > limits::max_expression_bytes ? "max_expression_bytes"
                                                                               : "max_expression_depth") !=
          std::string::npos);
  }
}

TEST_CASE("long input that backtracks a token at a time parses") {
  const std::string inputs[] = {
      "a" + repeated(" and not b", 200),
      repeated("f(a) + ", 200) + "1",
      repeated("2026-01-05 - ", 200) + "1",
      "x" + repeated(" where y", 200),
  };
  for (const auto& text : inputs) {
    INFO(text.substr(0, 20));
    REQUIRE(text.size() <= limits::max_expression_bytes);
    CHECK(parse_expression(text).tree != nullptr);
  }
}
