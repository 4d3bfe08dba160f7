// DESIGN.md, Output `sources`: every source the result's entries cite,
// once, in the order the rule set declares them, each with the places cited
// in reading order. The program works the table out once
// (compile/cited_sources.hpp); these pupils reach different parts of it.
#include "engine_fixture.hpp"
#include "evaluate/evaluate.hpp"

using namespace apdr;
using namespace apdr::testing;

namespace {

const char* rules = R"yaml(apdr: 1
id: sources-order
sources:
  guide: { title: A Guide }
  act: { title: An Act, section_url: "https://example.org/act/{n}", section_name: section }
  unused: { title: Never cited }
levels:
  - { id: universal, title: Universal }
  - { id: sen_support, title: SEN support }
provision:
  p36: { area: semh, title: P36, source: "act#s36(8)" }
  p9: { area: semh, title: P9, source: "act#s9" }
  again: { area: semh, title: Again, source: "act#s36(8)" }
  guided: { area: cognition_learning, title: Guided, source: guide }
steps:
  review: { title: Review, source: "act#s10" }
information:
  note: { text: A note, source: "act#s9" }
rules:
  - { id: semh-review, kind: statute, area: semh, source: "guide#2.1", then: { escalate: [ { step: review } ], inform: [note] } }
)yaml";

std::vector<std::string> ids_of(const eval::Result& result) {
  std::vector<std::string> ids;
  for (const auto& s : result.sources) ids.emplace_back(s.id);
  return ids;
}

std::vector<std::string> cites_of(const eval::SourceInfo& source) {
  std::vector<std::string> cites;
  for (const auto& c : source.citations) cites.emplace_back(c.cite);
  return cites;
}

}  // namespace

TEST_CASE("a result's sources follow the rule set's order, each place once, in reading order") {
  RuleFolder folder;
  auto built = build(folder.write("r.yaml", rules));
  INFO(built.rendered());
  REQUIRE(built.program);

  auto semh = evaluate_yaml(*built.program, "id: p\nneeds: [ { area: semh } ]\n");
  // The guide is declared first, so it comes first although the act is
  // cited by more entries; the uncited source is not listed.
  REQUIRE(ids_of(semh) == std::vector<std::string>{"guide", "act"});
  CHECK(cites_of(semh.sources[0]) == std::vector<std::string>{"guide#2.1"});
  // s9 before s10 before s36(8), by number; s36(8) once for two items, and
  // s9 once for an item and an information item.
  CHECK(cites_of(semh.sources[1]) == std::vector<std::string>{"act#s9", "act#s10", "act#s36(8)"});
  CHECK(semh.sources[1].citations[0].label == "An Act, section 9");
  CHECK(semh.sources[1].citations[0].url == "https://example.org/act/9");
  CHECK(semh.sources[1].title == "An Act");

  // The guide cited as a whole lists no place in it.
  auto learning = evaluate_yaml(*built.program, "id: q\nneeds: [ { area: cognition_learning } ]\n");
  REQUIRE(ids_of(learning) == std::vector<std::string>{"guide"});
  CHECK(learning.sources[0].citations.empty());

  // The same evaluator for the next pupil forgets what the last one cited.
  eval::Evaluator evaluator(*built.program);
  eval::Result reused;
  SourceStore store;
  Diagnostics diagnostics;
  auto pupil = [&](const char* yaml) {
    auto read = profile::load_profile_text("p.yaml", yaml, profile_schema(*built.program), store, diagnostics);
    REQUIRE(read);
    return *read;
  };
  auto first = pupil("id: a\nneeds: [ { area: semh } ]\n");
  auto second = pupil("id: b\nneeds: [ { area: cognition_learning } ]\n");
  evaluator.evaluate(first, *Date::parse("2026-11-22"), reused);
  evaluator.evaluate(second, *Date::parse("2026-11-22"), reused);
  CHECK(ids_of(reused) == std::vector<std::string>{"guide"});
  CHECK(reused.sources[0].citations.empty());
}
