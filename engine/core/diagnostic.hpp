#pragma once
// Problems in a user's input are data, not exceptions: each stage appends
// Diagnostics to a list and keeps going, so one run reports every error it
// can. Nothing in the engine prints; the CLI renders the list.
#include <string>
#include <vector>

#include "core/diagnostic_code.hpp"
#include "core/source.hpp"

namespace apdr {

struct Diagnostic {
  Severity severity = Severity::error;
  Code code = Code::InvalidValue;
  SourceLocation where;
  std::string message;
  std::vector<std::string> notes;  // "did you mean …", "first defined at …"
  // False when the line must not be quoted under the message, whatever the
  // file: one that is plainly another kind (a cohort given as a rule set)
  // may hold a pupil's facts on every line.
  bool quote_source = true;
};

class Diagnostics {
 public:
  void error(Code code, SourceLocation where, std::string message,
             std::vector<std::string> notes = {});
  void warning(Code code, SourceLocation where, std::string message,
               std::vector<std::string> notes = {});
  // Every message and note is bounded as it is added: line breaks become
  // spaces, and a backquoted span that held one, or that is longer than 160
  // bytes, is cut to limits::max_quoted_bytes with "…", so no message can
  // carry a whole file.
  void add(Diagnostic diagnostic);
  void append(const Diagnostics& other);

  bool has_errors() const { return error_count_ > 0; }
  std::size_t error_count() const { return error_count_; }
  const std::vector<Diagnostic>& all() const { return items_; }
  bool empty() const { return items_.empty(); }
  // Orders by file, line, column, then code, and drops exact duplicates, so
  // output does not depend on the order stages happened to find things.
  void sort();

 private:
  std::vector<Diagnostic> items_;
  std::size_t error_count_ = 0;
};

// `file:line:column: error[E021]: message`, then the source line (at most
// limits::max_quoted_bytes of it, around the column) and a caret under the
// column, then the notes. Without a known position, just the first
// line. `colour` adds ANSI colours for a terminal.
std::string render_diagnostic(const Diagnostic& diagnostic, const SourceStore& sources,
                              bool colour = false);
std::string render_diagnostics(const Diagnostics& diagnostics, const SourceStore& sources,
                               bool colour = false);

}  // namespace apdr
