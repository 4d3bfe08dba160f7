#pragma once
// Calendar dates and durations as the rule language defines them: a date is
// a day in the proleptic Gregorian calendar; a duration counts days, or
// calendar months (years are twelve months), because "12 months after
// 31 January" is a calendar question, not a number of days.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace apdr {

class Date {
 public:
  Date() = default;
  // The date of `days` since 1970-01-01 (negative before).
  static Date from_days(std::int32_t days) { Date d; d.days_ = days; return d; }
  // nullopt when the day does not exist (2026-02-30, month 13, year 0).
  static std::optional<Date> from_ymd(int year, int month, int day);
  // Strict ISO `YYYY-MM-DD`; nullopt for anything else or an impossible day.
  static std::optional<Date> parse(std::string_view text);

  std::int32_t days() const { return days_; }
  int year() const;
  int month() const;
  int day() const;
  std::string iso() const;  // YYYY-MM-DD

  // Adds calendar months; a day past the end of the target month is clamped
  // to its last day (31 Jan + 1 month = 28 or 29 Feb).
  Date add_months(std::int32_t months) const;
  Date add_days(std::int32_t days) const { return from_days(days_ + days); }

  auto operator<=>(const Date&) const = default;

 private:
  std::int32_t days_ = 0;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);

// The earliest year a date about a pupil may fall in (a profile's facts,
// --as-of): an earlier one is a typo, and would give nonsense ages and due
// dates. Four digits bound the other end.
inline constexpr int earliest_fact_year = 1900;

// Why year-month-day is no date, in words for a message ("February 2026 has
// 28 days", "there is no month 13"); empty when it is a real date.
std::string why_not_a_date(int year, int month, int day);

// Whole years from `birth` to `on` (a birthday on 29 February counts as
// reached on 28 February in non-leap years, as the law of England treats it
// for age: the day before 1 March).
int whole_years(Date birth, Date on);

// The calendar year in which the school year holding `d` began: school years
// start on 1 September.
int academic_year(Date d);

// A length of time: `months` calendar months plus `days` days, then
// `working_days` working days of a rule set's calendar. Weeks are stored as
// days, years as months. Working days need a calendar to be added to a date,
// so only the evaluator adds them (compile/operations.cpp).
struct Duration {
  std::int32_t months = 0;
  std::int32_t days = 0;
  std::int32_t working_days = 0;

  bool is_days_only() const { return months == 0 && working_days == 0; }
  Duration negated() const { return {-months, -days, -working_days}; }
  bool operator==(const Duration&) const = default;
};

enum class DurationUnit { days, weeks, months, years, working_days };

Duration make_duration(std::int64_t amount, DurationUnit unit);

// date + duration: months first (clamped), then days. Working days are
// left out: Calendar::add_working_days adds them.
Date add(Date date, Duration duration);
Date subtract(Date date, Duration duration);

// "6 weeks", "15 days", "12 months", "1 year", "1 year 2 days",
// "3 working days".
std::string describe(Duration duration);

}  // namespace apdr
