// The engine's diagnostics, copied into the public struct so no internal
// type crosses the API.
#include "apdr/diagnostic.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "api/public_program.hpp"

namespace apdr::api {

std::vector<Diagnostic> to_public(const Diagnostics& diagnostics) {
  std::vector<Diagnostic> out;
  out.reserve(diagnostics.all().size());
  for (const auto& d : diagnostics.all()) {
    Diagnostic p;
    p.severity = d.severity == Severity::error ? Diagnostic::Severity::error : Diagnostic::Severity::warning;
    p.code = code_name(d.code);
    p.file = d.where.file;
    p.line = static_cast<int>(d.where.line);
    p.column = static_cast<int>(d.where.column);
    p.message = d.message;
    p.notes = d.notes;
    out.push_back(std::move(p));
  }
  return out;
}

Diagnostic internal_error(const std::string& doing, const std::string& what) {
  Diagnostic d;
  d.code = "internal";
  d.message = "internal error while " + doing + ": " + what;
  d.notes.push_back("this is a fault in apdr, not in the input; please report it");
  return d;
}

std::string to_text(const Diagnostic& diagnostic) {
  std::string where;
  if (!diagnostic.file.empty()) {
    where = diagnostic.line > 0 ? fmt::format("{}:{}:{}: ", diagnostic.file, diagnostic.line, diagnostic.column)
                                : diagnostic.file + ": ";
  }
  std::string text = fmt::format("{}{}[{}]: {}", where,
                                 diagnostic.severity == Diagnostic::Severity::error ? "error" : "warning",
                                 diagnostic.code, diagnostic.message);
  for (const auto& note : diagnostic.notes) text += "\n  note: " + note;
  return text;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::error; });
}

}  // namespace apdr::api
