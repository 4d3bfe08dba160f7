#pragma once
// What a profile's single values mean, apart from how they were written:
// the rules both readers of a profile apply, the tree reader
// (profile_reader.cpp, every format, with messages) and the JSON Lines fast
// reader (cohort_json_row.cpp, valid rows only, no messages). One place for
// each rule, so the two cannot come to read a row differently.
#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/area.hpp"
#include "profile/profile.hpp"
#include "profile/profile_keys.hpp"

namespace apdr::profile {

// An `id` a row may carry: not blank, no control character.
enum class IdProblem { none, blank, control };
IdProblem id_problem(std::string_view text);

// The level `text` names under `schema`: a census SEN provision code (`K`)
// is the root level declaring it; any id when the schema has no ladder (a
// profile validated on its own); nullopt for an id not on the ladder.
std::optional<std::string> schema_level(const std::string& text, const Schema& schema);

// A year group: a whole number from -1 (nursery) to 14.
std::optional<long long> year_group_value(std::string_view text);

// The value of a closed set's word, or nullopt for a word not in it.
template <typename E, std::size_t N>
std::optional<E> enum_value(std::string_view text, const std::array<EnumValue<E>, N>& allowed) {
  for (const auto& entry : allowed) {
    if (entry.id == text) return entry.value;
  }
  return std::nullopt;
}

// Whether census code `code` may be given under a need of `need_area` (OTH
// and NSA, which name no area, fit any; so does any code when the need's
// area is unknown).
bool code_fits_area(const CensusCode& code, std::optional<Area> need_area);

// Oldest first, as cycles(area) promises; unknown starts first, and equal
// starts keep the order the profile gave.
void sort_cycles(std::vector<Cycle>& cycles);

}  // namespace apdr::profile
