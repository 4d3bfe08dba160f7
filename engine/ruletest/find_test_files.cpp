#include "ruletest/find_test_files.hpp"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

namespace apdr::ruletest {

namespace fs = std::filesystem;

bool is_test_file_name(const std::string& name) {
  const std::string suffix = ".test.yaml";
  return name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::vector<std::string> find_test_files(const std::vector<std::string>& paths, Diagnostics& diagnostics) {
  std::vector<std::string> result;
  auto add = [&](const std::string& file) {
    if (std::find(result.begin(), result.end(), file) == result.end()) result.push_back(file);
  };
  for (const auto& path : paths) {
    std::error_code error;
    auto status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      diagnostics.error(Code::FileUnreadable, {path, 0, 0}, "no such file or folder");
      continue;
    }
    if (!fs::is_directory(status)) {
      add(path);  // named explicitly: run it whatever its name
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
      std::error_code ignored;
      if (it->is_regular_file(ignored) && is_test_file_name(it->path().filename().string())) {
        found.push_back(it->path().lexically_normal().string());
      }
    }
    if (error) {
      diagnostics.error(Code::FileUnreadable, {path, 0, 0}, fmt::format("cannot read this folder: {}", error.message()));
      continue;
    }
    if (found.empty()) {
      diagnostics.error(Code::BadArgument, {path, 0, 0}, "no *.test.yaml files in this folder");
      continue;
    }
    std::sort(found.begin(), found.end());
    for (const auto& file : found) add(file);
  }
  return result;
}

}  // namespace apdr::ruletest
