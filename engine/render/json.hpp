#pragma once
// The stable JSON of DESIGN.md's "Output (--format json)", for programs.
// Keys keep the documented order (ordered_json); every documented key is
// always present, with null where a value is unknown, so integrators never
// have to test whether a key exists. docs/output.md describes each field.
#include <nlohmann/json.hpp>

#include "core/diagnostic.hpp"
#include "evaluate/result.hpp"

namespace apdr::render {

struct JsonOptions {
  // The wording for people: `title` and `plain` of provision and steps,
  // `title`, `text` and `plain` of information (DESIGN 1.1 "Output").
  // `--compact` turns it off, for cohorts too large to carry it on every row.
  bool wording = true;
};

// The evaluation result as one JSON object:
// apdr, profile, as_of, rule_set, levels, provision, gaps, escalations,
// information, undetermined, then `notices` when there are any.
nlohmann::ordered_json to_json(const eval::Result& result, const JsonOptions& options = {});

// Diagnostics as a JSON array of
// {severity, code, file, line, column, message, notes}; line and column are
// null when the problem has no position (a command-line argument, say).
nlohmann::ordered_json diagnostics_to_json(const Diagnostics& diagnostics);

// Pretty-printed with two-space indents and a final newline. Text that is
// not valid UTF-8 (from a badly encoded rule file) is replaced with U+FFFD
// instead of failing the whole output.
std::string dump(const nlohmann::ordered_json& value);

}  // namespace apdr::render
