#pragma once
// The four areas of need of the SEND Code of Practice (chapter 6), built into
// the engine with fixed ids, and the school census type codes within each.
#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace apdr {

enum class Area { communication_interaction, cognition_learning, semh, sensory_physical };

inline constexpr std::array<Area, 4> all_areas = {
    Area::communication_interaction, Area::cognition_learning, Area::semh, Area::sensory_physical};

std::string_view area_id(Area area);          // "semh"
std::string_view area_title(Area area);       // "Social, emotional and mental health"
std::optional<Area> parse_area(std::string_view id);
std::array<std::string, 4> area_ids();        // for "did you mean"

// Census SEN type codes: SLCN, ASD, SPLD, MLD, SLD, PMLD, SEMH, VI, HI, MSI,
// PD, plus OTH and NSA which belong to no area.
struct CensusCode { std::string_view code; std::optional<Area> area; std::string_view meaning; };
std::span<const CensusCode> census_codes();
const CensusCode* find_census_code(std::string_view code);

// What a rule rests on, strongest first. Output always carries it, so a
// family can tell law from local practice.
enum class Kind { statute, guidance, local_policy };
std::string_view kind_id(Kind kind);  // "statute", "guidance", "local-policy"
std::optional<Kind> parse_kind(std::string_view id);
// The stronger of two kinds (statute > guidance > local-policy).
inline Kind stronger(Kind a, Kind b) { return static_cast<int>(a) < static_cast<int>(b) ? a : b; }

}  // namespace apdr
