// "A rule set with a mistake anywhere gets a located message and a non-zero
// exit, never a crash." The shipped national rules and example profiles are
// broken in many seeded ways (a character deleted or inserted, a line lost,
// doubled or swapped); every variant must either build and evaluate, or fail
// with errors that each name a position. The seed is fixed, so a failure
// reproduces.
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "engine_fixture.hpp"

using namespace apdr;
using namespace apdr::testing;

namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream stream(text);
  for (std::string line; std::getline(stream, line);) lines.push_back(line);
  return lines;
}

std::string join(const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) text += line + "\n";
  return text;
}

std::string mutate(const std::string& text, std::mt19937& random) {
  static const std::string alphabet = ":{}[]-#\"' \n,()&<>=.0123456789abcxyz_";
  auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
  std::string result = text;
  auto lines = lines_of(text);
  switch (pick(6)) {
    case 0: if (!result.empty()) result.erase(pick(result.size()), 1); break;
    case 1: result.insert(pick(result.size() + 1), 1, alphabet[pick(alphabet.size())]); break;
    case 2: if (!lines.empty()) { lines.erase(lines.begin() + static_cast<long>(pick(lines.size()))); result = join(lines); } break;
    case 3: if (!lines.empty()) { auto i = pick(lines.size()); lines.insert(lines.begin() + static_cast<long>(i), lines[i]); result = join(lines); } break;
    case 4: if (lines.size() > 1) { auto i = pick(lines.size() - 1); std::swap(lines[i], lines[i + 1]); result = join(lines); } break;
    default: if (!result.empty()) result[pick(result.size())] = alphabet[pick(alphabet.size())]; break;
  }
  return result;
}

void require_located(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics.all()) {
    INFO(d.message);
    CHECK(!d.where.file.empty());
    // Only whole-file problems (an unreadable file, a limit) may lack a line.
    if (d.code != Code::FileUnreadable && d.code != Code::LimitExceeded) CHECK(d.where.line > 0);
  }
}

}  // namespace

TEST_CASE("mutated national rule files either build or fail with located errors, never crash") {
  const fs::path national = fs::path(APDR_SOURCE_DIR) / "rules" / "national";
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(national)) {
    if (entry.path().extension() == ".yaml" && entry.path().string().find(".test.") == std::string::npos) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  REQUIRE_FALSE(files.empty());

  std::vector<std::string> profiles;
  for (const auto& entry : fs::directory_iterator(fs::path(APDR_SOURCE_DIR) / "examples" / "profiles")) {
    auto ext = entry.path().extension();
    if (ext == ".yaml" || ext == ".json") profiles.push_back(read_file(entry.path()));
  }

  std::mt19937 random(20261122);
  int built = 0, rejected = 0;
  for (int round = 0; round < 150; ++round) {
    RuleFolder folder;
    const fs::path& victim = files[static_cast<std::size_t>(round) % files.size()];
    for (const auto& file : files) {
      std::string text = read_file(file);
      if (file == victim) text = mutate(text, random);
      folder.write(file.filename().string(), text);
    }
    CAPTURE(round, victim.filename().string());
    Built result;
    REQUIRE_NOTHROW(result = build((folder.path() / "national.yaml").string()));
    if (result.program) {
      ++built;
      // A variant that still builds must evaluate every example without harm.
      for (const auto& profile_text : profiles) {
        SourceStore sources;
        Diagnostics diagnostics;
        auto profile = profile::load_profile_text("p.yaml", profile_text, profile_schema(*result.program), sources, diagnostics);
        if (profile) REQUIRE_NOTHROW(evaluate(*result.program, *profile, std::nullopt, *Date::parse("2026-11-22")));
      }
    } else {
      ++rejected;
      CHECK(result.diagnostics.has_errors());
      require_located(result.diagnostics);
    }
  }
  // Both outcomes must occur, or the mutations are not exercising anything.
  CHECK(built > 0);
  CHECK(rejected > 0);
}

TEST_CASE("mutated example profiles either load or fail with located errors, never crash") {
  SourceStore rule_sources;
  Diagnostics rule_diagnostics;
  auto program = build_program("apdr:national", rule_sources, rule_diagnostics);
  REQUIRE(program);
  std::vector<std::string> profiles;
  for (const auto& entry : fs::directory_iterator(fs::path(APDR_SOURCE_DIR) / "examples" / "profiles")) {
    auto ext = entry.path().extension();
    if (ext == ".yaml" || ext == ".json") profiles.push_back(read_file(entry.path()));
  }
  std::sort(profiles.begin(), profiles.end());
  std::mt19937 random(42);
  int loaded = 0, rejected = 0;
  for (int round = 0; round < 600; ++round) {
    std::string text = mutate(profiles[static_cast<std::size_t>(round) % profiles.size()], random);
    CAPTURE(round, text);
    SourceStore sources;
    Diagnostics diagnostics;
    std::optional<profile::Profile> profile;
    REQUIRE_NOTHROW(profile = profile::load_profile_text("p.yaml", text, profile_schema(*program), sources, diagnostics));
    if (profile) {
      ++loaded;
      REQUIRE_NOTHROW(evaluate(*program, *profile, std::nullopt, *Date::parse("2026-11-22")));
    } else {
      ++rejected;
      CHECK(diagnostics.has_errors());
      require_located(diagnostics);
    }
  }
  CHECK(loaded > 0);
  CHECK(rejected > 0);
}
