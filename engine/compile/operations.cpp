#include "compile/operations.hpp"

#include <cmath>

#include "core/date_arithmetic.hpp"

namespace apdr::run {
namespace {

// A level value as a root index, when comparison needs projections.
int root_of(const Value& v, const check::Ladder& ladder) {
  if (v.flag || v.id < 0) return v.id;
  return ladder.local[static_cast<std::size_t>(v.id)].root;
}

int compare_levels(const Value& a, const Value& b, const check::Ladder& ladder) {
  int x = a.id, y = b.id;
  if (a.flag || b.flag) { x = root_of(a, ladder); y = root_of(b, ladder); }
  return x < y ? -1 : (x > y ? 1 : 0);
}

// Dates stay within years 1–9999; a step further than that has no answer.
bool reasonable(const Duration& d) { return within_calendar(d); }

std::optional<Date> moved(Date date, Duration duration, int sign, WorkingDays working) {
  return apdr::moved(date, duration, sign, working.calendar, working.used_pattern);
}

Value shifted(Date date, Duration duration, int sign, WorkingDays working) {
  auto result = moved(date, duration, sign, working);
  return result ? Value::of_date(*result) : Value::unknown();
}

Value of_duration(const std::optional<Duration>& d) { return d ? Value::of_duration(*d) : Value::unknown(); }

}  // namespace

bool equal(const Value& a, const Value& b, const check::Ladder& ladder, Date today, WorkingDays working) {
  switch (a.tag) {
    case Tag::boolean: return a.flag == b.flag;
    case Tag::number: return a.number == b.number;
    case Tag::date: return a.date == b.date;
    case Tag::duration: return order(a, b, ladder, today, working) == 0;
    case Tag::text: return a.text() == b.text();
    case Tag::symbol:
    case Tag::area:
    case Tag::code: return a.id == b.id;
    case Tag::level: return compare_levels(a, b, ladder) == 0;
    default: return false;
  }
}

int order(const Value& a, const Value& b, const check::Ladder& ladder, Date today, WorkingDays working) {
  switch (a.tag) {
    case Tag::number: return three_way(a.number, b.number);
    case Tag::date: return three_way(a.date, b.date);
    case Tag::level: return compare_levels(a, b, ladder);
    case Tag::duration:
      if (a.duration().is_days_only() && b.duration().is_days_only()) return three_way(a.duration().days, b.duration().days);
      if (!reasonable(a.duration()) || !reasonable(b.duration())) {
        // Stepping today back by more than the calendar holds would overflow;
        // spans that long compare by their average length instead.
        auto length = [](const Duration& d) { return d.months * (365.2425 / 12) + d.days + d.working_days * 7.0 / 5; };
        return three_way(length(a.duration()), length(b.duration()));
      }
      // The longer duration reaches further back from today.
      {
        auto back_a = moved(today, a.duration(), -1, working), back_b = moved(today, b.duration(), -1, working);
        if (back_a && back_b) return three_way(*back_b, *back_a);
        return three_way(back_b.has_value(), back_a.has_value());
      }
    default: return 0;
  }
}

Value arithmetic(expr::BinaryOp op, const Value& a, const Value& b, WorkingDays working) {
  using expr::BinaryOp;
  if (!a.known() || !b.known()) return Value::unknown();
  switch (op) {
    case BinaryOp::add:
      if (a.tag == Tag::number) return Value::of_number(a.number + b.number);
      if (a.tag == Tag::date) return shifted(a.date, b.duration(), 1, working);
      if (b.tag == Tag::date) return shifted(b.date, a.duration(), 1, working);
      return of_duration(combined(a.duration(), b.duration(), 1));
    case BinaryOp::subtract:
      if (a.tag == Tag::number) return Value::of_number(a.number - b.number);
      if (a.tag == Tag::date && b.tag == Tag::date) return Value::of_duration({0, a.date.days() - b.date.days()});
      if (a.tag == Tag::date) return shifted(a.date, b.duration(), -1, working);
      return of_duration(combined(a.duration(), b.duration(), -1));
    case BinaryOp::multiply:
      if (a.tag == Tag::number && b.tag == Tag::number) return Value::of_number(a.number * b.number);
      return of_duration(scaled(a.tag == Tag::duration ? a.duration() : b.duration(),
                                a.tag == Tag::number ? a.number : b.number));
    case BinaryOp::divide: {
      // Dividing by zero has no answer: the result is unknown, never a crash or infinity.
      auto q = quotient(a.number, b.number);
      return q ? Value::of_number(*q) : Value::unknown();
    }
    default: return Value::unknown();
  }
}

}  // namespace apdr::run
