#pragma once
// What a diff compares, for the top of its output: the two rule sets as
// named on the command line with their ids, the cohort, and the date.
#include <optional>
#include <string>

#include "core/date.hpp"

namespace apdr::diff {

struct Heading {
  std::string old_rules, old_id;  // the path or apdr:NAME given, and the rule set's id
  std::string new_rules, new_id;
  std::string cohort;             // the path given, or "-"
  std::optional<Date> as_of;      // --as-of; nullopt: each row's own as_of, else today
};

}  // namespace apdr::diff
