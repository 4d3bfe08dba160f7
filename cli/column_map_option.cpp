#include "column_map_option.hpp"

#include "profile/column_map.hpp"

namespace apdr::cli {

void add_columns_option(CLI::App& command, std::string& path) {
  command.add_option("--columns", path,
                     "Column map (MAP.yaml) for a school's own CSV export: which column is which, how values read");
}

std::string cohort_format_with_columns(const std::string& columns, const std::string& cohort,
                                       const std::string& cohort_format) {
  if (!columns.empty() && cohort_format.empty() && cohort == "-") return "csv";
  return cohort_format;
}

bool use_columns(const std::string& path, profile::CohortFormat format, const profile::Schema& schema,
                 profile::CohortReader& reader, SourceStore& sources, Diagnostics& diagnostics) {
  if (path.empty()) return true;
  if (format != profile::CohortFormat::csv) {
    diagnostics.error(Code::BadArgument, {}, "--columns reads a CSV export; this cohort is JSON Lines",
                      {"give the CSV file, or leave out --columns for a cohort in apdr's own form"});
    return false;
  }
  auto map = profile::load_column_map_file(path, schema, sources, diagnostics);
  if (!map) return false;
  reader.use_column_map(std::move(*map));
  return true;
}

}  // namespace apdr::cli
