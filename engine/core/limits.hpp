#pragma once
// Limits that keep hostile or broken input from exhausting memory, stack or
// time. Each is generous for any real toolkit and each, when passed, gives an
// E011 diagnostic naming the limit. docs/limits.md lists them.
#include <cstddef>

namespace apdr::limits {

inline constexpr std::size_t max_file_bytes = 4 * 1024 * 1024;   // one rule or profile file
inline constexpr std::size_t max_yaml_depth = 64;                // nested mappings/lists
inline constexpr std::size_t max_yaml_nodes = 200'000;           // nodes in one file, aliases expanded
inline constexpr std::size_t max_expression_bytes = 4096;        // one expression's text
inline constexpr std::size_t max_expression_depth = 64;          // nesting of one expression
inline constexpr std::size_t max_expression_tree_depth = 256;    // operations inside one another, chains included
inline constexpr std::size_t max_include_depth = 8;              // include inside include
inline constexpr std::size_t max_files_per_rule_set = 256;       // includes, all told
// One rule set's files together: without these, 256 files of 4 MiB each
// would be a gigabyte to hold and check. A rule set at both limits checks in
// a few seconds (docs/limits.md has the figures).
inline constexpr std::size_t max_rule_set_bytes = 16 * 1024 * 1024;
inline constexpr std::size_t max_rule_set_entries = 20'000;     // sources, levels, holidays, parameters, inputs,
                                                                 // derived values, provision, steps, information, rules
inline constexpr std::size_t max_extends_depth = 16;             // length of an extends chain
inline constexpr std::size_t max_cohort_row_bytes = 1024 * 1024; // one CSV/JSONL row
// Not a limit on input but on what messages give back of it: the bytes of a
// file's line quoted under a diagnostic, and of a value quoted in a message.
inline constexpr std::size_t max_quoted_bytes = 40;

}  // namespace apdr::limits
