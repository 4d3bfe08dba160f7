// Malformed expressions: the message and the byte offset of each.
#include "shape.hpp"

using namespace apdr::expr;
using namespace apdr::expr::testing;

namespace {

struct Expected {
  const char* text;
  std::uint32_t offset;
  const char* message;
};

void check_errors(std::initializer_list<Expected> cases) {
  for (const auto& c : cases) {
    INFO("text: " << c.text);
    ParseError error = error_of(c.text);
    CHECK(error.message == c.message);
    CHECK(error.offset == c.offset);
  }
}

}  // namespace

TEST_CASE("text left over after a whole expression is unexpected") {
  check_errors({
      {"a b", 2, "unexpected `b`"},
      {"a b c", 2, "unexpected `b`"},
      {"f(x) )", 5, "unexpected `)`"},
      {"[1, 2]]", 6, "unexpected `]`"},
      {"]", 0, "unexpected `]`"},
      {"x @ y", 2, "unexpected `@`"},
      {"x \xC3\xA9", 2, "unexpected `\xC3\xA9`"},
      {"and", 0, "unexpected `and`"},
      {"12abc", 2, "unexpected `abc`"},
  });
}

TEST_CASE("a missing operand names the operator before it") {
  check_errors({
      {"", 0, "expected an expression"},
      {"   ", 3, "expected an expression"},
      {"a and", 5, "expected an expression after `and`"},
      {"a and )", 6, "expected an expression after `and`"},
      {"a or", 4, "expected an expression after `or`"},
      {"not", 3, "expected an expression after `not`"},
      {"not in x", 4, "expected an expression after `not`"},
      {"x -", 3, "expected an expression after `-`"},
      {"x + * y", 4, "expected an expression after `+`"},
      {"x * ", 4, "expected an expression after `*`"},
      {"x <= ]", 5, "expected an expression after `<=`"},
      {"x not in", 8, "expected an expression after `not in`"},
      {"x in", 4, "expected an expression after `in`"},
      {"xs where", 8, "expected an expression after `where`"},
      {"(", 1, "expected an expression after `(`"},
      {"[1,]", 3, "expected an expression after `,`"},
      {"f(a, )", 5, "expected an expression after `,`"},
      {"if", 2, "expected an expression after `if`"},
      {"if a then", 9, "expected an expression after `then`"},
      {"if a then b else", 16, "expected an expression after `else`"},
      {"- ", 2, "expected an expression after `-`"},
  });
}

TEST_CASE("unclosed brackets and calls") {
  check_errors({
      {"(a", 2, "expected `)` to close `(`"},
      {"(a + b", 6, "expected `)` to close `(`"},
      {"(a b)", 3, "expected `)` to close `(`"},
      {"(a]", 2, "expected `)` to close `(`"},
      {"f(a", 3, "expected `)` to close the call to `f`"},
      {"f(a b)", 4, "expected `)` to close the call to `f`"},
      {"count(cycles(semh) where outcome != met", 39, "expected `)` to close the call to `count`"},
      {"f(", 2, "expected `)` to close the call to `f`"},
      {"[1, 2", 5, "expected `]` to close `[`"},
      {"[1 2]", 3, "expected `]` to close `[`"},
      {"[", 1, "expected `]` to close `[`"},
  });
}

TEST_CASE("if needs then and else") {
  check_errors({
      {"if a 1 else 2", 5, "expected `then` after the condition of `if`"},
      {"if a then 1", 11, "expected `else`: every `if` needs an `else` branch"},
      {"if a then 1 or 2", 16, "expected `else`: every `if` needs an `else` branch"},
      {"1 + if a then 1 else 2", 4, "an `if` expression needs parentheses around it here"},
      {"not if a then b else c", 4, "an `if` expression needs parentheses around it here"},
  });
}

TEST_CASE("bad literals are reported at the literal") {
  check_errors({
      {"2026-02-30", 0, "2026-02-30 is not a real date"},
      {"x > 2026-13-01", 4, "2026-13-01 is not a real date"},
      {"2025-02-29", 0, "2025-02-29 is not a real date"},
      {"0000-01-01", 0, "0000-01-01 is not a real date"},
      {"2026-01-051", 0, "`2026-01-051` is not a date; write dates as YYYY-MM-DD"},
      {"\"abc", 0, "unterminated string"},
      {"x == \"abc", 5, "unterminated string"},
      {"\"abc\\\"", 0, "unterminated string"},
      {"\"a\\nb\"", 2, "unknown escape `\\n` in a string; only `\\\"` and `\\\\` are allowed"},
      {"1.5 days", 0, "a duration needs a whole number, not `1.5`"},
      {"a.1", 2, "expected a field name after `.`"},
      {"a.", 2, "expected a field name after `.`"},
  });
}

TEST_CASE("numbers and durations too large to hold are errors") {
  const std::string huge = "1" + std::string(400, '0');
  const std::string long_one = std::string(400, '1');
  check_errors({
      {huge.c_str(), 0, "this number is out of range"},
      {long_one.c_str(), 0, "this number has more than 15 significant digits, more than apdr can hold exactly"},
      {"x > 1234567890123456", 4, "this number has more than 15 significant digits, more than apdr can hold exactly"},
      {"0.1234567890123456", 0, "this number has more than 15 significant digits, more than apdr can hold exactly"},
      {"x + 3000000000 days", 4, "this duration is too long"},
      {"400000000 weeks", 0, "this duration is too long"},
      {"178956971 years", 0, "this duration is too long"},
      {"99999999999999999999999 days", 0, "this duration is too long"},
  });
  // The largest amounts that fit are fine.
  CHECK(tree_of("2147483647 days")->duration.days == 2147483647);
  CHECK(tree_of("306783378 weeks")->duration.days == 306783378 * 7);
  CHECK(tree_of("178956970 years")->duration.months == 178956970 * 12);
  // Fifteen significant digits fit a double exactly; leading zeros do not count.
  CHECK(tree_of("123456789012345")->number == 123456789012345.0);
  CHECK(tree_of("0.000123456789012345")->number == 0.000123456789012345);
  CHECK(tree_of("1000000000000000.0")->number == 1e15);
}

TEST_CASE("comparisons do not chain") {
  const char* chained = "comparisons cannot be chained; join them with `and`, as in `a < b and b < c`";
  check_errors({
      {"a < b < c", 6, chained},
      {"a == b != c", 7, chained},
      {"a in b in c", 7, chained},
      {"a < b not in c", 6, chained},
  });
  // Parentheses make the intent explicit and are accepted.
  CHECK(shape_of("(a < b) == c") == "((a < b) == c)");
}

TEST_CASE("habits from other languages get a pointed message") {
  check_errors({
      {"a = b", 2, "use `==` to compare"},
      {"attendance =< 90", 11, "use `<=` for \"at most\""},
      {"attendance => 90", 11, "use `>=` for \"at least\""},
      {"a && b", 2, "use `and` instead of `&&`"},
      {"a || b", 2, "use `or` instead of `||`"},
      {"!a", 0, "use `not` instead of `!`"},
      {"a not b", 6, "expected `in` after `not`"},
  });
}
