// The working-day calendar: the regular pattern of bank holidays in England
// and Wales (checked against the years DOMAIN.md works out and the one-off
// years the pattern must not claim), and counting working days with a list
// and beyond it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "core/calendar.hpp"

using apdr::Calendar;
using apdr::Date;

namespace {
Date d(const char* text) { return *Date::parse(text); }

std::vector<std::string> pattern(int year) {
  std::vector<std::string> days;
  for (Date day : apdr::regular_bank_holidays(year)) days.push_back(day.iso());
  return days;
}

// A calendar listing 2026 only, as a rule set would.
Calendar listed_2026() {
  Calendar calendar;
  for (const char* day : {"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
                          "2026-12-25", "2026-12-28"}) {
    calendar.holidays.push_back(d(day));
  }
  calendar.listed_through = d("2026-12-31");
  calendar.normalise();
  return calendar;
}
}  // namespace

TEST_CASE("weekdays count from Monday") {
  CHECK(apdr::weekday(d("2026-11-23")) == 0);  // a Monday
  CHECK(apdr::weekday(d("2026-11-22")) == 6);  // a Sunday
  CHECK(apdr::weekday(d("1970-01-01")) == 3);  // a Thursday
  CHECK(apdr::weekday(d("1969-12-31")) == 2);  // before the epoch too
}

TEST_CASE("the regular pattern gives DOMAIN.md's bank holidays for 2026 and 2027") {
  CHECK(pattern(2026) == std::vector<std::string>{"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04",
                                                  "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"});
  // Christmas on a Saturday: Christmas Day stays a holiday and both
  // substitutes follow (27 and 28 December).
  CHECK(pattern(2027) == std::vector<std::string>{"2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03",
                                                  "2027-05-31", "2027-08-30", "2027-12-25", "2027-12-27",
                                                  "2027-12-28"});
}

TEST_CASE("the pattern moves New Year's Day off a weekend and finds Easter") {
  // 1 January 2028 is a Saturday: Monday 3 January; Easter Sunday 16 April 2028.
  auto days = pattern(2028);
  CHECK(days.front() == "2028-01-03");
  CHECK(std::count(days.begin(), days.end(), "2028-04-14") == 1);  // Good Friday
  CHECK(std::count(days.begin(), days.end(), "2028-04-17") == 1);  // Easter Monday
  // Christmas on a Sunday (2022): Boxing Day Monday 26, the substitute Tuesday 27.
  auto y2022 = pattern(2022);
  CHECK(std::count(y2022.begin(), y2022.end(), "2022-12-26") == 1);
  CHECK(std::count(y2022.begin(), y2022.end(), "2022-12-27") == 1);
  // One-off days are not in the pattern: only a list has them.
  CHECK(std::count(y2022.begin(), y2022.end(), "2022-09-19") == 0);
}

TEST_CASE("working days skip the weekend and the listed holidays, without guessing inside the list") {
  Calendar calendar = listed_2026();
  bool used_pattern = false;
  CHECK_FALSE(calendar.is_working_day(d("2026-12-25"), used_pattern));
  CHECK_FALSE(calendar.is_working_day(d("2026-12-26"), used_pattern));
  CHECK(calendar.is_working_day(d("2026-12-29"), used_pattern));
  // Wednesday 23 December + 3 working days: Thu 24, Tue 29, Wed 30.
  CHECK(calendar.add_working_days(d("2026-12-23"), 3, used_pattern)->iso() == "2026-12-30");
  CHECK(calendar.add_working_days(d("2026-12-30"), -3, used_pattern)->iso() == "2026-12-23");
  CHECK(calendar.add_working_days(d("2026-12-23"), 0, used_pattern)->iso() == "2026-12-23");
  CHECK(calendar.next_working_day(d("2026-12-25"), used_pattern)->iso() == "2026-12-29");
  CHECK(calendar.next_working_day(d("2026-12-29"), used_pattern)->iso() == "2026-12-29");
  CHECK_FALSE(used_pattern);
}

TEST_CASE("past the list the regular pattern is used, and the answer says so") {
  Calendar calendar = listed_2026();
  bool used_pattern = false;
  // 31 December 2026 + 1 working day: 1 January 2027 is a holiday only by the pattern.
  CHECK(calendar.add_working_days(d("2026-12-31"), 1, used_pattern)->iso() == "2027-01-04");
  CHECK(used_pattern);
  used_pattern = false;
  CHECK_FALSE(calendar.is_working_day(d("2027-03-26"), used_pattern));  // Good Friday 2027
  CHECK(used_pattern);
}

TEST_CASE("a calendar with no list counts Monday to Friday and never claims the pattern") {
  Calendar calendar;
  bool used_pattern = false;
  CHECK(calendar.add_working_days(d("2026-12-24"), 1, used_pattern)->iso() == "2026-12-25");
  CHECK_FALSE(used_pattern);
  calendar.weekend = 0x7f >> 1;  // Monday to Saturday: only Sundays work
  CHECK(calendar.next_working_day(d("2026-11-23"), used_pattern)->iso() == "2026-11-29");
}
