#include "batch/repeated_errors.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/quoted_value.hpp"

namespace apdr::batch {

bool RepeatedErrors::show(const profile::CohortRow& row) {
  if (row.error_column.empty() || row.diagnostics.error_count() != 1) return true;
  Code code = Code::InvalidValue;
  for (const auto& d : row.diagnostics.all()) {
    if (d.severity == Severity::error) code = d.code;
  }
  auto [at, fresh] = groups_.try_emplace({code, row.error_column});
  Group& group = at->second;
  ++group.rows;
  if (fresh) {
    group.code = code;
    group.column = row.error_column;
    group.first_row = row.row;
    return true;
  }
  if (group.later_rows.size() < listed_rows) group.later_rows.push_back(row.row);
  return false;
}

std::vector<RepeatedErrors::Group> RepeatedErrors::repeated() const {
  std::vector<Group> out;
  for (const auto& [key, group] : groups_) {
    if (group.rows > 1) out.push_back(group);
  }
  std::sort(out.begin(), out.end(), [](const Group& a, const Group& b) { return a.first_row < b.first_row; });
  return out;
}

std::string repeated_error_line(const RepeatedErrors::Group& group) {
  std::size_t more = group.rows - 1;
  std::string rows = fmt::format("{}", fmt::join(group.later_rows, ", "));
  if (more > group.later_rows.size()) rows += ", …";
  return fmt::format("{} in column `{}` again in {} more {} ({} {}): {} rows rejected for it in all; row {} above "
                     "shows the first",
                     code_name(group.code), quoted_value(group.column), more, more == 1 ? "row" : "rows",
                     more == 1 ? "row" : "rows", rows, group.rows, group.first_row);
}

}  // namespace apdr::batch
