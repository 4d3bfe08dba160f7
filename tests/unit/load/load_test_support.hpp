#pragma once
// Helpers for the load tests: throwaway folders of rule files, and a
// finder for the diagnostic a test expects.
#include <filesystem>
#include <optional>
#include <random>
#include <string>

#include "core/diagnostic.hpp"
#include "load/load.hpp"

namespace apdr::load_test {

namespace fs = std::filesystem;

// A fresh folder under the system temp folder, removed with everything in
// it when the test ends.
class TempFolder {
 public:
  TempFolder() {
    std::random_device random;
    path_ = fs::temp_directory_path() /
            ("apdr-load-test-" + std::to_string(random()) + "-" + std::to_string(random()));
    fs::create_directories(path_);
    path_ = fs::canonical(path_);
  }
  ~TempFolder() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  // Writes `text` to `relative` (creating folders) and returns its path.
  std::string write(const std::string& relative, const std::string& text) const {
    fs::path file = path_ / relative;
    fs::create_directories(file.parent_path());
    std::FILE* out = std::fopen(file.c_str(), "wb");
    std::fwrite(text.data(), 1, text.size(), out);
    std::fclose(out);
    return file.string();
  }
  std::string at(const std::string& relative) const { return (path_ / relative).string(); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// One load: the chain (if any), what was reported, and the texts read.
struct Loaded {
  std::optional<syntax::Chain> chain;
  Diagnostics diagnostics;
  SourceStore sources;

  // The first diagnostic with `code`, or nullptr.
  const Diagnostic* find(Code code) const {
    for (const auto& item : diagnostics.all()) {
      if (item.code == code) return &item;
    }
    return nullptr;
  }
  std::size_t count(Code code) const {
    std::size_t n = 0;
    for (const auto& item : diagnostics.all()) n += item.code == code ? 1 : 0;
    return n;
  }
  // Every diagnostic, one per line, for failure messages.
  std::string listing() const { return render_diagnostics(diagnostics, sources); }
};

inline Loaded load_path(const std::string& path) {
  Loaded loaded;
  loaded.chain = load::load_chain(path, loaded.sources, loaded.diagnostics);
  return loaded;
}

// Writes `text` as `name` in `folder` and loads it.
inline Loaded load_text(const TempFolder& folder, const std::string& text, const std::string& name = "rules.yaml") {
  return load_path(folder.write(name, text));
}

inline std::string source_dir() { return APDR_SOURCE_DIR; }

}  // namespace apdr::load_test
