// The size and depth limits: just under passes, just over fails with a
// message naming the limit, and hostile input fails fast without
// exhausting the stack.
#include <chrono>
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

double seconds_to_parse(const std::string& text, ParseResult& result) {
  auto start = std::chrono::steady_clock::now();
  result = parse_expression(text);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_CASE("nesting up to the depth limit parses; one more is an error naming the limit") {
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

TEST_CASE("depth counts nesting, not length: long flat chains are fine") {
  std::string sum = "a" + repeated(" + a", 1000);
  auto tree = tree_of(sum);
  CHECK(tree->kind == NodeKind::binary);
  CHECK(to_text(*tree) == sum);
  CHECK(tree_of("x" + repeated(".y", 1000))->kind == NodeKind::field);
  CHECK(tree_of("[" + repeated("1, ", 1000) + "1]")->children.size() == 1001);
  // Siblings do not add up: many shallow parentheses side by side.
  CHECK(tree_of(repeated("(a) + ", 500) + "(a)")->kind == NodeKind::binary);
}

TEST_CASE("text up to max_expression_bytes parses; one byte more is an error") {
  std::string at_limit = "a" + repeated(" + a", (limits::max_expression_bytes - 1) / 4);
  at_limit += std::string(limits::max_expression_bytes - at_limit.size(), ' ');
  REQUIRE(at_limit.size() == limits::max_expression_bytes);
  CHECK(parse_expression(at_limit).tree != nullptr);

  ParseError error = error_of(at_limit + " ");
  CHECK(error.offset == limits::max_expression_bytes);
  CHECK(error.message == "the expression is 4097 bytes long, over the limit of 4096 (max_expression_bytes)");
}

TEST_CASE("pathological input fails fast with the limit message") {
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
    ParseResult result;
    double seconds = seconds_to_parse(text, result);
    REQUIRE(result.error.has_value());
    CHECK(result.error->message.find(text.size() > limits::max_expression_bytes ? "max_expression_bytes"
                                                                               : "max_expression_depth") !=
          std::string::npos);
    CHECK(seconds < 1.0);
  }
}

TEST_CASE("long ambiguous-looking input stays linear") {
  // Each of these backtracks at most a token at a time.
  const std::string inputs[] = {
      "a" + repeated(" and not b", 300),
      repeated("f(a) + ", 500) + "1",
      repeated("2026-01-05 - ", 300) + "1",
      "x" + repeated(" where y", 400),
  };
  for (const auto& text : inputs) {
    REQUIRE(text.size() <= limits::max_expression_bytes);
    ParseResult result;
    double seconds = seconds_to_parse(text, result);
    CHECK(result.tree != nullptr);
    CHECK(seconds < 1.0);
  }
}
