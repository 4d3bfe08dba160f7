#pragma once
// What has happened cannot be after the day it is looked at from: a cycle's
// `started` or `reviewed` date after the evaluation date is an error
// (DESIGN "Profiles"), whether that date is the profile's `as_of`, a
// `--as-of` given on the command line, or today. An agreed `review_due` may
// be later: it is a plan.
#include <string_view>

#include "core/date.hpp"
#include "core/diagnostic.hpp"
#include "profile/profile.hpp"

namespace apdr::profile {

// Adds an E063 error at each cycle whose `started` or `reviewed` is after
// `evaluation_date`; `date_name` says which date that is in the message
// ("the profile's as_of date", "the evaluation date").
void check_history_dates(const Profile& profile, Date evaluation_date, std::string_view date_name,
                         Diagnostics& diagnostics);

}  // namespace apdr::profile
