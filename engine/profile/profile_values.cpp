#include "profile/profile_values.hpp"

#include "profile/text_values.hpp"

namespace apdr::profile {

IdProblem id_problem(std::string_view text) {
  bool blank = std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t'; });
  if (blank) return IdProblem::blank;
  bool control = std::any_of(text.begin(), text.end(),
                             [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
  return control ? IdProblem::control : IdProblem::none;
}

std::optional<std::string> schema_level(const std::string& text, const Schema& schema) {
  // A census SEN provision code (K) means the root level declaring it,
  // since that is how schools' systems export a pupil's level.
  if (auto census = schema.census_levels.find(text); census != schema.census_levels.end()) return census->second;
  // With no ladder to check against (a profile validated on its own) any
  // id is kept; the evaluator always supplies one.
  if (schema.level_ids.empty() || std::find(schema.level_ids.begin(), schema.level_ids.end(), text) !=
                                      schema.level_ids.end()) {
    return text;
  }
  return std::nullopt;
}

std::optional<long long> year_group_value(std::string_view text) {
  auto number = parse_integer_text(text);
  if (number && *number >= -1 && *number <= 14) return number;
  return std::nullopt;
}

bool code_fits_area(const CensusCode& code, std::optional<Area> need_area) {
  return !code.area || !need_area || *code.area == *need_area;
}

void sort_cycles(std::vector<Cycle>& cycles) {
  auto before = [](const Cycle& a, const Cycle& b) {
    if (!a.started || !b.started) return !a.started && b.started;
    return *a.started < *b.started;
  };
  // Cycles are nearly always given oldest first, and std::stable_sort
  // takes a buffer from the heap even for those.
  if (!std::is_sorted(cycles.begin(), cycles.end(), before)) std::stable_sort(cycles.begin(), cycles.end(), before);
}

}  // namespace apdr::profile
