#pragma once
// Which reader a cohort needs, from --cohort-format or the file's name.
#include <optional>
#include <string>

#include "core/diagnostic.hpp"
#include "profile/cohort.hpp"

namespace apdr::cli {

// `format` ("jsonl", "csv" or empty) wins; otherwise .csv is CSV and
// .jsonl, .ndjson, .json or standard input ("-") are JSON Lines. Any other
// name is E090 asking for --cohort-format.
std::optional<profile::CohortFormat> cohort_format_of(const std::string& cohort, const std::string& format,
                                                      Diagnostics& diagnostics);

}  // namespace apdr::cli
