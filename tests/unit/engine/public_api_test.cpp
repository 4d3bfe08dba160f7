// The public API of docs/embedding.md, used as an integrator would: a rule
// set built from text through an include resolver, profiles evaluated to
// the JSON `apdr eval --format json` prints, Evaluators on two threads over
// one program, and the interview of `apdr ask`.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include <apdr/apdr.hpp>

using namespace apdr::api;

namespace {

const std::map<std::string, std::string> parts = {
    {"parts/provision.yaml",
     "apdr: 1\n"
     "provision:\n"
     "  quiet-space:\n"
     "    area: semh\n"
     "    level: universal\n"
     "    title: A quiet space to go to\n"
     "    plain: Somewhere calm to go when things feel too much.\n"},
};

std::string toolkit(const std::string& include) {
  return "apdr: 1\n"
         "id: api-test\n"
         "title: A toolkit held in memory\n"
         "extends: apdr:national\n"
         "include:\n"
         "  - " + include + "\n";
}

IncludeResolver resolver = [](const std::string& path) -> std::optional<std::string> {
  auto found = parts.find(path);
  if (found == parts.end()) return std::nullopt;
  return found->second;
};

const std::string profile =
    "apdr-profile: 1\n"
    "id: pupil-1\n"
    "as_of: 2026-11-22\n"
    "pupil: { year_group: 4, phase: primary, setting: mainstream }\n"
    "needs:\n"
    "  - { area: semh, level: sen_support }\n";

std::string read_whole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// What the command prints for the same profile.
std::string cli_json(const std::string& profile_path) {
  std::string command = std::string(APDR_BINARY_DIR "/apdr eval --format json ") + profile_path + " 2>/dev/null";
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[4096];
  while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
  pclose(pipe);
  return out;
}

}  // namespace

TEST_CASE("public API: a file named by include comes from the resolver") {
  Build build = build_program("toolkit.yaml", toolkit("parts/provision.yaml"), resolver);
  REQUIRE(build.program);
  CHECK_FALSE(has_errors(build.diagnostics));
  CHECK(build.program->id() == "api-test");
  CHECK(build.program->chain() == std::vector<std::string>{"national", "api-test"});
  JsonResult result = evaluate_json(*build.program, profile);
  REQUIRE(result.ok());
  CHECK(result.json.find("\"quiet-space\"") != std::string::npos);
}

TEST_CASE("public API: a file the resolver does not have is E001 at the entry that names it") {
  Build build = build_program("toolkit.yaml", toolkit("parts/missing.yaml"), resolver);
  CHECK_FALSE(build.program);
  REQUIRE(has_errors(build.diagnostics));
  const Diagnostic& d = build.diagnostics.front();
  CHECK(d.code == "E001");
  CHECK(d.file == "toolkit.yaml");
  CHECK(d.line == 6);
  CHECK(d.column == 5);
  CHECK(to_text(d).rfind("toolkit.yaml:6:5: error[E001]", 0) == 0);
}

TEST_CASE("public API: evaluate_json prints what apdr eval --format json prints") {
  Build build = build_embedded();
  REQUIRE(build.program);
  int compared = 0;
  for (const auto& entry : std::filesystem::directory_iterator(APDR_SOURCE_DIR "/examples/profiles")) {
    std::string extension = entry.path().extension().string();
    if (extension != ".yaml" && extension != ".json") continue;
    std::string path = entry.path().string();
    INFO(path);
    EvaluateOptions options;
    options.profile_name = path;
    JsonResult result = evaluate_json(*build.program, read_whole(path), options);
    // A profile written for a toolkit is refused under the national rules
    // alone, by both; the rest give the same bytes.
    CHECK(result.json == cli_json(path));
    CHECK(result.ok() != has_errors(result.diagnostics));
    if (result.ok()) ++compared;
  }
  CHECK(compared >= 8);
}

TEST_CASE("public API: Evaluators on two threads over one program give the same answers") {
  Build build = build_program("toolkit.yaml", toolkit("parts/provision.yaml"), resolver);
  REQUIRE(build.program);
  std::string expected = evaluate_json(*build.program, profile).json;
  REQUIRE_FALSE(expected.empty());
  std::string seen[2];
  bool all_equal[2] = {false, false};
  std::thread threads[2];
  for (int t = 0; t < 2; ++t) {
    threads[t] = std::thread([&, t] {
      Evaluator evaluator(build.program);
      all_equal[t] = true;
      for (int i = 0; i < 50; ++i) {
        seen[t] = evaluator.evaluate_json(profile).json;
        all_equal[t] = all_equal[t] && seen[t] == expected;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  CHECK(all_equal[0]);
  CHECK(all_equal[1]);
}

TEST_CASE("public API: a broken profile comes back as diagnostics with a place, and no JSON") {
  Build build = build_embedded();
  REQUIRE(build.program);
  EvaluateOptions options;
  options.profile_name = "pupil.yaml";
  JsonResult result = evaluate_json(*build.program, "apdr-profile: 1\nid: [unclosed\n", options);
  CHECK_FALSE(result.ok());
  REQUIRE(has_errors(result.diagnostics));
  CHECK(result.diagnostics.front().file == "pupil.yaml");
  CHECK(result.diagnostics.front().line >= 2);
  EvaluateOptions bad_date;
  bad_date.as_of = "2026-02-30";
  CHECK_FALSE(evaluate_json(*build.program, profile, bad_date).ok());
}

TEST_CASE("public API: the interview asks, refuses a wrong answer, and keeps the question waiting") {
  Build build = build_embedded();
  REQUIRE(build.program);
  InterviewOptions options;
  options.today = "2026-11-22";
  Started started = start_interview(build.program, options);
  REQUIRE(started.interview);
  Interview& interview = *started.interview;
  auto first = interview.next();
  REQUIRE(first);
  CHECK_FALSE(first->text.empty());
  Reply wrong = interview.answer("a purple elephant");
  if (first->kind != Question::Kind::value) {
    CHECK(wrong.status == Reply::Status::invalid);
    CHECK_FALSE(wrong.message.empty());
    auto again = interview.next();
    REQUIRE(again);
    CHECK(again->id == first->id);
  }
  int asked = 0;
  while (interview.next() && asked < 200) {
    interview.dont_know();
    ++asked;
  }
  CHECK(asked < 200);  // "don't know" to everything ends the interview
  CHECK(interview.profile_yaml().find("apdr-profile: 1") != std::string::npos);
  CHECK(interview.evaluate_json().ok());
  CHECK_FALSE(start_interview(nullptr, options).interview);
}
