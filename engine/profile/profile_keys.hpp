#pragma once
// The keys of each place of a profile and the words its closed sets take.
// The reader checks profiles against these (E003, E064) and `apdr schema
// profile` builds its JSON Schema from them, so the two cannot drift apart.
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "profile/profile.hpp"

namespace apdr::profile {

template <typename E>
struct EnumValue { std::string_view id; E value; };

inline constexpr std::array<EnumValue<Phase>, 4> phases = {{{"early_years", Phase::early_years},
                                                            {"primary", Phase::primary},
                                                            {"secondary", Phase::secondary},
                                                            {"post16", Phase::post16}}};
inline constexpr std::array<EnumValue<Setting>, 5> settings = {{{"mainstream", Setting::mainstream},
                                                               {"resourced", Setting::resourced},
                                                               {"special", Setting::special},
                                                               {"alternative", Setting::alternative},
                                                               {"home", Setting::home}}};
inline constexpr std::array<EnumValue<Outcome>, 3> outcomes = {
    {{"met", Outcome::met}, {"partly_met", Outcome::partly_met}, {"not_met", Outcome::not_met}}};
inline constexpr std::array<EnumValue<RequestedBy>, 3> requesters = {{{"parent", RequestedBy::parent},
                                                                     {"young_person", RequestedBy::young_person},
                                                                     {"school", RequestedBy::school}}};
inline constexpr std::array<EnumValue<Decision>, 2> decisions = {
    {{"agreed", Decision::agreed}, {"refused", Decision::refused}}};
inline constexpr std::array<EnumValue<ReviewOutcome>, 3> review_outcomes = {
    {{"maintain", ReviewOutcome::maintain}, {"amend", ReviewOutcome::amend}, {"cease", ReviewOutcome::cease}}};

// The ids of one closed set, in order, for messages and the schema.
template <typename E, std::size_t N>
std::vector<std::string> ids_of(const std::array<EnumValue<E>, N>& values) {
  std::vector<std::string> ids;
  for (const auto& entry : values) ids.emplace_back(entry.id);
  return ids;
}

namespace profile_keys {

inline const std::vector<std::string> top = {"apdr-profile", "id",       "as_of",  "pupil", "needs",
                                             "cycles",       "in_place", "ehc",    "inputs"};
inline const std::vector<std::string> pupil = {"date_of_birth", "year_group", "phase", "setting"};
inline const std::vector<std::string> need = {"area", "codes", "level", "awaiting_assessment"};
inline const std::vector<std::string> cycle = {"area",    "level",       "started",   "reviewed",
                                               "outcome", "advice_from", "review_due"};
inline const std::vector<std::string> ehc = {"requested",   "requested_by", "decided",     "decision",
                                             "draft_issued", "plan_issued", "last_review",
                                             "review_notice", "review_outcome", "amendment_notice",
                                             "amended", "mediation_certificate"};

}  // namespace profile_keys
}  // namespace apdr::profile
