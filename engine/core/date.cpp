#include "core/date.hpp"

#include <charconv>

#include <fmt/format.h>

namespace apdr {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days: exact for every
// proleptic Gregorian date in range, with no tables and no time zones.
std::int32_t days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

struct Civil { int year; unsigned month; unsigned day; };

Civil civil_from_days(std::int32_t z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2), m, d};
}

}  // namespace

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap_year(year)) return 29;
  return lengths[month - 1];
}

std::string why_not_a_date(int year, int month, int day) {
  static constexpr const char* month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                                "July",    "August",   "September", "October", "November", "December"};
  if (month < 1 || month > 12) return "there is no month " + std::to_string(month);
  if (year < 1) return "there is no year 0";
  if (day < 1) return "there is no day 0";
  if (day > days_in_month(year, month)) {
    return std::string(month_names[month - 1]) + " " + std::to_string(year) + " has " +
           std::to_string(days_in_month(year, month)) + " days";
  }
  return {};
}

std::optional<Date> Date::from_ymd(int year, int month, int day) {
  // Years 1–9999 keep every date printable as YYYY-MM-DD.
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return std::nullopt;
  if (day > days_in_month(year, month)) return std::nullopt;
  return from_days(days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)));
}

std::optional<Date> Date::parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto number = [&](std::size_t from, std::size_t length) -> std::optional<int> {
    int value = 0;
    for (std::size_t i = from; i < from + length; ++i) {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  auto y = number(0, 4), m = number(5, 2), d = number(8, 2);
  if (!y || !m || !d) return std::nullopt;
  return from_ymd(*y, *m, *d);
}

int Date::year() const { return civil_from_days(days_).year; }
int Date::month() const { return static_cast<int>(civil_from_days(days_).month); }
int Date::day() const { return static_cast<int>(civil_from_days(days_).day); }

std::string Date::iso() const {
  Civil c = civil_from_days(days_);
  return fmt::format("{:04}-{:02}-{:02}", c.year, c.month, c.day);
}

Date Date::add_months(std::int32_t months) const {
  Civil c = civil_from_days(days_);
  std::int64_t total = static_cast<std::int64_t>(c.year) * 12 + (c.month - 1) + months;
  int year = static_cast<int>(total >= 0 ? total / 12 : (total - 11) / 12);
  int month = static_cast<int>(total - static_cast<std::int64_t>(year) * 12) + 1;
  int day = std::min(static_cast<int>(c.day), days_in_month(year, month));
  return from_days(days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)));
}

int whole_years(Date birth, Date on) {
  int years = on.year() - birth.year();
  int birth_month = birth.month(), birth_day = birth.day();
  if (birth_month == 2 && birth_day == 29 && !is_leap_year(on.year())) birth_day = 28;
  if (on.month() < birth_month || (on.month() == birth_month && on.day() < birth_day)) --years;
  return years;
}

int academic_year(Date d) { return d.month() >= 9 ? d.year() : d.year() - 1; }

Duration make_duration(std::int64_t amount, DurationUnit unit) {
  auto narrow = [](std::int64_t v) { return static_cast<std::int32_t>(v); };
  switch (unit) {
    case DurationUnit::days: return {0, narrow(amount)};
    case DurationUnit::weeks: return {0, narrow(amount * 7)};
    case DurationUnit::months: return {narrow(amount), 0};
    case DurationUnit::years: return {narrow(amount * 12), 0};
    case DurationUnit::working_days: return {0, 0, narrow(amount)};
  }
  return {};
}

Date add(Date date, Duration duration) {
  return date.add_months(duration.months).add_days(duration.days);
}

Date subtract(Date date, Duration duration) {
  return date.add_months(-duration.months).add_days(-duration.days);
}

std::string describe(Duration duration) {
  auto plural = [](std::int64_t n, const char* one, const char* many) {
    return fmt::format("{} {}", n, (n == 1 || n == -1) ? one : many);
  };
  std::string parts;
  if (duration.months != 0) {
    parts = duration.months % 12 == 0 ? plural(duration.months / 12, "year", "years")
                                      : plural(duration.months, "month", "months");
  }
  if (duration.days != 0 || (duration.months == 0 && duration.working_days == 0)) {
    std::string days = duration.days % 7 == 0 && duration.days != 0
                           ? plural(duration.days / 7, "week", "weeks")
                           : plural(duration.days, "day", "days");
    parts = parts.empty() ? days : parts + " " + days;
  }
  if (duration.working_days != 0) {
    std::string working = plural(duration.working_days, "working day", "working days");
    parts = parts.empty() ? working : parts + " " + working;
  }
  return parts;
}

}  // namespace apdr
