#include "cohort_format.hpp"

#include <filesystem>

#include <fmt/format.h>

namespace apdr::cli {

std::optional<profile::CohortFormat> cohort_format_of(const std::string& cohort, const std::string& format,
                                                      Diagnostics& diagnostics) {
  std::string name = format;
  if (name.empty()) {
    std::string extension = cohort == "-" ? ".jsonl" : std::filesystem::path(cohort).extension().string();
    if (extension == ".csv") name = "csv";
    else if (extension == ".jsonl" || extension == ".ndjson" || extension == ".json") name = "jsonl";
    else {
      diagnostics.error(Code::BadArgument, {}, fmt::format("cannot tell the format of `{}` from its name", cohort),
                        {"name it .jsonl or .csv, or give --cohort-format jsonl|csv"});
      return std::nullopt;
    }
  }
  return name == "csv" ? profile::CohortFormat::csv : profile::CohortFormat::jsonl;
}

}  // namespace apdr::cli
