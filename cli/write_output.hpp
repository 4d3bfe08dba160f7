#pragma once
// Where a verb's document goes: a file (written whole, or not at all) or
// standard output, with a failed write reported rather than lost.
#include <string>
#include <string_view>
#include <vector>

namespace apdr::cli {

// Writes `document` to `path` atomically, or to standard output when `path`
// is empty or "-". `what` names the document in an error ("the report").
// Returns the verb's exit code.
int write_document(const std::string& path, const std::string& document, std::string_view what,
                   const std::vector<std::string>& inputs = {});

// exit_invalid_input, after saying why, when `path` may not be written as an
// output made from `inputs` (see output_refusal); exit_ok otherwise.
int refuse_output(const std::string& path, const std::vector<std::string>& inputs);

// Flushes standard output; exit_internal_error (after saying so) when the
// write failed, for example on a full disk or a closed pipe.
int finish_standard_output(std::string_view what);

}  // namespace apdr::cli
