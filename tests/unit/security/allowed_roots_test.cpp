// `include` and `extends` never read outside the allowed roots, however the
// path is spelled: through symlinked files or folders, `..` after a
// symlink, embedded names that try to climb out, or symlink loops. A refused
// file is never read: it does not appear among the loaded sources.
// (tests/unit/load/file_errors_test.cpp covers plain `..`, absolute paths
// and a symlinked include file; these are the remaining spellings.)
#include <filesystem>

#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "load/load.hpp"
#include "temp_folder.hpp"

using namespace apdr;
using apdr::testing::TempFolder;

namespace {

namespace fs = std::filesystem;

struct Loaded {
  Diagnostics diagnostics;
  SourceStore sources;
  bool chain = false;

  bool has(Code code) const {
    for (const auto& d : diagnostics.all()) {
      if (d.code == code) return true;
    }
    return false;
  }
  std::string rendered() const { return render_diagnostics(diagnostics, sources); }
};

Loaded load_rule_set(const std::string& path) {
  Loaded out;
  out.chain = load::load_chain(path, out.sources, out.diagnostics).has_value();
  return out;
}

// True when no loaded source's text contains the secret marker.
bool secret_unread(const Loaded& loaded, const TempFolder& folder) {
  for (const char* name : {"secret/data.yaml", "secret/base.yaml"}) {
    if (loaded.sources.text((folder.path() / name).string()) != nullptr) return false;
  }
  return loaded.rendered().find("SECRET") == std::string::npos;
}

void write_secrets(const TempFolder& folder) {
  folder.write("secret/data.yaml", "rules: []  # SECRET\n");
  folder.write("secret/base.yaml", "apdr: 1\nid: secret-base  # SECRET\n");
}

}  // namespace

TEST_CASE("extends through a symlinked file that points outside the folder is E009 and is not read") {
  TempFolder folder;
  write_secrets(folder);
  std::string main = folder.write("set/main.yaml", "apdr: 1\nid: x\nextends: base.yaml\n");
  fs::create_symlink(folder.path() / "secret" / "base.yaml", folder.path() / "set" / "base.yaml");
  Loaded loaded = load_rule_set(main);
  INFO(loaded.rendered());
  CHECK(loaded.has(Code::IncludeOutsideFolder));
  CHECK_FALSE(loaded.chain);
  CHECK(secret_unread(loaded, folder));
}

TEST_CASE("include and extends through a symlinked folder that points outside are E009") {
  TempFolder folder;
  write_secrets(folder);
  fs::create_directories(folder.path() / "set");
  fs::create_directory_symlink(folder.path() / "secret", folder.path() / "set" / "shared");
  SECTION("include") {
    Loaded loaded = load_rule_set(folder.write("set/main.yaml", "apdr: 1\nid: x\ninclude: shared/data.yaml\n"));
    INFO(loaded.rendered());
    CHECK(loaded.has(Code::IncludeOutsideFolder));
    CHECK(secret_unread(loaded, folder));
  }
  SECTION("extends") {
    Loaded loaded = load_rule_set(folder.write("set/main.yaml", "apdr: 1\nid: x\nextends: shared/base.yaml\n"));
    INFO(loaded.rendered());
    CHECK(loaded.has(Code::IncludeOutsideFolder));
    CHECK(secret_unread(loaded, folder));
  }
}

TEST_CASE("`..` after a symlinked folder is resolved on the real path, not the spelled one") {
  // set/inner -> ../elsewhere/deeper; `inner/../data.yaml` spells a file in
  // set/ but is elsewhere/data.yaml on disk, outside the folder.
  TempFolder folder;
  folder.write("elsewhere/deeper/keep.yaml", "rules: []\n");
  folder.write("elsewhere/data.yaml", "rules: []  # SECRET\n");
  folder.write("set/data.yaml", "rules: []\n");
  fs::create_directory_symlink(folder.path() / "elsewhere" / "deeper", folder.path() / "set" / "inner");
  Loaded loaded = load_rule_set(folder.write("set/main.yaml", "apdr: 1\nid: x\ninclude: inner/../data.yaml\n"));
  INFO(loaded.rendered());
  // Either it is refused, or it read set/data.yaml; never the secret.
  CHECK(loaded.rendered().find("SECRET") == std::string::npos);
  CHECK(loaded.sources.text((folder.path() / "elsewhere" / "data.yaml").string()) == nullptr);
  if (!loaded.has(Code::IncludeOutsideFolder)) CHECK(loaded.diagnostics.error_count() == 0);
}

TEST_CASE("a symlink that stays inside the folder is followed") {
  TempFolder folder;
  folder.write("set/parts/real.yaml", "parameters: { linked: 1 }\n");
  fs::create_symlink(folder.path() / "set" / "parts" / "real.yaml", folder.path() / "set" / "alias.yaml");
  Loaded loaded = load_rule_set(folder.write("set/main.yaml", "apdr: 1\nid: x\ninclude: alias.yaml\n"));
  INFO(loaded.rendered());
  CHECK(loaded.chain);
  CHECK(loaded.diagnostics.error_count() == 0);
}

TEST_CASE("a symlink loop is an error, not a hang") {
  TempFolder folder;
  fs::create_directories(folder.path() / "set");
  fs::create_symlink(folder.path() / "set" / "b.yaml", folder.path() / "set" / "a.yaml");
  fs::create_symlink(folder.path() / "set" / "a.yaml", folder.path() / "set" / "b.yaml");
  Loaded included = load_rule_set(folder.write("set/main.yaml", "apdr: 1\nid: x\ninclude: a.yaml\n"));
  INFO(included.rendered());
  CHECK(included.diagnostics.has_errors());
  Loaded extended = load_rule_set(folder.write("set/main2.yaml", "apdr: 1\nid: y\nextends: a.yaml\n"));
  CHECK(extended.diagnostics.has_errors());
  CHECK_FALSE(extended.chain);
}

TEST_CASE("an embedded name cannot climb out of the embedded rule sets") {
  TempFolder folder;
  write_secrets(folder);
  for (const std::string name : {"apdr:../secret/base", "apdr:/etc/passwd", "apdr:national/../../secret/base",
                                 "apdr:", "apdr:national/national.yaml/.."}) {
    CAPTURE(name);
    Loaded loaded = load_rule_set(folder.write("set/main.yaml", "apdr: 1\nid: x\nextends: \"" + name + "\"\n"));
    INFO(loaded.rendered());
    CHECK(loaded.diagnostics.has_errors());
    CHECK_FALSE(loaded.chain);
    CHECK(secret_unread(loaded, folder));
  }
}

TEST_CASE("an include or extends naming a folder or a device is an error, never read") {
  TempFolder folder;
  fs::create_directories(folder.path() / "set" / "sub");
  for (const std::string line : {"include: sub", "extends: sub", "include: /dev/zero", "extends: /dev/zero",
                                 "include: /dev/stdin"}) {
    CAPTURE(line);
    Loaded loaded = load_rule_set(folder.write("set/main.yaml", "apdr: 1\nid: x\n" + line + "\n"));
    INFO(loaded.rendered());
    CHECK(loaded.diagnostics.has_errors());
  }
}

TEST_CASE("a named pipe in the folder is refused without being opened, so loading never blocks") {
  TempFolder folder;
  fs::create_directories(folder.path() / "set");
  std::string pipe = (folder.path() / "set" / "pipe.yaml").string();
  REQUIRE(::mkfifo(pipe.c_str(), 0600) == 0);
  for (const std::string line : {"include: pipe.yaml", "extends: pipe.yaml"}) {
    CAPTURE(line);
    Loaded loaded = load_rule_set(folder.write("set/main.yaml", "apdr: 1\nid: x\n" + line + "\n"));
    INFO(loaded.rendered());
    CHECK(loaded.has(Code::FileUnreadable));
    CHECK(loaded.rendered().find("not a regular file") != std::string::npos);
  }
}
