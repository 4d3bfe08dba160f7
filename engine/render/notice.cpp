#include "render/notice.hpp"

#include <fmt/format.h>

namespace apdr::render {

std::string notice_text(const eval::Notice& notice) {
  using What = eval::Notice::What;
  switch (notice.what) {
    case What::proposal:
      return fmt::format("`{}` is a proposal, not law: nothing in it is in force.", notice.rule_set);
    case What::draft:
      return fmt::format("`{}` is a draft that its authority has not published.", notice.rule_set);
    case What::provisional_date:
      return fmt::format(
          "The date {} for \"{}\" counts working days after {}, the last day of the published list of bank "
          "holidays. It uses the usual pattern of bank holidays, so it would move if a holiday were added or "
          "moved.",
          notice.due ? notice.due->iso() : std::string(), notice.step,
          notice.listed_through ? notice.listed_through->iso() : std::string());
    case What::not_in_force: {
      std::string when = notice.from ? fmt::format("it takes effect on {}", notice.from->iso())
                                     : fmt::format("it ended on {}", notice.to ? notice.to->iso() : std::string());
      return fmt::format("Rule set `{}` is not in force on {}: {}. Its rules were left out.", notice.rule_set,
                         notice.as_of.iso(), when);
    }
  }
  return {};
}

std::vector<std::string> notice_texts(const eval::Result& result) {
  std::vector<std::string> out;
  out.reserve(result.notices.size());
  for (const auto& notice : result.notices) out.push_back(notice_text(notice));
  return out;
}

}  // namespace apdr::render
