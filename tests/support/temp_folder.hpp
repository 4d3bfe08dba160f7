#pragma once
// A fresh folder under the system's temporary directory, removed with
// everything in it when the object goes. Tests write rule files and
// profiles into one so that no test depends on another's files.
#include <filesystem>
#include <string>

namespace apdr::testing {

class TempFolder {
 public:
  TempFolder();
  ~TempFolder();
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  // Writes `text` to `name` (which may contain subfolders) and returns its path.
  std::string write(const std::string& name, const std::string& text) const;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace apdr::testing
