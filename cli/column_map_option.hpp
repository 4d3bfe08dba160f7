#pragma once
// `--columns MAP.yaml` of `apdr batch` and `apdr diff`: a school's own CSV
// export read through a column map (docs/profiles.md, "Column maps").
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "core/diagnostic.hpp"
#include "profile/cohort.hpp"

namespace apdr::cli {

// Adds the option to `command`, filling `path`.
void add_columns_option(CLI::App& command, std::string& path);

// The --cohort-format a run uses: with a map, standard input is CSV.
std::string cohort_format_with_columns(const std::string& columns, const std::string& cohort,
                                       const std::string& cohort_format);

// Loads the map at `path` (nothing to do when it is empty) against `schema`
// and sets it on `reader`. False, with diagnostics, when the map is invalid
// or the cohort is not CSV (E090).
bool use_columns(const std::string& path, profile::CohortFormat format, const profile::Schema& schema,
                 profile::CohortReader& reader, SourceStore& sources, Diagnostics& diagnostics);

}  // namespace apdr::cli
