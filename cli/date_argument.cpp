#include "date_argument.hpp"

#include <cctype>

#include <fmt/format.h>

namespace apdr::cli {

namespace {

// dddd-dd-dd: the shape of a date, whether or not the day exists.
bool looks_like_date(std::string_view text) {
  if (text.size() != 10) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool dash = i == 4 || i == 7;
    if (dash ? text[i] != '-' : !std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  }
  return true;
}

}  // namespace

std::optional<Date> parse_date_argument(std::string_view flag, std::string_view text,
                                        Diagnostics& diagnostics) {
  if (auto date = Date::parse(text)) {
    // The same range as a profile's dates: --as-of 0026-11-22 is a typo.
    if (date->year() >= earliest_fact_year) return date;
    diagnostics.error(Code::BadArgument, {},
                      fmt::format("{}: {} is before {}: check the year", flag, text, earliest_fact_year));
    return std::nullopt;
  }
  if (looks_like_date(text)) {
    auto number = [&](std::size_t at, std::size_t length) { return std::stoi(std::string(text.substr(at, length))); };
    std::string why = why_not_a_date(number(0, 4), number(5, 2), number(8, 2));
    diagnostics.error(Code::BadArgument, {},
                      fmt::format("{}: {} is not a real date{}", flag, text, why.empty() ? "" : ": " + why));
  } else {
    diagnostics.error(Code::BadArgument, {},
                      fmt::format("{}: `{}` is not a date", flag, text),
                      {"write dates as YYYY-MM-DD, for example 2026-11-22"});
  }
  return std::nullopt;
}

bool optional_date_argument(std::string_view flag, std::string_view text, std::optional<Date>& date,
                            Diagnostics& diagnostics) {
  date.reset();
  if (text.empty()) return true;
  date = parse_date_argument(flag, text, diagnostics);
  return date.has_value();
}

}  // namespace apdr::cli
