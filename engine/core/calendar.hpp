#pragma once
// Working days, as the Tribunal's rules and the SEND Regulations count them:
// every day except the weekend and the holidays a rule set lists. After the
// last day of its list (`listed_through`) a calendar falls back on the
// regular pattern of bank holidays in England and Wales, and says so to
// whoever asks, so that a date resting on a guess about a year's holidays is
// never shown as certain.
#include <cstdint>
#include <optional>
#include <vector>

#include "core/date.hpp"

namespace apdr {

// 0 for Monday … 6 for Sunday.
int weekday(Date d);

// The bank holidays of England and Wales in `year` as the regular pattern
// gives them (Banking and Financial Dealings Act 1971 Sch 1, with Christmas
// Day and Good Friday): New Year's Day, Good Friday, Easter Monday, the first
// and last Mondays in May, the last Monday in August, Christmas Day and Boxing
// Day, each moved to the next free weekday when it falls at a weekend. One-off
// proclamations and moved days are not in the pattern; only a list has them.
// Sorted.
std::vector<Date> regular_bank_holidays(int year);

class Calendar {
 public:
  // Bit i set: weekday i (Monday 0) is never a working day.
  std::uint8_t weekend = (1u << 5) | (1u << 6);
  // The listed holidays, sorted, each once.
  std::vector<Date> holidays;
  // The last day the list is complete for; after it the regular pattern of
  // England and Wales is used as well. None: the list is all there is.
  std::optional<Date> listed_through;

  // Whether `d` is a working day. Sets `used_pattern` when the answer rests
  // on the regular pattern (d is after `listed_through`).
  bool is_working_day(Date d, bool& used_pattern) const;
  // `d` itself when it is a working day, else the first working day after
  // it; nullopt beyond year 9999.
  std::optional<Date> next_working_day(Date d, bool& used_pattern) const;
  // The `count`th working day after `d` (before it when negative), `d` itself
  // for 0; nullopt beyond years 1–9999.
  std::optional<Date> add_working_days(Date d, std::int32_t count, bool& used_pattern) const;

  // Sorts the holidays and drops repeats; call after adding to them.
  void normalise();
};

}  // namespace apdr
