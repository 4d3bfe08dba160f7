#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/stat.h>

#include "atomic_file.hpp"

namespace fs = std::filesystem;

namespace {

// A fresh empty folder under the build tree's temp area, removed at the end.
struct TempFolder {
  fs::path path;
  TempFolder() {
    path = fs::temp_directory_path() / ("apdr-atomic-test-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempFolder() { fs::remove_all(path); }
};

std::string read(const fs::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::size_t entries(const fs::path& folder) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("an atomic write creates the file and leaves nothing else") {
  TempFolder folder;
  std::string error;
  fs::path out = folder.path / "out.json";
  REQUIRE(apdr::cli::write_file_atomically(out, "{\"a\": 1}\n", error));
  CHECK(error.empty());
  CHECK(read(out) == "{\"a\": 1}\n");
  CHECK(entries(folder.path) == 1);
  // Not the owner-only mode mkstemp uses: others may read it under a usual umask.
  struct stat info {};
  REQUIRE(::stat(out.c_str(), &info) == 0);
  mode_t mask = ::umask(0);
  ::umask(mask);
  CHECK((info.st_mode & 0777) == (0666 & ~mask));
}

TEST_CASE("an atomic write replaces an existing file whole") {
  TempFolder folder;
  std::string error;
  fs::path out = folder.path / "report.md";
  { std::ofstream(out) << "old contents that are longer than the new ones\n"; }
  REQUIRE(apdr::cli::write_file_atomically(out, "new\n", error));
  CHECK(read(out) == "new\n");
  CHECK(entries(folder.path) == 1);
}

TEST_CASE("a failed atomic write reports why and leaves no temp file") {
  TempFolder folder;
  std::string error;
  fs::path out = folder.path / "missing-folder" / "out.json";
  CHECK_FALSE(apdr::cli::write_file_atomically(out, "x", error));
  CHECK(error.find("cannot write") == 0);
  CHECK(error.find("No such file or directory") != std::string::npos);

  // Renaming onto a directory fails after the temp file was written.
  fs::create_directories(folder.path / "taken");
  error.clear();
  CHECK_FALSE(apdr::cli::write_file_atomically(folder.path / "taken", "x", error));
  CHECK_FALSE(error.empty());
  CHECK(entries(folder.path) == 1);  // only "taken": the temp file is gone
}
