#include "profile/history_dates.hpp"

#include <fmt/format.h>

namespace apdr::profile {

void check_history_dates(const Profile& profile, Date evaluation_date, std::string_view date_name,
                         Diagnostics& diagnostics) {
  for (const auto& cycle : profile.cycles) {
    if (cycle.started && *cycle.started > evaluation_date) {
      diagnostics.error(Code::ProfileBadDate, cycle.where,
                        fmt::format("this cycle started {}, after {} {}", cycle.started->iso(), date_name,
                                    evaluation_date.iso()));
    } else if (cycle.reviewed && *cycle.reviewed > evaluation_date) {
      diagnostics.error(Code::ProfileBadDate, cycle.where,
                        fmt::format("this cycle was reviewed {}, after {} {}", cycle.reviewed->iso(), date_name,
                                    evaluation_date.iso()));
    }
  }
}

}  // namespace apdr::profile
