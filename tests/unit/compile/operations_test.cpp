// run::equal, run::order and run::arithmetic on every type of value: levels
// by local place and by root projection, durations compared from `today`,
// calendar arithmetic with clamping, and the cases that give unknown.
#include <catch2/catch.hpp>

#include <limits>

#include "compile/operations.hpp"

namespace apdr::run {
namespace {

using expr::BinaryOp;

// A local ladder of four bands within the statutory three levels:
// band1 ⊂ universal; band2, band3 ⊂ sen_support; band4 ⊂ ehc_plan.
check::Ladder bands() {
  check::Ladder ladder;
  ladder.root = {{"universal", "", "", 0, {}}, {"sen_support", "", "", 1, {}}, {"ehc_plan", "", "", 2, {}}};
  ladder.local = {{"band1", "", "", 0, {}}, {"band2", "", "", 1, {}}, {"band3", "", "", 1, {}}, {"band4", "", "", 2, {}}};
  ladder.refined = true;
  ladder.lowest_local_in_root = {0, 1, 3};
  return ladder;
}

Value local(int index) { return Value::of_id(Tag::level, index); }
Value root(int index) {
  Value v = Value::of_id(Tag::level, index);
  v.flag = true;
  return v;
}
Date d(const char* iso) { return *Date::parse(iso); }
// For values whose equality does not depend on the date.
const Date any_day = *Date::parse("2026-11-22");
Value date(const char* iso) { return Value::of_date(d(iso)); }
Value days(int n) { return Value::of_duration({0, n}); }
Value months(int n) { return Value::of_duration({n, 0}); }
Value number(double n) { return Value::of_number(n); }

}  // namespace

TEST_CASE("local levels compare by their place on the local ladder", "[compile][operations]") {
  auto ladder = bands();
  Date today = d("2026-01-01");
  CHECK_FALSE(equal(local(1), local(2), ladder, any_day));  // band2 and band3 sit in one root level, but differ
  CHECK(equal(local(2), local(2), ladder, any_day));
  CHECK(order(local(1), local(2), ladder, today) == -1);
  CHECK(order(local(3), local(2), ladder, today) == 1);
  CHECK(order(local(0), local(0), ladder, today) == 0);
}

TEST_CASE("a root level name compares root projections", "[compile][operations]") {
  auto ladder = bands();
  Date today = d("2026-01-01");
  CHECK(equal(local(1), root(1), ladder, any_day));          // band2 is within sen_support
  CHECK(equal(root(1), local(2), ladder, any_day));          // and so is band3
  CHECK_FALSE(equal(local(3), root(1), ladder, any_day));    // band4 is within ehc_plan
  CHECK(order(local(2), root(1), ladder, today) == 0);
  CHECK(order(local(3), root(1), ladder, today) == 1);
  CHECK(order(root(0), local(1), ladder, today) == -1);
  CHECK(order(root(2), root(1), ladder, today) == 1);
}

TEST_CASE("no need in an area is below every level", "[compile][operations]") {
  auto ladder = bands();
  Date today = d("2026-01-01");
  Value none = local(-1);
  CHECK(order(none, local(0), ladder, today) == -1);
  CHECK(order(none, root(0), ladder, today) == -1);
  CHECK(order(root(0), none, ladder, today) == 1);
  CHECK_FALSE(equal(none, root(0), ladder, any_day));
  CHECK(equal(none, local(-1), ladder, any_day));
}

TEST_CASE("equality of every other kind of value", "[compile][operations]") {
  auto ladder = bands();
  CHECK(equal(Value::boolean(true), Value::boolean(true), ladder, any_day));
  CHECK_FALSE(equal(Value::boolean(true), Value::boolean(false), ladder, any_day));
  CHECK(equal(number(2.5), number(2.5), ladder, any_day));
  CHECK_FALSE(equal(number(2), number(3), ladder, any_day));
  CHECK(equal(date("2026-02-28"), date("2026-02-28"), ladder, any_day));
  CHECK_FALSE(equal(date("2026-02-28"), date("2026-03-01"), ladder, any_day));
  CHECK(equal(Value::of_text("autism"), Value::of_text("autism"), ladder, any_day));
  CHECK_FALSE(equal(Value::of_text("autism"), Value::of_text("Autism"), ladder, any_day));
  CHECK(equal(Value::of_id(Tag::symbol, 4), Value::of_id(Tag::symbol, 4), ladder, any_day));
  CHECK_FALSE(equal(Value::of_id(Tag::symbol, 4), Value::of_id(Tag::symbol, 5), ladder, any_day));
  CHECK(equal(Value::of_id(Tag::area, 2), Value::of_id(Tag::area, 2), ladder, any_day));
  CHECK_FALSE(equal(Value::of_id(Tag::code, 1), Value::of_id(Tag::code, 2), ladder, any_day));
  CHECK(equal(days(14), days(14), ladder, any_day));
  CHECK(equal(months(12), months(12), ladder, any_day));
  CHECK_FALSE(equal(months(1), days(30), ladder, any_day));
}

TEST_CASE("numbers and dates order as expected", "[compile][operations]") {
  auto ladder = bands();
  Date today = d("2026-01-01");
  CHECK(order(number(-1), number(0.5), ladder, today) == -1);
  CHECK(order(number(3), number(3), ladder, today) == 0);
  CHECK(order(date("2026-09-01"), date("2026-08-31"), ladder, today) == 1);
}

TEST_CASE("durations in days compare by days, months compare from today", "[compile][operations]") {
  auto ladder = bands();
  SECTION("days only, whatever today is") {
    CHECK(order(days(14), days(14), ladder, d("2026-03-01")) == 0);
    CHECK(order(days(13), days(14), ladder, d("2026-03-01")) == -1);
    CHECK(order(days(-1), days(0), ladder, d("2026-03-01")) == -1);
  }
  SECTION("around February, 2 months is shorter than 61 days") {
    // 2026-03-01 minus 2 months is 2026-01-01, only 59 days back.
    Date today = d("2026-03-01");
    CHECK(order(months(2), days(61), ladder, today) == -1);
    CHECK(order(days(61), months(2), ladder, today) == 1);
    CHECK(order(months(2), days(59), ladder, today) == 0);
  }
  SECTION("around summer, 2 months is longer than 61 days") {
    // 2026-09-01 minus 2 months is 2026-07-01, 62 days back.
    Date today = d("2026-09-01");
    CHECK(order(months(2), days(61), ladder, today) == 1);
    CHECK(order(months(2), days(62), ladder, today) == 0);
    CHECK(order(months(2), days(63), ladder, today) == -1);
    // Equality agrees with ordering: on this date 2 months are 62 days.
    CHECK(equal(months(2), days(62), ladder, today));
    CHECK_FALSE(equal(months(2), days(62), ladder, d("2026-03-01")));
    CHECK(equal(months(2), months(2), ladder, today));
  }
  SECTION("a year against 365 days in and out of a leap year") {
    CHECK(order(months(12), days(365), ladder, d("2025-06-01")) == 0);
    CHECK(order(months(12), days(365), ladder, d("2024-06-01")) == 1);  // back across 29 February 2024
  }
  SECTION("mixed months and days on both sides") {
    Value a = Value::of_duration({1, 10});
    Value b = Value::of_duration({0, 40});
    CHECK(order(a, b, ladder, d("2026-03-15")) == -1);  // 1 month back from 15 March is 28 days
    CHECK(order(a, b, ladder, d("2026-08-15")) == 1);   // 1 month back from 15 August is 31 days
  }
}

TEST_CASE("durations far beyond the calendar still order without overflow", "[compile][operations]") {
  auto ladder = bands();
  Date today = d("2026-01-01");
  Value huge_months = months(std::numeric_limits<std::int32_t>::max());
  Value huge_days = days(std::numeric_limits<std::int32_t>::max());
  CHECK(order(huge_months, days(1), ladder, today) == 1);
  CHECK(order(days(1), huge_months, ladder, today) == -1);
  CHECK(order(huge_months, huge_days, ladder, today) == 1);
  CHECK(order(months(-std::numeric_limits<std::int32_t>::max()), months(1), ladder, today) == -1);
}

TEST_CASE("number arithmetic", "[compile][operations]") {
  CHECK(arithmetic(BinaryOp::add, number(2), number(3.5)).number == 5.5);
  CHECK(arithmetic(BinaryOp::subtract, number(2), number(3.5)).number == -1.5);
  CHECK(arithmetic(BinaryOp::multiply, number(-2), number(3)).number == -6);
  CHECK(arithmetic(BinaryOp::divide, number(7), number(2)).number == 3.5);
}

TEST_CASE("dividing by zero is unknown", "[compile][operations]") {
  CHECK_FALSE(arithmetic(BinaryOp::divide, number(7), number(0)).known());
  CHECK_FALSE(arithmetic(BinaryOp::divide, number(0), number(0)).known());
  CHECK_FALSE(arithmetic(BinaryOp::divide, number(7), number(-0.0)).known());
}

TEST_CASE("an unknown operand makes the result unknown", "[compile][operations]") {
  for (auto op : {BinaryOp::add, BinaryOp::subtract, BinaryOp::multiply, BinaryOp::divide}) {
    CHECK_FALSE(arithmetic(op, Value::unknown(), number(1)).known());
    CHECK_FALSE(arithmetic(op, number(1), Value::unknown()).known());
  }
  CHECK_FALSE(arithmetic(BinaryOp::add, date("2026-01-01"), Value::unknown()).known());
}

TEST_CASE("date plus or minus a duration steps the calendar and clamps", "[compile][operations]") {
  auto plus = [](const char* from, Value by) { return arithmetic(BinaryOp::add, date(from), by); };
  auto minus = [](const char* from, Value by) { return arithmetic(BinaryOp::subtract, date(from), by); };
  CHECK(plus("2026-01-31", months(1)).date == d("2026-02-28"));
  CHECK(plus("2024-01-31", months(1)).date == d("2024-02-29"));
  CHECK(plus("2024-02-29", months(12)).date == d("2025-02-28"));
  CHECK(minus("2026-03-31", months(1)).date == d("2026-02-28"));
  CHECK(plus("2026-12-15", months(1)).date == d("2027-01-15"));
  CHECK(plus("2026-01-01", days(365)).date == d("2027-01-01"));
  CHECK(minus("2026-01-01", days(1)).date == d("2025-12-31"));
  // Months first, then days: 31 January + 1 month 1 day is 1 March, not 3 March.
  CHECK(plus("2026-01-31", Value::of_duration({1, 1})).date == d("2026-03-01"));
  // duration + date is the same as date + duration.
  CHECK(arithmetic(BinaryOp::add, months(1), date("2026-01-31")).date == d("2026-02-28"));
  CHECK(arithmetic(BinaryOp::add, days(-1), date("2026-01-01")).date == d("2025-12-31"));
}

TEST_CASE("date minus date is a number of days", "[compile][operations]") {
  Value v = arithmetic(BinaryOp::subtract, date("2026-03-01"), date("2026-01-01"));
  REQUIRE(v.tag == Tag::duration);
  CHECK(v.duration() == Duration{0, 59});
  CHECK(arithmetic(BinaryOp::subtract, date("2026-01-01"), date("2026-03-01")).duration() == Duration{0, -59});
}

TEST_CASE("date arithmetic that leaves years 1 to 9999 is unknown", "[compile][operations]") {
  CHECK_FALSE(arithmetic(BinaryOp::add, date("2026-01-01"), months(100000 * 12)).known());
  CHECK_FALSE(arithmetic(BinaryOp::add, date("9999-12-31"), days(1)).known());
  CHECK_FALSE(arithmetic(BinaryOp::subtract, date("0001-01-01"), days(1)).known());
  CHECK_FALSE(arithmetic(BinaryOp::subtract, date("2026-01-01"), months(2026 * 12)).known());
  CHECK_FALSE(arithmetic(BinaryOp::add, date("2026-01-01"), days(std::numeric_limits<std::int32_t>::max())).known());
  CHECK_FALSE(arithmetic(BinaryOp::add, date("2026-01-01"), days(std::numeric_limits<std::int32_t>::min())).known());
  // The last and first days themselves are fine.
  CHECK(arithmetic(BinaryOp::add, date("9999-12-30"), days(1)).date == d("9999-12-31"));
  CHECK(arithmetic(BinaryOp::subtract, date("0001-01-02"), days(1)).date == d("0001-01-01"));
}

TEST_CASE("durations add and subtract part by part", "[compile][operations]") {
  CHECK(arithmetic(BinaryOp::add, months(1), days(3)).duration() == Duration{1, 3});
  CHECK(arithmetic(BinaryOp::subtract, Value::of_duration({2, 10}), months(3)).duration() == Duration{-1, 10});
  CHECK_FALSE(arithmetic(BinaryOp::add, days(std::numeric_limits<std::int32_t>::max()), days(1)).known());
}

TEST_CASE("a duration times a number drops fractions toward zero", "[compile][operations]") {
  CHECK(arithmetic(BinaryOp::multiply, months(3), number(0.5)).duration() == Duration{1, 0});
  CHECK(arithmetic(BinaryOp::multiply, days(10), number(0.35)).duration() == Duration{0, 3});
  CHECK(arithmetic(BinaryOp::multiply, number(2), days(21)).duration() == Duration{0, 42});
  CHECK(arithmetic(BinaryOp::multiply, months(1), number(-1.5)).duration() == Duration{-1, 0});
  CHECK(arithmetic(BinaryOp::multiply, Value::of_duration({3, 7}), number(2)).duration() == Duration{6, 14});
  CHECK_FALSE(arithmetic(BinaryOp::multiply, months(1), number(1e12)).known());
  CHECK_FALSE(arithmetic(BinaryOp::multiply, days(1), number(std::numeric_limits<double>::infinity())).known());
  CHECK_FALSE(arithmetic(BinaryOp::multiply, days(1), number(std::nan(""))).known());
}

TEST_CASE("a scaled duration never leaves the calendar's range", "[compile][operations]") {
  // Large enough to fit an int32 but not a real span of time: negating it
  // or adding it to a date must not overflow.
  Value far = arithmetic(BinaryOp::multiply, days(1), number(-2147483648.0));
  CHECK_FALSE(far.known());
}

}  // namespace apdr::run
