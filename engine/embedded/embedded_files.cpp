#include "embedded/embedded_files.hpp"

namespace apdr::embedded {

const EmbeddedFile* find(std::string_view path) {
  for (const auto& file : files()) {
    if (file.path == path) return &file;
  }
  return nullptr;
}

}  // namespace apdr::embedded
