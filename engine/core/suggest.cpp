#include "core/suggest.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

namespace apdr {
namespace {

// Optimal string alignment distance: insertions, deletions, substitutions
// and swaps of two neighbours each cost one, since "sehm" for "semh" is one
// slip of the fingers, not two.
std::size_t edit_distance(std::string_view a, std::string_view b, bool ignore_case) {
  auto same = [ignore_case](char x, char y) {
    if (!ignore_case) return x == y;
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  };
  const std::size_t columns = b.size() + 1;
  std::vector<std::size_t> table((a.size() + 1) * columns);
  auto at = [&](std::size_t i, std::size_t j) -> std::size_t& { return table[i * columns + j]; };
  for (std::size_t i = 0; i <= a.size(); ++i) at(i, 0) = i;
  for (std::size_t j = 0; j <= b.size(); ++j) at(0, j) = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = same(a[i - 1], b[j - 1]) ? 0 : 1;
      at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
      if (i > 1 && j > 1 && same(a[i - 1], b[j - 2]) && same(a[i - 2], b[j - 1])) {
        at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
      }
    }
  }
  return at(a.size(), b.size());
}

}  // namespace

std::optional<std::string> closest_name(std::string_view wrong, std::span<const std::string> candidates) {
  // Names longer than this are not typos of anything a person would write.
  if (wrong.size() > 64) return std::nullopt;
  std::optional<std::string> best;
  std::size_t best_distance = 0, best_exact = 0;
  for (const auto& candidate : candidates) {
    std::size_t distance = edit_distance(wrong, candidate, true);
    // Ties go to the candidate nearer with case counted: `semhh` suggests
    // `semh`, not the census code `SEMH`.
    std::size_t exact = edit_distance(wrong, candidate, false);
    if (!best || distance < best_distance || (distance == best_distance && exact < best_exact)) {
      best = candidate;
      best_distance = distance;
      best_exact = exact;
    }
  }
  // A third of the length, at least one and at most three edits, keeps
  // suggestions plausible ("semh" for "sem", not "age" for "sex").
  std::size_t allowed = std::clamp<std::size_t>(wrong.size() / 3, 1, 3);
  // A difference of case only (`SEMH` for `semh`) is worth saying; the
  // name itself is not.
  if (best && best_distance <= allowed && best_exact > 0) return best;
  return std::nullopt;
}

std::vector<std::string> did_you_mean(std::string_view wrong, std::span<const std::string> candidates) {
  if (auto best = closest_name(wrong, candidates)) return {fmt::format("did you mean `{}`?", *best)};
  return {};
}

}  // namespace apdr
