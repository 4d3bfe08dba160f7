// Every literal kind, names and keywords: what each spelling parses to.
#include "shape.hpp"

using namespace apdr;
using namespace apdr::expr;
using namespace apdr::expr::testing;

TEST_CASE("integers and decimals keep whether they were written whole") {
  auto whole = tree_of("12");
  CHECK(whole->kind == NodeKind::number);
  CHECK(whole->number == 12);
  CHECK(whole->is_integer);

  auto decimal = tree_of("12.5");
  CHECK(decimal->kind == NodeKind::number);
  CHECK(decimal->number == 12.5);
  CHECK_FALSE(decimal->is_integer);

  auto decimal_zero = tree_of("3.0");
  CHECK(decimal_zero->number == 3);
  CHECK_FALSE(decimal_zero->is_integer);

  CHECK(tree_of("0")->number == 0);
  CHECK(tree_of("007")->number == 7);
}

TEST_CASE("strings unescape a backslash before a quote or a backslash and keep everything else") {
  CHECK(tree_of("\"text\"")->text == "text");
  CHECK(tree_of("\"\"")->text.empty());
  CHECK(tree_of(R"("say \"hi\"")")->text == "say \"hi\"");
  CHECK(tree_of(R"("a\\b")")->text == "a\\b");
  CHECK(tree_of("\"caf\xC3\xA9 and or not\"")->text == "caf\xC3\xA9 and or not");
  CHECK(tree_of("\"visual-timetable\"")->kind == NodeKind::string);
}

TEST_CASE("true and false are booleans") {
  auto yes = tree_of("true");
  CHECK(yes->kind == NodeKind::boolean);
  CHECK(yes->boolean);
  auto no = tree_of("false");
  CHECK(no->kind == NodeKind::boolean);
  CHECK_FALSE(no->boolean);
}

TEST_CASE("a dddd-dd-dd token is a date, never a subtraction") {
  auto date = tree_of("2026-01-05");
  CHECK(date->kind == NodeKind::date);
  CHECK(date->date == *Date::from_ymd(2026, 1, 5));
  CHECK(tree_of("2024-02-29")->date == *Date::from_ymd(2024, 2, 29));
  CHECK(shape_of("2026-01-05 - 2026-01-01") == "(2026-01-05 - 2026-01-01)");
  // Only the full shape is a date; anything shorter is arithmetic.
  CHECK(shape_of("2026-1-5") == "((2026 - 1) - 5)");
}

TEST_CASE("durations take singular or plural units") {
  struct Case {
    const char* text;
    Duration expected;
  };
  const Case cases[] = {
      {"15 days", {0, 15}},  {"1 day", {0, 1}},     {"6 weeks", {0, 42}}, {"1 week", {0, 7}},
      {"12 months", {12, 0}}, {"1 month", {1, 0}}, {"1 year", {12, 0}}, {"2 years", {24, 0}},
      {"0 days", {0, 0}},    {"3\n  weeks", {0, 21}},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto node = tree_of(c.text);
    CHECK(node->kind == NodeKind::duration);
    CHECK(node->duration == c.expected);
  }
  // A unit is a whole word: `15 dayss` is not a duration.
  CHECK(error_of("15 dayss").message == "unexpected `dayss`");
  // Units are not reserved; on their own they are names.
  CHECK(tree_of("days")->kind == NodeKind::name);
  CHECK(shape_of("2 * 3 days") == "(2 * 3 days)");
}

TEST_CASE("lists, empty or not") {
  auto empty = tree_of("[]");
  CHECK(empty->kind == NodeKind::list);
  CHECK(empty->children.empty());
  CHECK(tree_of("[ \n ]")->children.empty());

  auto mixed = tree_of("[1, \"a\", x, [2]]");
  REQUIRE(mixed->children.size() == 4);
  CHECK(mixed->children[0]->kind == NodeKind::number);
  CHECK(mixed->children[1]->kind == NodeKind::string);
  CHECK(mixed->children[2]->kind == NodeKind::name);
  CHECK(mixed->children[3]->kind == NodeKind::list);
}

TEST_CASE("names are identifiers that are not keywords") {
  for (const char* name : {"semh", "_x1", "today", "HI", "year_group", "a1_b2"}) {
    auto node = tree_of(name);
    CHECK(node->kind == NodeKind::name);
    CHECK(node->text == name);
  }
  // Keywords only match whole words.
  for (const char* name : {"order", "notice", "index", "android", "iffy", "thence", "elsewhere", "trueish",
                           "falsehood", "wherever", "not_met", "in_place", "ortho"}) {
    INFO(name);
    auto node = tree_of(name);
    CHECK(node->kind == NodeKind::name);
    CHECK(node->text == name);
  }
  CHECK(shape_of("in_place(\"visual-timetable\")") == "in_place(\"visual-timetable\")");
  CHECK(shape_of("order or der") == "(order or der)");
  CHECK(shape_of("notice and not ice") == "(notice and (not ice))");
  CHECK(shape_of("index in inbox") == "(index in inbox)");
}

TEST_CASE("keywords cannot be names") {
  for (const char* keyword : {"and", "or", "not", "in", "where", "then", "else"}) {
    INFO(keyword);
    CHECK(error_of(std::string("x + ") + keyword).message == "expected an expression after `+`");
  }
  CHECK(error_of("f(or)").offset == 2);
  CHECK(error_of("x.then").message == "expected a field name after `.`");
}

TEST_CASE("white space of any kind separates tokens") {
  CHECK(shape_of("a\n  and\tb") == "(a and b)");
  CHECK(shape_of("\n\tcount( xs\n where  done )  \n") == "count((xs where done))");
  CHECK(shape_of("a+b") == "(a + b)");
  CHECK(shape_of("f(a,b)") == "f(a, b)");
}
