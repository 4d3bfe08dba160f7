#include "check/functions.hpp"

#include <cctype>
#include <string>
#include <vector>

#include "core/suggest.hpp"

namespace apdr::check {

std::span<const FunctionDef> functions() {
  static const FunctionDef table[] = {
      {"level", Function::level, "level(AREA)"},
      {"has_need", Function::has_need, "has_need(AREA)"},
      {"has_code", Function::has_code, "has_code(CODE), e.g. has_code(HI)"},
      {"cycles", Function::cycles, "cycles(AREA)"},
      {"count", Function::count, "count(LIST where CONDITION) or count(LIST)"},
      {"any", Function::any, "any(LIST where CONDITION)"},
      {"all", Function::all, "all(LIST where CONDITION)"},
      {"latest", Function::latest, "latest(LIST)"},
      {"in_place", Function::in_place, "in_place(\"provision-id\")"},
      {"age", Function::age, "age()"},
      {"known", Function::known, "known(VALUE)"},
      {"min", Function::min, "min(A, B, …) or min(LIST)"},
      {"max", Function::max, "max(A, B, …) or max(LIST)"},
      {"date", Function::date, "date(YEAR, MONTH, DAY)"},
      {"year", Function::year, "year(DATE)"},
      {"month", Function::month, "month(DATE)"},
      {"day", Function::day, "day(DATE)"},
      {"academic_year", Function::academic_year, "academic_year(DATE)"},
      {"is_working_day", Function::is_working_day, "is_working_day(DATE)"},
      {"next_working_day", Function::next_working_day, "next_working_day(DATE)"},
  };
  return table;
}

const FunctionDef* find_function(std::string_view name) {
  for (const auto& def : functions()) {
    if (def.name == name) return &def;
  }
  return nullptr;
}

namespace {

// Whether `short_name`'s letters appear in `name` in order, first letters
// equal (case-insensitive): `cnt` in `count`, `nxt_wd` in `next_working_day`.
bool abbreviates(std::string_view short_name, std::string_view name) {
  auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
  if (short_name.empty() || name.empty() || lower(short_name[0]) != lower(name[0])) return false;
  std::size_t at = 0;
  for (char c : name) {
    if (at < short_name.size() && lower(short_name[at]) == lower(c)) ++at;
  }
  return at == short_name.size();
}

}  // namespace

const FunctionDef* suggest_function(std::string_view wrong) {
  std::vector<std::string> names;
  for (const auto& def : functions()) names.emplace_back(def.name);
  if (auto best = closest_name(wrong, names)) return find_function(*best);
  const FunctionDef* shortest = nullptr;
  for (const auto& def : functions()) {
    if (def.name.size() <= wrong.size() || !abbreviates(wrong, def.name)) continue;
    if (shortest == nullptr || def.name.size() < shortest->name.size()) shortest = &def;
  }
  return shortest;
}

}  // namespace apdr::check
