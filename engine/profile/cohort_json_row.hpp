#pragma once
// The fast path for JSON Lines cohorts: one row's JSON object read with
// simdjson straight into a Profile, with no yaml::Node tree between. It
// reads only rows it is certain to read exactly as the exact path does
// (yaml::read_yaml, then profile_from_tree) and gives up on every other: a
// syntax error, an unknown or repeated key, a wrong type, a value the
// schema refuses, anything that would give a warning, a byte outside
// printable ASCII, a `\` escape, the node limit. The caller then reads that
// row the exact way, which reports every problem at its line and column as
// it always has. Most rows of a real cohort are valid, so most take this
// path; tests/unit/batch/cohort_json_row_test.cpp and the fuzz_json_row
// target check that it agrees with the exact path.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "profile/profile.hpp"

namespace apdr::profile {

// The bytes simdjson may read past a row's end (SIMDJSON_PADDING; the .cpp
// checks they agree): a row's buffer must hold this many more than its text.
inline constexpr std::size_t json_row_padding = 64;

// The Profile of `text` (one line, without its line break, the `capacity`
// bytes from text.data() readable, at least text.size() + json_row_padding)
// read against `schema`, or nullopt when the exact path must read it.
// `line` and `file` place the needs and cycles as the exact path does;
// `default_id` is the id of a row that gives none. Never reports anything.
std::optional<Profile> read_json_row_fast(std::string_view text, std::size_t capacity, std::uint32_t line,
                                          const std::string& file, std::string_view default_id,
                                          const Schema& schema);

// The same into `into`, written over the profile an earlier row left there
// (its strings and lists kept and reused, so a warm reader hardly
// allocates); false when the exact path must read the row, and `into` then
// holds no profile worth reading.
bool read_json_row_fast(std::string_view text, std::size_t capacity, std::uint32_t line, const std::string& file,
                        std::string_view default_id, const Schema& schema, Profile& into);

}  // namespace apdr::profile
