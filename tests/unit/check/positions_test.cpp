// Where diagnostics point: exact columns inside plain and quoted scalars,
// the scalar's start for block scalars; many errors in one run, in order;
// and a very deep (left-leaning) expression tree checks without trouble.
#include "check_fixture.hpp"

namespace apdr::checktest {

namespace {

std::string rule(const std::string& id, const std::string& when_lines) {
  return "  - id: " + id + "\n    kind: guidance\n    when: " + when_lines + "\n    then: { inform: [right-to-request] }\n";
}

}  // namespace

TEST_CASE("an error inside a multi-line plain scalar points at its exact column", "[check][position]") {
  auto file = check_text(root_rule_set() + "rules:\n" + rule("multi", "has_need(semh)\n      and atendance < 90"));
  auto at = file->at("atendance");
  CHECK(at.column == 11);
  file->error(Code::UnknownName, "atendance");
}

TEST_CASE("an error inside a quoted scalar points at its exact column", "[check][position]") {
  SECTION("double quotes") {
    auto file = check_text(root_rule_set() + "rules:\n" + rule("quoted", "\"has_need(semh) and atendance < 90\""));
    file->error(Code::UnknownName, "atendance");
  }
  SECTION("single quotes") {
    auto file = check_text(root_rule_set() + "rules:\n" + rule("quoted", "'has_need(semh) and atendance < 90'"));
    file->error(Code::UnknownName, "atendance");
  }
}

TEST_CASE("an error inside a block scalar points at the scalar's start", "[check][position]") {
  auto file = check_text(root_rule_set() + "rules:\n" + rule("block", "|\n      has_need(semh)\n      and atendance < 90"));
  file->error(Code::UnknownName, "|", {"`atendance`"});
}

TEST_CASE("one run reports every mistake, sorted by position", "[check]") {
  std::string text = root_rule_set() +
                     "  misplaced: { area: semhh, title: M }\n"
                     "rules:\n" +
                     rule("one", "level(semh) > 2") +
                     rule("two", "atendance < 90") +
                     rule("three", "levl(semh) >= sen_support") +
                     rule("four", "pupil.yeargroup > 6") +
                     "  - id: five\n    then: { provide: [quiet-spac] }\n";
  auto file = check_text(text);
  const auto& all = file->checked->diagnostics.all();
  INFO(file->checked->rendered());
  REQUIRE(all.size() == 7);
  std::vector<Code> codes;
  for (const auto& d : all) codes.push_back(d.code);
  CHECK(codes == std::vector<Code>{Code::UnknownReference, Code::TypeMismatch, Code::UnknownName, Code::BadCall,
                                   Code::UnknownField, Code::MissingKind, Code::UnknownReference});
  for (std::size_t i = 1; i < all.size(); ++i) {
    bool ordered = all[i - 1].where.line < all[i].where.line ||
                   (all[i - 1].where.line == all[i].where.line && all[i - 1].where.column <= all[i].where.column);
    CHECK(ordered);
  }
  file->error(Code::UnknownReference, "semhh");
  file->error(Code::TypeMismatch, "level(semh) > 2");
  file->error(Code::UnknownName, "atendance");
  file->error(Code::BadCall, "levl");
  file->error(Code::UnknownField, "pupil.");
  file->error(Code::MissingKind, "five");
  file->error(Code::UnknownReference, "quiet-spac]");
}

// A tree nearly as deep as the parser allows: `sum > 0` with the sum's 254
// additions is 255 operations inside one another (the limit is 256).
std::string deepest_sum(const std::string& first) {
  std::string sum = first;
  for (int i = 0; i < 254; ++i) sum += " + a";
  return sum;
}

TEST_CASE("a left-leaning sum near the tree depth limit checks", "[check][limits]") {
  std::string sum = deepest_sum("a");
  std::string text =
      "apdr: 1\nid: deep\nlevels:\n  - { id: low, title: Low }\n"
      "inputs:\n  a: { type: number }\n"
      "information:\n  note: { text: Note }\n"
      "rules:\n  - id: deep\n    kind: guidance\n    when: " + sum + " > 0\n    then: { inform: [note] }\n";
  auto file = check_text(text);
  INFO(file->checked->rendered().substr(0, 2000));
  CHECK(file->checked->diagnostics.empty());
  REQUIRE(file->checked->model);
  REQUIRE(file->checked->model->rules.size() == 1);
  CHECK(file->checked->model->typed_nodes() > 500);  // every node was typed
}

TEST_CASE("a type error at the bottom of a deep tree is reported once", "[check][limits]") {
  std::string sum = deepest_sum("today");
  std::string text =
      "apdr: 1\nid: deep\nlevels:\n  - { id: low, title: Low }\n"
      "inputs:\n  a: { type: number }\n"
      "information:\n  note: { text: Note }\n"
      "rules:\n  - id: deep\n    kind: guidance\n    when: " + sum + " > 0\n    then: { inform: [note] }\n";
  auto file = check_text(text);
  // The innermost sum is the mistake; the sums above it are not reported again.
  file->error(Code::TypeMismatch, "today", {"cannot add a date and a number in `today + a`"});
  CHECK(file->checked->diagnostics.error_count() == 1);
}

}  // namespace apdr::checktest
