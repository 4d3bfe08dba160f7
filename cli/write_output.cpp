#include "write_output.hpp"

#include <iostream>

#include "atomic_file.hpp"
#include "exit_code.hpp"

namespace apdr::cli {

int refuse_output(const std::string& path, const std::vector<std::string>& inputs) {
  if (auto refusal = output_refusal(path, inputs)) {
    std::cerr << "error: " << *refusal << '\n';
    return exit_invalid_input;
  }
  return exit_ok;
}

int write_document(const std::string& path, const std::string& document, std::string_view what,
                   const std::vector<std::string>& inputs) {
  if (path.empty() || path == "-") {
    std::cout << document;
    return finish_standard_output(what);
  }
  if (int refused = refuse_output(path, inputs); refused != exit_ok) return refused;
  std::string error;
  if (!write_file_atomically(path, document, error, inputs)) {
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
