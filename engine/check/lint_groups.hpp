#pragma once
// Grouping warnings for people: when one lint gives many warnings of the
// same code in one file (24 entries without `plain` wording, say), text
// output shows one warning with the count and the first few ids instead of
// a screenful of the same advice. Programs get every warning regardless
// (`apdr check --format json` marks each with its group).
#include <cstddef>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace apdr::check {

// More than this many warnings of one code in one file are grouped.
inline constexpr std::size_t group_above = 3;
// How many ids a grouped warning names before "… (and N more)".
inline constexpr std::size_t group_names_shown = 3;

struct WarningGroup {
  Code code = Code::WarningBase;
  std::string file;
  std::vector<std::size_t> members;  // indices into Diagnostics::all(), in list order
};

// The groups of `diagnostics` (sorted first), in the order of each group's
// first warning. Warnings in no group are not listed.
std::vector<WarningGroup> group_warnings(const Diagnostics& diagnostics, std::size_t above = group_above);

// The one warning that stands for `group`: at its first member's place, with
// the count and the first ids in the message, and every line in a note.
Diagnostic grouped_warning(const Diagnostics& diagnostics, const WarningGroup& group);

// `diagnostics` with each group's members replaced by its one warning.
Diagnostics with_groups(const Diagnostics& diagnostics, const std::vector<WarningGroup>& groups);

}  // namespace apdr::check
