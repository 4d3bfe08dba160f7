#include "profile/text_values.hpp"

#include <array>
#include <charconv>
#include <cmath>

#include <fmt/format.h>

namespace apdr::profile {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!is_digit(c)) return false;
  }
  return true;
}

int to_int(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

constexpr int earliest_year = earliest_fact_year;

}  // namespace

// The messages below quote the text, made only when it is wrong: every date
// and duration of every row passes here.
Parsed<Date> parse_profile_date(std::string_view text) {
  auto shown = [&] { return quoted_value(text); };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !all_digits(text.substr(0, 4)) ||
      !all_digits(text.substr(5, 2)) || !all_digits(text.substr(8, 2))) {
    return fmt::format("`{}` is not a date: write dates as YYYY-MM-DD, for example 2026-09-01", shown());
  }
  int year = to_int(text.substr(0, 4));
  int month = to_int(text.substr(5, 2));
  int day = to_int(text.substr(8, 2));
  if (std::string why = why_not_a_date(year, month, day); !why.empty()) {
    return fmt::format("{} is not a real date: {}", shown(), why);
  }
  if (year < earliest_year) {
    return fmt::format("{} is before {}: check the year", shown(), earliest_year);
  }
  return *Date::from_ymd(year, month, day);
}

Parsed<Duration> parse_duration_text(std::string_view text) {
  auto shown = [&] { return quoted_value(text); };
  auto usage = [&] {
    return fmt::format(
        "`{}` is not a duration: write a whole number and a unit, such as 6 weeks, 15 days, "
        "12 months or 1 year",
        shown());
  };
  if (text.empty()) return usage();
  Duration total;
  int last_rank = 5;  // units must come largest first, each once
  std::string_view rest = text;
  while (!rest.empty()) {
    std::size_t digits = 0;
    while (digits < rest.size() && is_digit(rest[digits])) ++digits;
    // Seven digits is over 27,000 years of days: anything longer is a mistake
    // and would overflow the arithmetic.
    if (digits == 0 || digits > 6 || digits >= rest.size() || rest[digits] != ' ') return usage();
    long long amount = to_int(rest.substr(0, digits));
    rest.remove_prefix(digits + 1);
    std::size_t word_end = rest.find(' ');
    std::string_view word = rest.substr(0, word_end);
    rest = word_end == std::string_view::npos ? std::string_view{} : rest.substr(word_end + 1);
    if (word_end != std::string_view::npos && rest.empty()) return usage();  // trailing space
    DurationUnit unit;
    int rank;
    if (word == "year" || word == "years") { unit = DurationUnit::years; rank = 4; }
    else if (word == "month" || word == "months") { unit = DurationUnit::months; rank = 3; }
    else if (word == "week" || word == "weeks") { unit = DurationUnit::weeks; rank = 2; }
    else if (word == "day" || word == "days") { unit = DurationUnit::days; rank = 1; }
    else return usage();
    if (rank >= last_rank) {
      return fmt::format("`{}` is not a duration: give each unit once, largest first (1 year 6 months)",
                         shown());
    }
    last_rank = rank;
    Duration part = make_duration(amount, unit);
    total.months += part.months;
    total.days += part.days;
  }
  return total;
}

std::optional<double> parse_number_text(std::string_view text) {
  // Check the shape by hand: from_chars alone would accept "inf" and "nan".
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
  std::size_t whole = i;
  while (i < text.size() && is_digit(text[i])) ++i;
  bool has_whole = i > whole;
  bool has_fraction = false;
  if (i < text.size() && text[i] == '.') {
    ++i;
    std::size_t fraction = i;
    while (i < text.size() && is_digit(text[i])) ++i;
    has_fraction = i > fraction;
  }
  if (!has_whole && !has_fraction) return std::nullopt;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
    std::size_t exponent = i;
    while (i < text.size() && is_digit(text[i])) ++i;
    if (i == exponent) return std::nullopt;
  }
  if (i != text.size()) return std::nullopt;
  std::string_view body = text[0] == '+' ? text.substr(1) : text;
  double value = 0;
  auto [end, error] = std::from_chars(body.data(), body.data() + body.size(), value);
  if (error != std::errc() || end != body.data() + body.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

std::optional<long long> parse_integer_text(std::string_view text) {
  std::string_view digits = text;
  bool negative = false;
  if (!digits.empty() && (digits[0] == '-' || digits[0] == '+')) {
    negative = digits[0] == '-';
    digits.remove_prefix(1);
  }
  // 15 digits stays below 2^53, so the value is exact as a double too.
  if (!all_digits(digits) || digits.size() > max_integer_digits) return std::nullopt;
  long long value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return negative ? -value : value;
}

bool integer_too_long(std::string_view text) {
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
  return text.size() > max_integer_digits && all_digits(text);
}

std::string too_many_digits_message(std::string_view text) {
  std::size_t digits = text.size() - (!text.empty() && (text[0] == '-' || text[0] == '+') ? 1 : 0);
  return fmt::format("`{}` has {} digits, more than the {} a whole number may have", quoted_value(text), digits,
                     max_integer_digits);
}

std::optional<bool> parse_bool_text(std::string_view text) {
  if (text == "true" || text == "True" || text == "TRUE") return true;
  if (text == "false" || text == "False" || text == "FALSE") return false;
  return std::nullopt;
}

}  // namespace apdr::profile
