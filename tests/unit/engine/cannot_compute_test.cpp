// DESIGN.md, Expressions: "A value that cannot be computed from known facts
// (a division by zero) is not unknown: the rule is undetermined with reason
// cannot-compute and the place in the file, and no fact is asked for."
#include "engine_fixture.hpp"

using namespace apdr;
using namespace apdr::testing;

namespace {

// The 1-based line of `file` that holds `text`, or 0.
std::uint32_t line_holding(const std::string& file, const std::string& text) {
  std::ifstream in(file);
  std::string line;
  for (std::uint32_t n = 1; std::getline(in, line); ++n) {
    if (line.find(text) != std::string::npos) return n;
  }
  return 0;
}

struct Division {
  RuleFolder folder;
  Built built;
  Division() {
    built = build(folder.write("division.yaml", root_header() + R"(
inputs:
  missed: { type: integer, question: "How many sessions were missed?" }
  possible: { type: integer, question: "How many sessions were possible?" }
  flag: { type: bool, question: "Is the flag set?" }
information:
  said: { text: fired }
rules:
  - id: share
    kind: guidance
    when: missed * 100 / possible > 10
    then: { inform: [said] }
  - id: share-or-flag
    kind: guidance
    when: flag or missed / possible > 1
    then: { inform: [said] }
  - id: share-and-false
    kind: guidance
    when: missed / possible > 1 and missed > 1000
    then: { inform: [said] }
  - id: far-future
    kind: guidance
    when: today + missed * 1000 years > today
    then: { inform: [said] }
)"));
    INFO(built.rendered());
    REQUIRE(built.program);
  }
};

}  // namespace

TEST_CASE("a division by zero of known facts is cannot-compute, at the divisor, asking nothing") {
  Division d;
  eval::Result result = evaluate_yaml(*d.built.program, "apdr-profile: 1\nid: p\ninputs: { missed: 3, possible: 0 }\n");
  const eval::Undetermined* u = undetermined(result, "share");
  REQUIRE(u);
  CHECK(u->cannot_compute);
  CHECK(u->why == "a division by zero");
  CHECK(u->missing.empty());
  CHECK(questions_of(result, *u).empty());
  // At `possible` in `    when: missed * 100 / possible > 10`, column 26: the divisor.
  std::string file = (d.folder.path() / "division.yaml").string();
  CHECK(u->where.file == file);
  CHECK(u->where.line == line_holding(file, "when: missed * 100 / possible"));
  CHECK(u->where.column == 26);
}

TEST_CASE("a fact that could still decide it makes the reason missing, not cannot-compute") {
  Division d;
  eval::Result result = evaluate_yaml(*d.built.program, "apdr-profile: 1\nid: p\ninputs: { missed: 3, possible: 0 }\n");
  const eval::Undetermined* u = undetermined(result, "share-or-flag");
  REQUIRE(u);
  CHECK_FALSE(u->cannot_compute);
  CHECK(u->missing == std::vector<std::string>{"flag"});
  CHECK(questions_of(result, *u) == std::vector<std::string>{"Is the flag set?"});
}

TEST_CASE("a part that cannot be computed decides nothing when the rest is false") {
  Division d;
  eval::Result result = evaluate_yaml(*d.built.program, "apdr-profile: 1\nid: p\ninputs: { missed: 3, possible: 0 }\n");
  // `missed > 1000` is false, so the `and` is false whatever the division gives.
  CHECK_FALSE(undetermined(result, "share-and-false"));
}

TEST_CASE("a missing divisor is missing, a non-zero one decides the rule") {
  Division d;
  eval::Result missing = evaluate_yaml(*d.built.program, "apdr-profile: 1\nid: p\ninputs: { missed: 3 }\n");
  const eval::Undetermined* u = undetermined(missing, "share");
  REQUIRE(u);
  CHECK_FALSE(u->cannot_compute);
  CHECK(u->missing == std::vector<std::string>{"possible"});

  eval::Result decided = evaluate_yaml(*d.built.program, "apdr-profile: 1\nid: p\ninputs: { missed: 3, possible: 10, flag: false }\n");
  CHECK_FALSE(undetermined(decided, "share"));
  CHECK(informed(decided, "said"));
}

TEST_CASE("date arithmetic past the year 9999 is cannot-compute") {
  Division d;
  eval::Result result = evaluate_yaml(*d.built.program, "apdr-profile: 1\nid: p\ninputs: { missed: 9, possible: 1, flag: false }\n");
  const eval::Undetermined* u = undetermined(result, "far-future");
  REQUIRE(u);
  CHECK(u->cannot_compute);
  CHECK(u->why == "a date or a span of time out of range");
  CHECK(u->missing.empty());
}
