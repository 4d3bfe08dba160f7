#pragma once
// A problem found in a rule set, a profile or an answer, as the public API
// reports it: never thrown, never printed. Stand-alone: the standard library
// only (docs/embedding.md).
#include <string>
#include <vector>

namespace apdr::api {

struct Diagnostic {
  enum class Severity { error, warning };
  Severity severity = Severity::error;
  // "E001", "W002": docs/errors/ says what each means. "internal" for a
  // fault in apdr itself (memory ran out, a bug), never the input's.
  std::string code;
  std::string file;     // as the integrator named it ("toolkit.yaml", "profile"); empty for none
  int line = 0;         // 1-based; 0 when the problem has no position
  int column = 0;       // 1-based, in bytes; 0 when the problem has no position
  std::string message;
  std::vector<std::string> notes;  // "did you mean …", "first defined at …"
};

// `file:line:column: error[E001]: message`, then each note on a line of its
// own after "  note: ", as `apdr` prints them (without the quoted source line).
std::string to_text(const Diagnostic& diagnostic);

// True when any of `diagnostics` is an error.
bool has_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace apdr::api
