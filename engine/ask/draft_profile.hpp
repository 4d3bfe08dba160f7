#pragma once
// The profile `apdr ask` builds from a parent carer's answers, and its YAML
// text. The text goes through the engine's own profile reader before it is
// evaluated or saved, so a saved file always loads with `apdr eval`.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/area.hpp"
#include "core/date.hpp"

namespace apdr::ask {

struct DraftCycle {
  Area area = Area::semh;
  std::optional<Date> started;
  std::optional<Date> reviewed;
  std::optional<std::string> outcome;     // met | partly_met | not_met
  bool specialist_advice = false;
};

struct DraftProfile {
  std::string id = "my-child";
  Date as_of;
  std::optional<long long> year_group;
  std::optional<std::string> phase;
  std::optional<Date> date_of_birth;
  std::optional<std::string> setting;
  std::vector<Area> needs;
  std::optional<std::string> level;       // the same level for every area of need
  std::vector<DraftCycle> cycles;
  // What the family said is in place; std::nullopt when they did not know
  // (or were not asked), so the profile leaves it not recorded.
  std::optional<std::vector<std::string>> in_place;
  std::map<std::string, std::string> ehc;  // field → value text (a date or an enum value)
  // input name → its values (one for a single value, any number for a list)
  std::map<std::string, std::vector<std::string>> inputs;
  std::map<std::string, bool> input_is_list;
};

// The draft as an apdr-profile: 1 YAML document, with a comment saying it
// was written by `apdr ask`. Every value is a quoted scalar, which the
// profile reader reads by its declared type.
std::string to_yaml(const DraftProfile& draft);

// A YAML double-quoted scalar for any text.
std::string yaml_quote(const std::string& text);

// The stage of education for a school year: Nursery is early years,
// Reception to Year 6 primary, 7 to 11 secondary, 12 and above post-16.
std::string phase_for_year(long long year_group);

}  // namespace apdr::ask
