#pragma once
// What the two build tools (embed_rules_main.cpp, embed_syntax_main.cpp)
// share: bytes written as a C++ array, and the generated file written whole.
#include <filesystem>
#include <fstream>
#include <ostream>
#include <stdexcept>
#include <string>

namespace apdr::embedded::tool {

// The bytes as a char array initialiser. A raw string literal would break
// on `)"` in a rule file, and escapes in a literal are easy to get wrong.
inline void write_array(std::ostream& out, const std::string& name, const std::string& bytes) {
  out << "const char " << name << "[] = {";
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (i % 24 == 0) out << "\n ";
    out << ' ' << static_cast<int>(static_cast<signed char>(bytes[i])) << ',';
  }
  out << " 0};\n";
}

// Writes `text` to `path` whole or not at all: a build stopped half-way
// must not leave a file that looks finished.
inline void write_whole(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::path temporary = path;
  temporary += ".tmp";
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    file << text;
    if (!file.flush()) throw std::runtime_error("cannot write " + temporary.string());
  }
  std::filesystem::rename(temporary, path);
}

}  // namespace apdr::embedded::tool
