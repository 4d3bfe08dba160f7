#include "print_diagnostics.hpp"

#include <iostream>

#include "exit_code.hpp"
#include "terminal.hpp"

namespace apdr::cli {

void print_diagnostics(Diagnostics& diagnostics, const SourceStore& sources) {
  if (diagnostics.empty()) return;
  diagnostics.sort();
  // stdout may hold part of a report; keep the two streams in order on a
  // terminal that shows both.
  std::cout.flush();
  std::cerr << render_diagnostics(diagnostics, sources, colour_allowed(2));
  std::cerr.flush();
}

int fail_with(Diagnostics& diagnostics, const SourceStore& sources) {
  print_diagnostics(diagnostics, sources);
  return exit_invalid_input;
}

}  // namespace apdr::cli
