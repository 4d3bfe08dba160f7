#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/stat.h>
#include <unistd.h>

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
  // A new output may hold a pupil's facts: its owner alone reads it,
  // whatever the umask.
  struct stat info {};
  REQUIRE(::stat(out.c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0600);
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

namespace {

mode_t mode_of(const fs::path& path) {
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  return info.st_mode & 0777;
}

}  // namespace

TEST_CASE("a new output is no more readable than the input it was made from") {
  TempFolder folder;
  fs::path input = folder.path / "cohort.csv";
  { std::ofstream(input) << "id\n"; }
  fs::permissions(input, fs::perms::owner_read);
  std::string error;
  REQUIRE(apdr::cli::write_file_atomically(folder.path / "out.jsonl", "x\n", error, {input.string(), "-"}));
  CHECK(mode_of(folder.path / "out.jsonl") == 0400);
}

TEST_CASE("a replaced output keeps its mode and its group") {
  TempFolder folder;
  fs::path out = folder.path / "report.html";
  { std::ofstream(out) << "old\n"; }
  ::chmod(out.c_str(), 0640);
  struct stat before {};
  REQUIRE(::stat(out.c_str(), &before) == 0);
  std::string error;
  REQUIRE(apdr::cli::write_file_atomically(out, "new\n", error));
  CHECK(read(out) == "new\n");
  struct stat after {};
  REQUIRE(::stat(out.c_str(), &after) == 0);
  CHECK((after.st_mode & 0777) == 0640);
  CHECK(after.st_gid == before.st_gid);
}

TEST_CASE("an output named through a symbolic link replaces the file it leads to, atomically") {
  TempFolder folder;
  fs::create_directories(folder.path / "real");
  fs::path target = folder.path / "real" / "out.json";
  { std::ofstream(target) << "old\n"; }
  ::chmod(target.c_str(), 0644);
  fs::path link = folder.path / "link.json";
  fs::create_symlink("real/out.json", link);
  std::string error;
  REQUIRE(apdr::cli::write_file_atomically(link, "new\n", error));
  CHECK(fs::is_symlink(link));  // still the link, not a plain file in its place
  CHECK(read(target) == "new\n");
  CHECK(mode_of(target) == 0644);
  CHECK(entries(folder.path) == 2);       // real/ and the link
  CHECK(entries(folder.path / "real") == 1);  // no temporary file left
}

TEST_CASE("a symbolic link that leads nowhere is refused, and nothing is made where it points") {
  TempFolder folder;
  fs::path link = folder.path / "out.json";
  fs::create_symlink(folder.path / "elsewhere.json", link);
  CHECK(apdr::cli::output_refusal(link.string(), {}).has_value());
  std::string error;
  CHECK_FALSE(apdr::cli::write_file_atomically(link, "x", error));
  CHECK(error.find("leads to no file") != std::string::npos);
  CHECK_FALSE(fs::exists(folder.path / "elsewhere.json"));
  CHECK(entries(folder.path) == 1);
}

TEST_CASE("an output that is the same file as an input is refused, however it is named") {
  TempFolder folder;
  fs::path input = folder.path / "cohort.jsonl";
  { std::ofstream(input) << "{}\n"; }
  fs::create_symlink(input, folder.path / "link.jsonl");
  fs::create_hard_link(input, folder.path / "hard.jsonl");
  std::vector<std::string> inputs = {"-", input.string()};
  for (const fs::path& out : {input, folder.path / "link.jsonl", folder.path / "hard.jsonl",
                              folder.path / "." / "cohort.jsonl"}) {
    auto refusal = apdr::cli::output_refusal(out.string(), inputs);
    REQUIRE(refusal);
    CHECK(refusal->find("same file as the input") != std::string::npos);
  }
  CHECK_FALSE(apdr::cli::output_refusal((folder.path / "new.jsonl").string(), inputs));
  CHECK_FALSE(apdr::cli::output_refusal("/dev/null", {"/dev/null"}));
  CHECK_FALSE(apdr::cli::output_refusal("-", inputs));
}

TEST_CASE("a device is written directly, never replaced") {
  std::string error;
  CHECK(apdr::cli::write_file_atomically("/dev/null", "x", error));
  CHECK(fs::is_character_file("/dev/null"));
}
