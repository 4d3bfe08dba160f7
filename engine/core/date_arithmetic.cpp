#include "core/date_arithmetic.hpp"

#include <cmath>
#include <cstdint>

namespace apdr {
namespace {

bool within(double months, double days, double working_days) {
  return std::abs(months) < 12 * 10000 && std::abs(days) < 3'700'000 && std::abs(working_days) < 2'600'000;
}

}  // namespace

bool within_calendar(const Duration& d) { return within(d.months, d.days, d.working_days); }

std::optional<Duration> combined(const Duration& a, const Duration& b, int sign) {
  // In 64 bits, so that no sum of two 32-bit spans overflows before it is judged.
  std::int64_t months = std::int64_t{a.months} + sign * std::int64_t{b.months};
  std::int64_t days = std::int64_t{a.days} + sign * std::int64_t{b.days};
  std::int64_t working_days = std::int64_t{a.working_days} + sign * std::int64_t{b.working_days};
  if (!within(static_cast<double>(months), static_cast<double>(days), static_cast<double>(working_days))) {
    return std::nullopt;
  }
  return Duration{static_cast<std::int32_t>(months), static_cast<std::int32_t>(days),
                  static_cast<std::int32_t>(working_days)};
}

std::optional<Duration> scaled(const Duration& d, double factor) {
  double months = std::trunc(d.months * factor), days = std::trunc(d.days * factor);
  double working_days = std::trunc(d.working_days * factor);
  if (!within(months, days, working_days)) return std::nullopt;  // NaN is not within either
  return Duration{static_cast<std::int32_t>(months), static_cast<std::int32_t>(days),
                  static_cast<std::int32_t>(working_days)};
}

std::optional<Date> moved(Date date, const Duration& by, int sign, const Calendar* calendar, bool* used_pattern) {
  if (!within_calendar(by)) return std::nullopt;
  Date result = sign > 0 ? add(date, by) : subtract(date, by);
  if (result.year() < 1 || result.year() > 9999) return std::nullopt;
  if (by.working_days == 0) return result;
  static const Calendar weekdays;
  bool ignored = false;
  return (calendar ? *calendar : weekdays)
      .add_working_days(result, sign * by.working_days, used_pattern ? *used_pattern : ignored);
}

std::optional<double> quotient(double a, double b) {
  if (b == 0) return std::nullopt;
  return a / b;
}

std::optional<int> order_without_date(const Duration& a, const Duration& b) {
  bool working = a.working_days != 0 || b.working_days != 0;
  if (working) {
    if (a.months == 0 && b.months == 0 && a.days == 0 && b.days == 0) return three_way(a.working_days, b.working_days);
    return std::nullopt;
  }
  if (a.months == 0 && b.months == 0) return three_way(a.days, b.days);
  if (a.days == 0 && b.days == 0) return three_way(a.months, b.months);
  return std::nullopt;
}

}  // namespace apdr
