#pragma once
// Strict readers for the scalar types a profile holds (dates, durations,
// numbers, booleans). Each returns the value or a reason a person can act on.
// Reasons quote only the offending text, shortened: profile data is about a
// child, so no message repeats more of it than it must.
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/date.hpp"
#include "core/quoted_value.hpp"

namespace apdr::profile {

// Reasons quote the offending text with apdr::quoted_value.
using apdr::quoted_value;

// A value, or why the text is not one.
template <typename T>
using Parsed = std::variant<T, std::string>;

// `YYYY-MM-DD`, a real day, not before 1900. The reason names the value and
// says what is wrong ("2026-02-30 is not a real date: February 2026 has 28 days").
Parsed<Date> parse_profile_date(std::string_view text);

// "6 weeks", "15 days", "12 months", "1 year", "1 year 6 months": whole,
// non-negative amounts each followed by one space and a unit (day, week,
// month, year, singular or plural), each unit at most once, largest first.
Parsed<Duration> parse_duration_text(std::string_view text);

// A decimal number: `-12`, `82.5`, `1e3`; no `nan`, `inf`, hex or `_`.
std::optional<double> parse_number_text(std::string_view text);

// A whole number `-?[0-9]+` small enough to be exact in a double.
std::optional<long long> parse_integer_text(std::string_view text);

// The most digits parse_integer_text reads; 15 keeps every value exact as a double.
inline constexpr std::size_t max_integer_digits = 15;

// Whether `text` is a whole number (`-?[0-9]+`) with more digits than
// max_integer_digits, so that messages can say so rather than "not a number".
bool integer_too_long(std::string_view text);

// "`1234…` has 20 digits, more than the 15 a whole number may have here".
std::string too_many_digits_message(std::string_view text);

// true / True / TRUE / false / False / FALSE (YAML 1.2 core schema). Not
// yes/no/on/off, which YAML 1.1 readers disagree about.
std::optional<bool> parse_bool_text(std::string_view text);

}  // namespace apdr::profile
