#include "core/area.hpp"

namespace apdr {

std::string_view area_id(Area area) {
  switch (area) {
    case Area::communication_interaction: return "communication_interaction";
    case Area::cognition_learning: return "cognition_learning";
    case Area::semh: return "semh";
    case Area::sensory_physical: return "sensory_physical";
  }
  return "";
}

std::string_view area_title(Area area) {
  switch (area) {
    case Area::communication_interaction: return "Communication and interaction";
    case Area::cognition_learning: return "Cognition and learning";
    case Area::semh: return "Social, emotional and mental health";
    case Area::sensory_physical: return "Sensory and/or physical";
  }
  return "";
}

std::optional<Area> parse_area(std::string_view id) {
  for (Area area : all_areas) {
    if (area_id(area) == id) return area;
  }
  return std::nullopt;
}

std::array<std::string, 4> area_ids() {
  std::array<std::string, 4> ids;
  for (std::size_t i = 0; i < all_areas.size(); ++i) ids[i] = std::string(area_id(all_areas[i]));
  return ids;
}

std::span<const CensusCode> census_codes() {
  static constexpr CensusCode codes[] = {
      {"SLCN", Area::communication_interaction, "speech, language and communication needs"},
      {"ASD", Area::communication_interaction, "autistic spectrum disorder"},
      {"SPLD", Area::cognition_learning, "specific learning difficulty"},
      {"MLD", Area::cognition_learning, "moderate learning difficulty"},
      {"SLD", Area::cognition_learning, "severe learning difficulty"},
      {"PMLD", Area::cognition_learning, "profound and multiple learning difficulty"},
      {"SEMH", Area::semh, "social, emotional and mental health"},
      {"VI", Area::sensory_physical, "vision impairment"},
      {"HI", Area::sensory_physical, "hearing impairment"},
      {"MSI", Area::sensory_physical, "multi-sensory impairment"},
      {"PD", Area::sensory_physical, "physical disability"},
      {"OTH", std::nullopt, "other difficulty or disability"},
      {"NSA", std::nullopt, "SEN support but no specialist assessment of type of need"},
  };
  return codes;
}

const CensusCode* find_census_code(std::string_view code) {
  for (const auto& entry : census_codes()) {
    if (entry.code == code) return &entry;
  }
  return nullptr;
}

std::string_view kind_id(Kind kind) {
  switch (kind) {
    case Kind::statute: return "statute";
    case Kind::guidance: return "guidance";
    case Kind::local_policy: return "local-policy";
  }
  return "";
}

std::optional<Kind> parse_kind(std::string_view id) {
  if (id == "statute") return Kind::statute;
  if (id == "guidance") return Kind::guidance;
  if (id == "local-policy") return Kind::local_policy;
  return std::nullopt;
}

}  // namespace apdr
