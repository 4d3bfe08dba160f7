// Expression offsets map to the exact file position for plain and simple
// quoted scalars, and to the scalar's start where the text was rewritten
// by YAML (block scalars, escapes).
#include <catch2/catch.hpp>

#include "load_test_support.hpp"

using namespace apdr;
using namespace apdr::load_test;

namespace {

// Loads a rule set whose first rule has `when_yaml` as its `when:` line(s).
const syntax::Expression& first_when(const Loaded& loaded) {
  REQUIRE(loaded.chain);
  const auto& rules = loaded.chain->sets.back().rules;
  REQUIRE(!rules.empty());
  REQUIRE(rules[0].when);
  return *rules[0].when;
}

std::string rule_with(const std::string& when_lines) {
  return "apdr: 1\nid: x\nrules:\n  - id: r\n    then: {}\n" + when_lines;
}

void check_at(const SourceLocation& where, std::uint32_t line, std::uint32_t column) {
  CHECK(where.line == line);
  CHECK(where.column == column);
}

}  // namespace

TEST_CASE("a plain scalar maps each offset to its own column") {
  TempFolder temp;
  Loaded loaded = load_text(temp, rule_with("    when: level(semh) >= sen_support\n"));
  const syntax::Expression& when = first_when(loaded);
  CHECK(when.verbatim);
  check_at(when.where, 6, 11);
  check_at(when.locate(0), 6, 11);
  check_at(when.locate(static_cast<std::uint32_t>(when.text.find("sen_support"))), 6, 26);
}

TEST_CASE("a plain scalar over several lines maps across the fold") {
  TempFolder temp;
  Loaded loaded = load_text(temp, rule_with("    when: has_need(semh)\n      and   age() > 7\n"));
  const syntax::Expression& when = first_when(loaded);
  CHECK(when.text == "has_need(semh) and   age() > 7");
  CHECK(when.verbatim);
  check_at(when.locate(static_cast<std::uint32_t>(when.text.find("and"))), 7, 7);
  check_at(when.locate(static_cast<std::uint32_t>(when.text.find("age"))), 7, 13);
}

TEST_CASE("a quoted scalar without escapes maps past the opening quote") {
  TempFolder temp;
  Loaded loaded = load_text(temp, rule_with("    when: \"pupil.phase == primary\"\n"));
  const syntax::Expression& when = first_when(loaded);
  CHECK(when.verbatim);
  check_at(when.where, 6, 11);
  check_at(when.locate(static_cast<std::uint32_t>(when.text.find("primary"))), 6, 27);
}

TEST_CASE("a single-quoted scalar with a doubled quote falls back to its start") {
  TempFolder temp;
  Loaded loaded = load_text(temp, rule_with("    when: 'in_place(''x'') or true'\n"));
  const syntax::Expression& when = first_when(loaded);
  CHECK(when.text == "in_place('x') or true");
  CHECK_FALSE(when.verbatim);
  check_at(when.locate(static_cast<std::uint32_t>(when.text.find("true"))), 6, 11);
}

TEST_CASE("a double-quoted scalar with an escape falls back to its start") {
  TempFolder temp;
  Loaded loaded = load_text(temp, rule_with("    when: \"in_place(\\\"x\\\") or true\"\n"));
  const syntax::Expression& when = first_when(loaded);
  CHECK(when.text == "in_place(\"x\") or true");
  CHECK_FALSE(when.verbatim);
  check_at(when.locate(static_cast<std::uint32_t>(when.text.find("true"))), 6, 11);
}

TEST_CASE("a block scalar falls back to its start") {
  TempFolder temp;
  Loaded loaded = load_text(temp, rule_with("    when: |\n      has_need(semh)\n      and true\n"));
  const syntax::Expression& when = first_when(loaded);
  CHECK_FALSE(when.verbatim);
  check_at(when.locate(static_cast<std::uint32_t>(when.text.find("true"))), 6, 11);
}

TEST_CASE("a parse error is E020 at the offending character of a plain scalar") {
  TempFolder temp;
  Loaded loaded = load_text(temp, rule_with("    when: has_need(semh) and @\n"));
  const Diagnostic* found = loaded.find(Code::ExpressionSyntax);
  REQUIRE(found != nullptr);
  CHECK(found->where.file == temp.at("rules.yaml"));
  check_at(found->where, 6, 30);
  CHECK_FALSE(first_when(loaded).tree);
}

TEST_CASE("a parse error in a quoted scalar points inside the quotes") {
  TempFolder temp;
  Loaded loaded = load_text(temp, rule_with("    when: \"has_need(semh) and @\"\n"));
  const Diagnostic* found = loaded.find(Code::ExpressionSyntax);
  REQUIRE(found != nullptr);
  check_at(found->where, 6, 31);
}

TEST_CASE("a parse error in a block scalar points at the scalar") {
  TempFolder temp;
  Loaded loaded = load_text(temp, rule_with("    when: >\n      has_need(semh) and @\n"));
  const Diagnostic* found = loaded.find(Code::ExpressionSyntax);
  REQUIRE(found != nullptr);
  check_at(found->where, 6, 11);
}

TEST_CASE("parse errors in derived values, due dates and parameters are all reported") {
  TempFolder temp;
  Loaded loaded = load_text(temp,
                            "apdr: 1\nid: x\n"
                            "parameters:\n  interval: 6 weeks )\n  label: 'text ) is fine when quoted'\n"
                            "derive:\n  d: count(\n"
                            "rules:\n  - id: r\n    then: { escalate: [ { step: s, due: today + } ] }\n");
  INFO(loaded.listing());
  CHECK(loaded.count(Code::ExpressionSyntax) == 3);
  REQUIRE(loaded.chain);
  const auto& set = loaded.chain->sets.back();
  REQUIRE(set.parameters.size() == 2);
  CHECK_FALSE(set.parameters[0].value.tree);
  REQUIRE(set.parameters[1].value.tree);
  CHECK(set.parameters[1].value.tree->text == "text ) is fine when quoted");
}
