#pragma once
// The one definition of what the rule language's `+`, `-`, `*`, `/` and
// ordering mean for numbers, dates and spans of time. Evaluation
// (compile/operations.cpp), the folding of parameters
// (check/constants.cpp) and lint's constant conditions
// (check/lint_constant.cpp) all call these, so a rule and the checker
// cannot disagree about a sum. No answer (nullopt) is what evaluation shows
// as unknown and the checker reports as out of range.
#include <optional>

#include "core/calendar.hpp"
#include "core/date.hpp"

namespace apdr {

template <typename T>
int three_way(const T& a, const T& b) { return a < b ? -1 : (b < a ? 1 : 0); }

// Dates stay within years 1–9999: a span longer than that has no use, and
// working with it further would overflow.
bool within_calendar(const Duration& d);

// a + b (sign 1) or a - b (sign -1); none past the calendar's reach.
std::optional<Duration> combined(const Duration& a, const Duration& b, int sign);

// A duration scaled by a number keeps whole months and days (toward zero).
std::optional<Duration> scaled(const Duration& d, double factor);

// `date ± duration` moves by months, then days, then working days (counted
// in `calendar`, Monday to Friday without one, noting in `used_pattern`
// when the answer rested on the calendar's regular pattern). None outside
// years 1–9999.
std::optional<Date> moved(Date date, const Duration& by, int sign, const Calendar* calendar = nullptr,
                          bool* used_pattern = nullptr);

// a / b; none when b is zero (never a crash or infinity).
std::optional<double> quotient(double a, double b);

// -1, 0 or 1 for two durations whose order does not depend on the date they
// are measured from (days against days, months against months, working
// days against working days); none otherwise.
std::optional<int> order_without_date(const Duration& a, const Duration& b);

}  // namespace apdr
