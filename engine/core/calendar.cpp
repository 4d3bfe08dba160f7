#include "core/calendar.hpp"

#include <algorithm>

namespace apdr {
namespace {

Date ymd(int year, int month, int day) { return *Date::from_ymd(year, month, day); }

// Easter Sunday in the Gregorian calendar (the anonymous algorithm published
// in Nature, 1876, as Meeus gives it).
Date easter_sunday(int year) {
  int a = year % 19, b = year / 100, c = year % 100;
  int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = (h + l - 7 * m + 114) % 31 + 1;
  return ymd(year, month, day);
}

Date first_monday(int year, int month) {
  Date first = ymd(year, month, 1);
  return first.add_days((7 - weekday(first)) % 7);
}

Date last_monday(int year, int month) {
  Date last = ymd(year, month, days_in_month(year, month));
  return last.add_days(-weekday(last));
}

bool is_weekend_day(Date d) { return weekday(d) >= 5; }

// The 1971 Act's rule for a holiday at a weekend: the next weekday that is
// not already a holiday.
Date substitute(Date d, const std::vector<Date>& taken) {
  while (is_weekend_day(d) || std::find(taken.begin(), taken.end(), d) != taken.end()) d = d.add_days(1);
  return d;
}

}  // namespace

int weekday(Date d) {
  // 1970-01-01 was a Thursday (3).
  return static_cast<int>(((d.days() % 7) + 7 + 3) % 7);
}

std::vector<Date> regular_bank_holidays(int year) {
  std::vector<Date> days;
  if (year < 2 || year > 9998) return days;
  days.push_back(substitute(ymd(year, 1, 1), days));
  Date easter = easter_sunday(year);
  days.push_back(easter.add_days(-2));
  days.push_back(easter.add_days(1));
  days.push_back(first_monday(year, 5));
  days.push_back(last_monday(year, 5));
  days.push_back(last_monday(year, 8));
  // Christmas Day itself is never a working day; when it falls at a weekend
  // a weekday is proclaimed in its place, and Boxing Day's substitute follows.
  Date christmas = ymd(year, 12, 25);
  days.push_back(christmas);
  if (is_weekend_day(christmas)) days.push_back(substitute(christmas, days));
  days.push_back(substitute(ymd(year, 12, 26), days));
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  return days;
}

bool Calendar::is_working_day(Date d, bool& used_pattern) const {
  if (weekend & (1u << weekday(d))) return false;
  if (std::binary_search(holidays.begin(), holidays.end(), d)) return false;
  if (listed_through && d > *listed_through) {
    used_pattern = true;
    auto pattern = regular_bank_holidays(d.year());
    return !std::binary_search(pattern.begin(), pattern.end(), d);
  }
  return true;
}

std::optional<Date> Calendar::next_working_day(Date d, bool& used_pattern) const {
  // A calendar always has a working day within a fortnight (the checker
  // refuses a weekend of seven days, and no year has a fortnight of bank
  // holidays); the bound keeps a broken calendar from looping.
  for (int step = 0; step < 400; ++step) {
    if (d.year() > 9999) return std::nullopt;
    if (is_working_day(d, used_pattern)) return d;
    d = d.add_days(1);
  }
  return std::nullopt;
}

std::optional<Date> Calendar::add_working_days(Date d, std::int32_t count, bool& used_pattern) const {
  const int direction = count < 0 ? -1 : 1;
  std::int64_t left = count < 0 ? -static_cast<std::int64_t>(count) : count;
  int idle = 0;
  while (left > 0) {
    d = d.add_days(direction);
    if (d.year() < 1 || d.year() > 9999) return std::nullopt;
    if (is_working_day(d, used_pattern)) {
      --left;
      idle = 0;
    } else if (++idle > 400) {
      return std::nullopt;
    }
  }
  return d;
}

void Calendar::normalise() {
  std::sort(holidays.begin(), holidays.end());
  holidays.erase(std::unique(holidays.begin(), holidays.end()), holidays.end());
}

}  // namespace apdr
