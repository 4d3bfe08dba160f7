// Any text at all gives a tree or an error, never a crash or an exception,
// and whatever parses survives the round trip.
#include <random>

#include "shape.hpp"

using namespace apdr::expr;
using namespace apdr::expr::testing;

TEST_CASE("random token soup parses or fails cleanly") {
  const char* tokens[] = {"a", "b", "f", "(", ")", "[", "]", ",", ".", "+", "-", "*", "/", "==", "!=", "<",
                          "<=", ">", ">=", "=", "!", "and", "or", "not", "in", "where", "if", "then", "else",
                          "true", "12", "1.5", "2026-01-05", "2026-02-30", "6 weeks", "\"s\"", "\"", "\\",
                          " ", "\n", "@", "\xC3\xA9", "&&", "order"};
  std::mt19937 random(7);
  std::uniform_int_distribution<std::size_t> token(0, std::size(tokens) - 1);
  std::uniform_int_distribution<int> length(0, 24);
  int parsed = 0;
  for (int i = 0; i < 5000; ++i) {
    std::string text;
    for (int n = length(random); n > 0; --n) text += std::string(tokens[token(random)]) + " ";
    INFO("text: " << text);
    ParseResult result;
    REQUIRE_NOTHROW(result = parse_expression(text));
    REQUIRE((result.tree != nullptr) != result.error.has_value());
    if (result.error) {
      CHECK(result.error->offset <= text.size());
      CHECK_FALSE(result.error->message.empty());
    } else {
      ++parsed;
      ParseResult again = parse_expression(to_text(*result.tree));
      REQUIRE(again.tree != nullptr);
      CHECK(same_tree(*result.tree, *again.tree));
    }
  }
  CHECK(parsed > 0);  // the soup is not all errors, so the round trip was exercised
}

TEST_CASE("extreme literals are errors, not undefined behaviour") {
  const std::string tiny = "0." + std::string(400, '0') + "1";
  ParseResult result = parse_expression(tiny);
  REQUIRE(result.error.has_value());
  CHECK(result.error->message == "this number is out of range");
  // There is no exponent notation.
  CHECK(error_of("1e5").message == "unexpected `e5`");
}
