#include "profile/cell_reads.hpp"

#include <cctype>

#include <fmt/format.h>

#include "core/area.hpp"
#include "core/date.hpp"

namespace apdr::profile {
namespace {

std::string upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// The census codes a cell may hold: type codes and provision codes.
bool is_census_word(std::string_view word) {
  return find_census_code(word) != nullptr || word == "N" || word == "K" || word == "E";
}

CellReading read_census(std::string_view text) {
  std::string word = upper(text);
  if (is_census_word(word)) return {word, {}};
  // "K - SEN support", "E: EHC plan": a code, then its meaning.
  std::size_t end = word.find_first_of(" -:");
  if (end != std::string::npos && is_census_word(word.substr(0, end))) return {word.substr(0, end), {}};
  return {std::string(text), {}};  // a level id, or a mistake the profile reader names
}

CellReading read_year(std::string_view text) {
  const std::string shown = quoted_value(text);
  std::string word = upper(text);
  if (word == "R" || word == "RECEPTION" || word == "YR") return {"0", {}};
  if (word == "N" || word == "NURSERY" || word == "N1" || word == "N2") return {"-1", {}};
  std::string_view rest = word;
  for (std::string_view prefix : {"YEAR", "YR", "Y"}) {
    if (rest.starts_with(prefix)) {
      rest.remove_prefix(prefix.size());
      break;
    }
  }
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (all_digits(rest) && rest.size() <= 2) {
    int year = std::stoi(std::string(rest));
    if (year <= 14) return {std::to_string(year), {}};
  }
  return {{}, fmt::format("`{}` is not a year group: expected Year 9, Y9 or 9 (Year 0 to 14), R for Reception or N "
                     "for Nursery",
                     shown)};
}

CellReading read_day_month_year(std::string_view text) {
  const std::string shown = quoted_value(text);
  auto first = text.find('/');
  auto second = first == std::string_view::npos ? first : text.find('/', first + 1);
  std::string_view day, month, year;
  if (second != std::string_view::npos) {
    day = text.substr(0, first);
    month = text.substr(first + 1, second - first - 1);
    year = text.substr(second + 1);
  }
  if (!all_digits(day) || !all_digits(month) || !all_digits(year) || day.size() > 2 || month.size() > 2 ||
      year.size() != 4) {
    return {{}, fmt::format("`{}` is not a date written dd/mm/yyyy, such as 03/09/2026", shown)};
  }
  int d = std::stoi(std::string(day));
  int m = std::stoi(std::string(month));
  int y = std::stoi(std::string(year));
  if (std::string why = why_not_a_date(y, m, d); !why.empty()) {
    return {{}, fmt::format("`{}` is not a real date: {}", shown, why)};
  }
  if (y < earliest_fact_year) return {{}, fmt::format("`{}` is before {}: check the year", shown, earliest_fact_year)};
  return {Date::from_ymd(y, m, d)->iso(), {}};
}

}  // namespace

const std::vector<std::string>& cell_read_names() {
  static const std::vector<std::string> names = {"census", "year", "dd/mm/yyyy"};
  return names;
}

std::optional<CellRead> parse_cell_read(std::string_view word) {
  if (word == "census") return CellRead::census;
  if (word == "year") return CellRead::year;
  if (word == "dd/mm/yyyy") return CellRead::day_month_year;
  return std::nullopt;
}

CellReading read_cell(CellRead how, std::string_view text) {
  switch (how) {
    case CellRead::as_is: return {std::string(text), {}};
    case CellRead::census: return read_census(text);
    case CellRead::year: return read_year(text);
    case CellRead::day_month_year: return read_day_month_year(text);
  }
  return {std::string(text), {}};
}

}  // namespace apdr::profile
