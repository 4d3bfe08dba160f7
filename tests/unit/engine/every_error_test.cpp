// One `build_program` (what `apdr check` runs) reports the mistakes of every
// stage at once: a loader error never stops the name, type, ladder, overlay
// and calendar checks. Each section leaves out one earlier-stage mistake at a
// time, so the test fails if any stage goes quiet after another's error.
#include <algorithm>

#include "engine_fixture.hpp"

using namespace apdr;
using namespace apdr::testing;

namespace {

// A local toolkit on the national baseline with one mistake per stage, each
// on its own line, named by the code it must give.
struct Mistake {
  Code code;
  const char* line_text;  // a piece of the line the mistake is on
};

const Mistake mistakes[] = {
    {Code::DuplicateKey, "title: Calm corner"},             // YAML: a key twice
    {Code::UnknownKey, "titel: Key adult"},                 // structure: unknown key
    {Code::MissingKey, "key-adult: { area"},                // structure: no title (the unknown key was it)
    {Code::WrongShape, "who: { school: yes }"},             // structure: wrong shape
    {Code::LadderProjection, "id: targeted"},               // ladder: no national
    {Code::InvalidValue, "2026-02-30"},                     // calendar: no such date
    {Code::ExpressionSyntax, "has_need(semh) and ("},       // expression syntax
    {Code::TypeMismatch, "level(semh) > 3"},                // types
    {Code::UnknownReference, "provide: [calm-cornr]"},      // names
    {Code::BadCall, "cnt(cycles(semh))"},                   // names: a function
    {Code::RedefinedWithoutOverride, "id: meet-parents"},   // overlay
    {Code::ReservedId, "id: profile"},                      // reserved rule id
    {Code::DuplicateId, "id: quiet-rule"},                  // the same rule id twice (second one)
};

const char* toolkit = R"(apdr: 1
id: every-stage
extends: apdr:national
sources:
  oap: { title: Guidance }
levels:
  - { id: core, national: universal }
  - { id: targeted }
  - { id: specialist, national: ehc_plan }
calendar:
  holidays:
    - { date: 2026-02-30, title: Training day, source: oap }
provision:
  calm-corner: { area: semh, title: Calm space, title: Calm corner }
  key-adult: { area: semh, level: targeted, titel: Key adult }
steps:
  check-in: { title: Check in, who: { school: yes } }
rules:
  - { id: quiet-rule, kind: guidance, when: has_need(semh) and (, then: { provide: [calm-corner] } }
  - { id: typed, kind: guidance, when: level(semh) > 3, then: { provide: [key-adult] } }
  - { id: named, kind: guidance, then: { provide: [calm-cornr] } }
  - { id: called, kind: guidance, when: cnt(cycles(semh)) > 1, then: { escalate: [{ step: check-in }] } }
  - { id: meet-parents, kind: guidance, then: { provide: [key-adult] } }
  - { id: profile, kind: guidance, then: { provide: [key-adult] } }
  - { id: quiet-rule, kind: guidance, when: level(semh) >= targeted, then: { provide: [key-adult] } }
)";

// The 1-based line of the last line of `text` holding `piece`.
std::uint32_t line_of(const std::string& text, const std::string& piece) {
  std::size_t at = text.rfind(piece);
  REQUIRE(at != std::string::npos);
  return static_cast<std::uint32_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n') + 1);
}

}  // namespace

TEST_CASE("one build reports a mistake of every stage, in file order, with no cascade", "[engine][every]") {
  RuleFolder folder;
  std::string text = toolkit;
  auto built = build(folder.write("toolkit.yaml", text));
  INFO(built.rendered());
  CHECK_FALSE(built.program);
  for (const auto& mistake : mistakes) {
    INFO("expected " << code_name(mistake.code) << " on the line holding `" << mistake.line_text << "`");
    std::uint32_t line = line_of(text, mistake.line_text);
    bool found = std::any_of(built.diagnostics.all().begin(), built.diagnostics.all().end(),
                             [&](const Diagnostic& d) { return d.code == mistake.code && d.where.line == line; });
    CHECK(found);
  }
  // Exactly one message per mistake: nothing about `targeted`, `key-adult`
  // or `calm-corner` being unknown because their own entries are broken.
  CHECK(built.diagnostics.error_count() == std::size(mistakes));
  // In file order.
  std::vector<std::uint32_t> lines;
  for (const auto& d : built.diagnostics.all()) lines.push_back(d.where.line);
  CHECK(std::is_sorted(lines.begin(), lines.end()));
}

TEST_CASE("the checker's errors appear whatever the loader found", "[engine][every]") {
  // Each loader-stage mistake alone is enough to have stopped the checker
  // before: with any one of them, the type error and the ladder error are
  // still reported.
  const char* loader_mistakes[] = {
      "  extra: { area: semh, title: A, title: B }\n",   // repeated key
      "  extra: { area: semh, titel: B }\n",             // unknown key and missing title
      "  extra: { area: semh, title: [B] }\n",           // wrong shape
      "  extra: { title: B }\n",                          // missing area
  };
  for (const char* mistake : loader_mistakes) {
    RuleFolder folder;
    std::string text = std::string("apdr: 1\nid: stages\nextends: apdr:national\n"
                                   "levels:\n  - { id: core, national: universal }\n  - { id: targeted }\n"
                                   "  - { id: top, national: ehc_plan }\n"
                                   "provision:\n") +
                       mistake +
                       "rules:\n  - { id: r, kind: guidance, when: level(semh) > 3, then: { provide: [extra] } }\n";
    auto built = build(folder.write("toolkit.yaml", text));
    INFO(mistake << built.rendered());
    CHECK(built.has(Code::TypeMismatch, "cannot compare a level with a number"));
    CHECK(built.has(Code::LadderProjection, "`targeted`"));
    CHECK_FALSE(built.has(Code::UnknownReference));
  }
}
