#pragma once
// The diff for a person (a policy writer checking a draft toolkit): one
// block per pupil who is affected, in input order, then each change with the
// number of pupils it touches and their ids, then the count that proves no
// row was dropped. docs/diff.md shows an example.
#include <cstddef>
#include <string>

#include "diff/change.hpp"
#include "diff/heading.hpp"
#include "diff/summary.hpp"

namespace apdr::diff {

// At most this many ids are listed after a change in the text summary; the
// JSON lists them all.
inline constexpr std::size_t max_listed_pupils = 10;

// After a pupil's line for a statutory item lost, so it stands out.
inline constexpr const char* statute_lost_marker = "[STATUTE LOST]";

// Which rule sets, which cohort, which date.
std::string heading_text(const Heading& heading);

// The block for one row: its changes, or why both rule sets reject it.
// Empty for an unchanged pupil.
std::string pupil_text(const PupilChange& pupil);

// The summary and the closing count,
// "read N pupils: C changed, U unchanged, R rejected".
std::string summary_text(const DiffSummary& summary);

}  // namespace apdr::diff
