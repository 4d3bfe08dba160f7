// The working-day calendar of a chain. Each rule set may add to the one it
// extends and never take away: weekend days and holidays are the union of
// every set's, so a local overlay cannot make a day the national calendar
// rests on into a working day. The list is complete only as far as every
// set that says how far its own list runs: the earliest such date.
#include <algorithm>

#include "check/checker.hpp"
#include "load/rule_file_keys.hpp"

namespace apdr::check {

void Checker::build_calendar() {
  Calendar& calendar = model_.calendar;
  // The root's weekend is its own or the default (Saturday and Sunday);
  // every set below may only add days to it.
  const syntax::Calendar& root = model_.chain.sets.front().calendar;
  std::uint8_t weekend = root.weekend_where ? 0 : calendar.weekend;
  const SourceLocation* weekend_given = nullptr;  // the last set's `weekend`
  std::optional<Date> listed_through;
  for (const auto& set : model_.chain.sets) {
    const syntax::Calendar& declared = set.calendar;
    if (declared.weekend_where) weekend_given = &*declared.weekend_where;
    for (const auto& day : declared.weekend) {
      const auto& names = load::rule_file::weekdays;
      auto found = std::find(names.begin(), names.end(), day.value);
      if (found != names.end()) weekend |= static_cast<std::uint8_t>(1u << (found - names.begin()));
    }
    for (const auto& holiday : declared.holidays) {
      checked_source(holiday.source);
      calendar.holidays.push_back(holiday.date);
    }
    if (declared.listed_through && (!listed_through || *declared.listed_through < *listed_through)) {
      listed_through = declared.listed_through;
    }
  }
  if (weekend == 0x7f && weekend_given) {
    // Each set's own weekend was checked when it was read; together they
    // may still leave no working day.
    diag_.error(Code::InvalidValue, *weekend_given,
                "the weekends of this chain of rule sets together take in every day of the week, "
                "so no day would be a working day");
  } else if (weekend != 0) {
    calendar.weekend = weekend;
  }
  calendar.normalise();
  // A list that does not say how far it runs is taken as complete to the
  // end of its last year: beyond it, the regular pattern is a guess, and
  // results say so.
  if (!listed_through && !calendar.holidays.empty()) {
    listed_through = Date::from_ymd(calendar.holidays.back().year(), 12, 31);
  }
  calendar.listed_through = listed_through;
}

}  // namespace apdr::check
