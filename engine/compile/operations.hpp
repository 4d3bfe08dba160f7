#pragma once
// The operations of the language on runtime values, with three-valued
// logic: any operand unknown makes the result unknown, except where DESIGN.md
// says otherwise (`and`, `or`, `known`).
#include "check/model.hpp"
#include "compile/value.hpp"
#include "core/calendar.hpp"

namespace apdr::run {

// The calendar working days are counted in, and where to note that an answer
// rested on its regular pattern rather than its list (see core/calendar.hpp).
// Without one, working days are Monday to Friday and nothing is noted.
struct WorkingDays {
  const Calendar* calendar = nullptr;
  bool* used_pattern = nullptr;
};

// Equality of two known values of compatible types. Levels compare by root
// projection when either side names a root level; durations that mix months
// and days compare as `order` does from `today`, so `==` never disagrees
// with `<=` and `>=`.
bool equal(const Value& a, const Value& b, const check::Ladder& ladder, Date today, WorkingDays working = {});

// -1, 0 or 1 for two known values of one ordered type. Durations are compared
// by stepping back from `today` (so "2 months" and "61 days" compare as the
// calendar says they do this time of year).
int order(const Value& a, const Value& b, const check::Ladder& ladder, Date today, WorkingDays working = {});

// `date ± duration` moves by months, then days, then working days.
Value arithmetic(expr::BinaryOp op, const Value& a, const Value& b, WorkingDays working = {});

}  // namespace apdr::run
