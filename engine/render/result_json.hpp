#pragma once
// The JSON of one evaluation result (DESIGN.md "Output (--format json)",
// docs/output.md), written straight into a string by one writer for both
// `apdr eval --format json` (pretty) and the lines of `apdr batch`
// (compact). Keys keep the documented order, and every documented key is
// always present, with null where a value is unknown.
#include <string>

#include "evaluate/result.hpp"
#include "render/json_writer.hpp"

namespace apdr::render {

// Writes `result` as one JSON object: apdr, profile, as_of, rule_set,
// levels, provision, gaps, escalations, information, undetermined, then
// `notices` when there are any. `wording` off (--compact) leaves out the
// titles and plain words of provision, steps and information.
void write_result_json(const eval::Result& result, JsonWriter& writer, bool wording = true);

// What `apdr eval --format json` prints: the pretty form and a newline.
std::string result_json(const eval::Result& result, bool wording = true);

// Appends the compact form, without a newline, as `apdr batch` writes a line.
void append_result_json_line(const eval::Result& result, std::string& out, bool wording = true);

}  // namespace apdr::render
