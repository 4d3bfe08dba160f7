#include <catch2/catch.hpp>

#include "profile/text_values.hpp"

using namespace apdr::profile;
using apdr::Duration;

TEST_CASE("durations read as the rule language writes them, strictly") {
  auto ok = [](const char* text) { return std::get<Duration>(parse_duration_text(text)); };
  CHECK(ok("6 weeks") == Duration{0, 42});
  CHECK(ok("15 days") == Duration{0, 15});
  CHECK(ok("12 months") == Duration{12, 0});
  CHECK(ok("1 year") == Duration{12, 0});
  CHECK(ok("1 year 6 months 2 days") == Duration{18, 2});
  CHECK(ok("1 week") == Duration{0, 7});
  for (const char* bad : {"", "6", "weeks", "6weeks", "6  weeks", "6 weeks ", " 6 weeks", "-6 weeks",
                          "6 wekks", "2 days 1 year", "1 week 1 week", "1.5 weeks", "9999999 days"}) {
    INFO(bad);
    CHECK(std::holds_alternative<std::string>(parse_duration_text(bad)));
  }
}

TEST_CASE("numbers, whole numbers and booleans are strict") {
  CHECK(parse_number_text("82.5") == 82.5);
  CHECK(parse_number_text("-1e3") == -1000);
  CHECK(parse_number_text(".5") == 0.5);
  CHECK(parse_number_text("+3") == 3);
  for (const char* bad : {"", "nan", ".inf", "0x10", "1_000", "1e", "1.2.3", "-", "."}) {
    INFO(bad);
    CHECK_FALSE(parse_number_text(bad));
  }
  CHECK(parse_integer_text("-1") == -1);
  CHECK_FALSE(parse_integer_text("1.0"));
  CHECK_FALSE(parse_integer_text("1234567890123456"));
  CHECK(parse_bool_text("TRUE") == true);
  CHECK(parse_bool_text("false") == false);
  CHECK_FALSE(parse_bool_text("yes"));
}

TEST_CASE("quoted values are cut short and lose control characters") {
  CHECK(quoted_value("abc") == "abc");
  CHECK(quoted_value("a\nb") == "a?b");
  CHECK(quoted_value(std::string(100, 'x')) == std::string(40, 'x') + "…");
}
