#pragma once
// A JSON Lines row read the exact way, as CohortReader reads a row the fast
// path gives up on (yaml::read_yaml, then profile_from_tree), and the fast
// way from a padded copy: the two sides of the fast path's differential tests.
#include <optional>
#include <string>

#include "core/diagnostic.hpp"
#include "profile/cohort_json_row.hpp"
#include "profile/profile_reader.hpp"
#include "yaml/read_yaml.hpp"

namespace exact_row {

inline std::optional<apdr::profile::Profile> exact(const std::string& line, std::uint32_t at_line,
                                                   const std::string& file, const apdr::profile::Schema& schema,
                                                   apdr::Diagnostics& found) {
  apdr::yaml::Origin origin{file, at_line};
  origin.syntax = "JSON";  // as the cohort reader says it (profile/cohort.cpp)
  apdr::yaml::NodePtr tree = apdr::yaml::read_yaml(line, origin, found);
  if (!tree) return std::nullopt;
  return apdr::profile::profile_from_tree(*tree, "row-" + std::to_string(at_line), file, schema, found);
}

inline std::optional<apdr::profile::Profile> fast(const std::string& line, std::uint32_t at_line,
                                                  const std::string& file, const apdr::profile::Schema& schema) {
  std::string padded = line;
  padded.reserve(line.size() + apdr::profile::json_row_padding);
  return apdr::profile::read_json_row_fast(padded, padded.capacity(), at_line, file,
                                           "row-" + std::to_string(at_line), schema);
}

// The fast way into one Profile reused row after row, as `apdr batch`
// reads (each thread's rows into the last row's storage): what an earlier
// row left there, read or given up on, must never show in a later row.
inline std::optional<apdr::profile::Profile> fast_reused(const std::string& line, std::uint32_t at_line,
                                                         const std::string& file,
                                                         const apdr::profile::Schema& schema) {
  static apdr::profile::Profile reused;
  std::string padded = line;
  padded.reserve(line.size() + apdr::profile::json_row_padding);
  if (!apdr::profile::read_json_row_fast(padded, padded.capacity(), at_line, file, "row-" + std::to_string(at_line),
                                         schema, reused)) {
    return std::nullopt;
  }
  return reused;
}

}  // namespace exact_row
