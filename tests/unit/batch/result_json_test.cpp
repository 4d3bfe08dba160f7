// One writer makes a result's JSON for `apdr eval --format json` (pretty)
// and for the lines of `apdr batch` (compact): both must be byte for byte
// what the nlohmann tree they replaced printed (reference_json.hpp).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "batch_fixture.hpp"
#include "evaluate/evaluate.hpp"
#include "profile/cohort.hpp"
#include "profile/load_profile.hpp"
#include "reference_json.hpp"
#include "render/result_json.hpp"
#include "result_lists.hpp"

using namespace apdr;

namespace {

std::string reference(const eval::Result& result) { return tree_json::line(result); }

std::string fast(const eval::Result& result, bool wording = true) {
  std::string out;
  render::append_result_json_line(result, out, wording);
  // The pretty form is checked alongside every compact one.
  CHECK(render::result_json(result, wording) == tree_json::pretty(result, wording));
  return out;
}

std::string compact_reference(const eval::Result& result) { return tree_json::line(result, false); }

}  // namespace

TEST_CASE("every pupil of the example cohort renders as the reference tree did") {
  const run::Program& program = batch_test::toolkit();
  std::ifstream in(batch_test::source("examples/cohorts/cohort.jsonl"));
  profile::CohortReader reader(in, profile::CohortFormat::jsonl, "cohort.jsonl", program.schema);
  std::size_t compared = 0;
  for (auto row = reader.next(); row.status != profile::CohortRow::Status::end; row = reader.next()) {
    REQUIRE(row.status == profile::CohortRow::Status::profile);
    eval::Result result = eval::evaluate(program, *row.profile, *row.profile->as_of);
    REQUIRE(fast(result) == reference(result));
    REQUIRE(fast(result, false) == compact_reference(result));
    ++compared;
  }
  CHECK(compared == 240);
}

TEST_CASE("text that needs escaping is escaped as nlohmann::json escapes it") {
  eval::Result result;
  result.profile = "quote \" backslash \\ tab \t newline \n bell \x07 del \x7f";
  result.rule_set = "set";
  result.chain = apdr::test::names({"national", "a/b"});
  result.status = "proposed";
  result.gaps = apdr::test::names({"", "x,y"});
  eval::EscalationResult step;
  step.step = "s";
  step.because = apdr::test::names({"line\r\nbreak", "\x1f"});
  result.escalations.push_back(step);
  eval::Undetermined item;
  item.rule = "guarded";
  item.is_provision = true;
  item.missing = apdr::test::names({"attendance"});
  result.undetermined.push_back(item);
  eval::Notice draft;
  draft.what = eval::Notice::What::draft;
  draft.rule_set = "n";
  result.notices = {draft};
  CHECK(fast(result) == reference(result));
}

TEST_CASE("text that is not ASCII keeps valid UTF-8 and replaces invalid bytes") {
  eval::Result result;
  result.profile = "pupil-\xc3\xa9";  // é
  result.rule_set = "bad-\xff-byte";
  CHECK(fast(result) == reference(result));
  CHECK(fast(result).find("\xef\xbf\xbd") != std::string::npos);  // U+FFFD
}

// Text is scanned eight bytes at a time: a byte needing care must be found
// wherever it falls in a word, first, last, or in the short tail.
TEST_CASE("a byte needing care is escaped at every position of the text") {
  const std::string plain = "abcdefghijklmnopqrstuvwxyz0123";
  const char awkward[] = {'"', '\\', '\n', '\x01', '\x1f', '\x7f', ' ', '~'};
  for (std::size_t length = 1; length <= plain.size(); ++length) {
    for (std::size_t at = 0; at < length; ++at) {
      for (char c : awkward) {
        eval::Result result;
        std::string profile = plain.substr(0, length);
        profile[at] = c;
        result.profile = profile;
        INFO("length " << length << ", byte " << static_cast<int>(c) << " at " << at);
        REQUIRE(fast(result) == reference(result));
      }
    }
  }
  eval::Result result;
  std::string profile = plain;
  profile[13] = '\xc3';  // a lone lead byte in the second word: replaced
  result.profile = profile;
  CHECK(fast(result) == reference(result));
}

TEST_CASE("every example profile renders as the reference tree did, pretty and compact") {
  const run::Program& program = batch_test::toolkit();
  std::size_t compared = 0;
  for (const auto& file : std::filesystem::directory_iterator(batch_test::source("examples/profiles"))) {
    auto extension = file.path().extension();
    if (extension != ".yaml" && extension != ".json") continue;
    SourceStore sources;
    Diagnostics diagnostics;
    auto profile = profile::load_profile_file(file.path().string(), program.schema, sources, diagnostics);
    REQUIRE(profile);
    INFO(file.path().filename().string());
    eval::Result result = eval::evaluate(program, *profile, profile->as_of.value_or(*Date::parse("2026-11-22")));
    CHECK(render::result_json(result) == tree_json::pretty(result));
    CHECK(render::result_json(result, false) == tree_json::pretty(result, false));
    CHECK(fast(result) == reference(result));
    ++compared;
  }
  CHECK(compared >= 14);
}

TEST_CASE("an empty result writes empty lists and objects as nlohmann does") {
  eval::Result empty;
  CHECK(render::result_json(empty) == tree_json::pretty(empty));
  CHECK(fast(empty) == reference(empty));
}
