#pragma once
// A pupil's need profile, validated. Every fact the profile leaves out is
// std::nullopt (unknown to the rules); every list it leaves out is empty,
// except `in_place`, which is then not recorded.
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/area.hpp"
#include "core/date.hpp"
#include "core/source.hpp"

namespace apdr::profile {

enum class Phase { early_years, primary, secondary, post16 };
enum class Setting { mainstream, resourced, special, alternative, home };
enum class Outcome { met, partly_met, not_met };
enum class RequestedBy { parent, young_person, school };
enum class Decision { agreed, refused };
enum class ReviewOutcome { maintain, amend, cease };

struct Need {
  Area area = Area::semh;
  std::optional<std::string> level;          // a level id of the rule set's ladder (local or root)
  std::vector<std::string> codes;            // census codes, e.g. SLCN
  std::vector<std::string> awaiting_assessment;
  SourceLocation where;
};

struct Cycle {
  Area area = Area::semh;
  std::optional<std::string> level;
  std::optional<Date> started;
  std::optional<Date> reviewed;
  std::optional<Outcome> outcome;
  std::vector<std::string> advice_from;
  SourceLocation where;
};

struct Pupil {
  std::optional<Date> date_of_birth;
  std::optional<long long> year_group;       // -1 nursery … 14; reception is 0
  std::optional<Phase> phase;
  std::optional<Setting> setting;
};

struct Ehc {
  std::optional<Date> requested;
  std::optional<RequestedBy> requested_by;
  std::optional<Date> decided;
  std::optional<Decision> decision;
  std::optional<Date> draft_issued;
  std::optional<Date> plan_issued;
  std::optional<Date> last_review;                 // the date of the last review meeting
  std::optional<Date> review_notice;               // the LA's notice after that review (reg 20(10))
  std::optional<ReviewOutcome> review_outcome;     // what that notice decided
  std::optional<Date> amendment_notice;            // proposed amendments sent (reg 22(2))
  std::optional<Date> amended;                     // the amended plan issued (reg 22(3))
  std::optional<Date> mediation_certificate;
};

// The value of a rule-set input. number, integer and percent are doubles;
// one_of is its value's text; list is a list of texts.
using InputValue = std::variant<bool, double, Date, Duration, std::string, std::vector<std::string>>;

struct Profile {
  std::string id;
  std::optional<Date> as_of;
  Pupil pupil;
  std::vector<Need> needs;      // at most one per area: a second need in the same area is an error
  std::vector<Cycle> cycles;    // sorted oldest first by `started` (unknown starts first, stable)
  // The provision ids recorded as in place. std::nullopt: the profile does
  // not record what is in place (DESIGN 1.1 "not recorded"), which is not
  // the same as nothing being in place (an empty list).
  std::optional<std::vector<std::string>> in_place;
  Ehc ehc;
  std::map<std::string, InputValue> inputs;
  // Cells of the columns a cohort's column map keeps (`keep:`), in the
  // map's order, carried through untouched into the batch output's row.
  std::vector<std::string> kept;
  std::string file;             // where it was read from, for messages
};

// What a profile may contain beyond the built-in schema: the rule set's
// ladder and its declared inputs.
struct InputSpec {
  std::string type;                  // number | integer | percent | bool | date | duration | text | one_of | list
  std::vector<std::string> values;   // for one_of
  std::string item_type = "text";    // for list
};

struct Schema {
  std::vector<std::string> level_ids;       // local ladder, lowest first, then root ids not already there
  std::map<std::string, InputSpec> inputs;
  std::vector<std::string> provision_ids;   // for a warning when in_place names an unknown item
};

}  // namespace apdr::profile
