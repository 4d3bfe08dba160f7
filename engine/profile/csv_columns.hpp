#pragma once
// The columns of a CSV cohort and how one CSV record becomes the same YAML
// tree a profile file gives, so CSV rows are validated by exactly the same
// code, with each message pointing at the field (and, for lists, the item)
// that is wrong.
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "profile/csv_records.hpp"
#include "profile/profile.hpp"
#include "yaml/read_yaml.hpp"

namespace apdr::profile {

// Every column name a CSV cohort's header may use under `schema`, in the
// order docs/profiles.md lists them.
std::vector<std::string> cohort_column_names(const Schema& schema);

// Checks the header record: every column known (E003, or E062 for an
// `input_` column naming no declared input), none repeated (E013).
// Returns the column names, or an empty list after an error.
std::vector<std::string> read_csv_header(const CsvRecord& header, const std::string& file,
                                         const Schema& schema, Diagnostics& diagnostics);

// The profile tree of one data record under `columns` (same count, checked
// by the caller). Problems that only CSV can have (a cycle entry with the
// wrong number of parts, a code with no need to sit under) are reported here.
yaml::NodePtr csv_row_tree(const CsvRecord& record, const std::vector<std::string>& columns,
                         const std::string& file, const Schema& schema, Diagnostics& diagnostics);

}  // namespace apdr::profile
