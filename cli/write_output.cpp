#include "write_output.hpp"

#include <iostream>

#include "atomic_file.hpp"
#include "exit_code.hpp"

namespace apdr::cli {

int write_document(const std::string& path, const std::string& document, std::string_view what) {
  if (path.empty() || path == "-") {
    std::cout << document;
    return finish_standard_output(what);
  }
  std::string error;
  if (!write_file_atomically(path, document, error)) {
    std::cerr << "error: " << error << '\n';
    return exit_invalid_input;
  }
  return exit_ok;
}

int finish_standard_output(std::string_view what) {
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "error: could not write " << what << " to standard output\n";
    return exit_internal_error;
  }
  return exit_ok;
}

}  // namespace apdr::cli
