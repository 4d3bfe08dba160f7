// E022 type mismatches: caught before any pupil is evaluated, pointing at the
// expression (or the operand) that has the wrong type.
#include "check_fixture.hpp"

namespace apdr::checktest {

TEST_CASE("a level compared with a number", "[check][E022]") {
  auto file = check_text(with_condition("level(semh) > 2"));
  file->error(Code::TypeMismatch, "level(semh)", {"cannot compare a level with a number", "`level(semh) > 2`"});
  CHECK(file->checked->diagnostics.error_count() == 1);
}

TEST_CASE("a date plus a number", "[check][E022]") {
  auto file = check_text(with_condition("ehc.requested + 6 < today"));
  file->error(Code::TypeMismatch, "ehc.requested", {"cannot add a date and a number"});
  // The comparison with the broken sum is not reported a second time.
  CHECK(file->checked->diagnostics.error_count() == 1);
}

TEST_CASE("arithmetic the language does not define", "[check][E022]") {
  SECTION("date times number") {
    auto file = check_text(with_condition("today * 2 > today"));
    file->error(Code::TypeMismatch, "today *", {"cannot multiply a date by a number"});
  }
  SECTION("duration divided by number") {
    auto file = check_text(with_condition("6 weeks / 2 > 1 week"));
    file->error(Code::TypeMismatch, "6 weeks", {"only numbers can be divided"});
  }
  SECTION("number minus date") {
    auto file = check_text(with_condition("3 - today > 1 day"));
    file->error(Code::TypeMismatch, "3 -", {"cannot subtract a date from a number"});
  }
  SECTION("negating text") {
    auto file = check_text(with_condition("-\"a\" == \"a\""));
    file->error(Code::TypeMismatch, "-\"a\"", {"only a number or a duration can be negated"});
  }
  SECTION("not of a number") {
    auto file = check_text(with_condition("not attendance"));
    file->error(Code::TypeMismatch, "attendance", {"the operand of `not` must be true or false", "a number"});
  }
  SECTION("ordering text") {
    auto file = check_text(with_condition("'\"a\" < \"b\"'"));
    file->error(Code::TypeMismatch, "\"a\"", {"`<` orders numbers, dates, durations or levels, not text"});
  }
}

TEST_CASE("a when that is not true or false", "[check][E022]") {
  auto file = check_text(with_condition("attendance + 1"));
  file->error(Code::TypeMismatch, "attendance + 1", {"the `when` of rule `the-rule` must be true or false", "a number"});
}

TEST_CASE("a provision guard that is not true or false", "[check][E022]") {
  auto file = check_text(root_rule_set() +
                         "  guarded: { area: semh, title: G, when: pupil.year_group }\n");
  file->error(Code::TypeMismatch, "pupil.year_group", {"the `when` of provision item `guarded`", "a number"});
}

TEST_CASE("a due that is not a date", "[check][E022]") {
  auto file = check_text(root_rule_set() +
                         "rules:\n"
                         "  - id: the-rule\n"
                         "    kind: guidance\n"
                         "    then:\n"
                         "      escalate:\n"
                         "        - { step: specialist-advice, due: 6 weeks }\n");
  const auto& d = file->error(Code::TypeMismatch, "6 weeks", {"a `due` must be a date", "a duration"});
  CHECK(has_note(d, "ehc.requested + 6 weeks"));
}

TEST_CASE("where on a list that is not of cycles or needs", "[check][E022]") {
  auto file = check_text(with_condition("count(attendance where outcome == met) > 1"));
  file->error(Code::TypeMismatch, "attendance where", {"`where` filters a list of cycles or needs", "a number"});
  // The fields inside the condition are not reported again as unknown names.
  CHECK(file->checked->diagnostics.error_count() == 1);
}

TEST_CASE("the branches of if must have one type", "[check][E022]") {
  auto file = check_text(with_condition("(if attendance > 90 then 1 else today) > 0"));
  file->error(Code::TypeMismatch, "today)", {"both branches of `if`", "a number", "a date"});
  CHECK(file->checked->diagnostics.error_count() == 1);
}

TEST_CASE("the condition of if must be true or false", "[check][E022]") {
  auto file = check_text(with_condition("(if attendance then 1 else 2) > 0"));
  file->error(Code::TypeMismatch, "attendance then", {"the condition after `if` must be true or false"});
}

TEST_CASE("an enum value of another enumeration lists the allowed values", "[check][E022]") {
  SECTION("compared with ==") {
    auto file = check_text(with_condition("pupil.phase == met"));
    const auto& d = file->error(Code::TypeMismatch, "met", {"`met` is not a value of `phase`"});
    CHECK(has_note(d, "the values of `phase` are: early_years, primary, secondary, post16"));
    CHECK(file->checked->diagnostics.error_count() == 1);
  }
  SECTION("the value on the left") {
    auto file = check_text(with_condition("agreed != pupil.setting"));
    const auto& d = file->error(Code::TypeMismatch, "agreed", {"`agreed` is not a value of `setting`"});
    CHECK(has_note(d, "mainstream, resourced, special, alternative, home"));
  }
  SECTION("inside a list after in") {
    auto file = check_text(with_condition("pupil.phase in [primary, secondry, met]"));
    // `secondry` is no name at all; `met` is a name, but not a phase.
    const auto& unknown = file->error(Code::UnknownName, "secondry");
    CHECK(has_note(unknown, "did you mean `secondary`?"));
    file->error(Code::TypeMismatch, "met]", {"`met` is not a value of `phase`"});
  }
  SECTION("a one_of input") {
    auto file = check_text(with_condition("support == heavvy or support == primary"));
    const auto& unknown = file->error(Code::UnknownName, "heavvy");
    CHECK(has_note(unknown, "did you mean `heavy`?"));
    const auto& d = file->error(Code::TypeMismatch, "primary", {"`primary` is not a value of `support`"});
    CHECK(has_note(d, "the values of `support` are: light, heavy"));
  }
  SECTION("two different enumerations") {
    auto file = check_text(with_condition("pupil.phase == pupil.setting"));
    file->error(Code::TypeMismatch, "pupil.phase", {"cannot compare a `phase` value with a `setting` value"});
  }
}

TEST_CASE("in needs a list on its right", "[check][E022]") {
  auto file = check_text(with_condition("attendance in 5"));
  file->error(Code::TypeMismatch, "5", {"the right side of `in` must be a list", "`5` is a number"});
  CHECK(file->checked->diagnostics.error_count() == 1);
}

TEST_CASE("in with a list of another type", "[check][E022]") {
  auto file = check_text(with_condition("attendance in [today]"));
  file->error(Code::TypeMismatch, "attendance", {"`attendance` is a number, but the list holds a date"});
}

TEST_CASE("a list literal must have one item type", "[check][E022]") {
  auto file = check_text(with_condition("attendance in [1, today, 3]"));
  file->error(Code::TypeMismatch, "today,", {"every item of a list must have one type", "`today` is a date"});
}

TEST_CASE("lists and records cannot be compared with == (it would never be true)", "[check][E022]") {
  SECTION("a list with an empty list") {
    auto file = check_text(with_condition("cycles(semh) == []"));
    const auto& d = file->error(Code::TypeMismatch, "cycles(semh)", {"==", "a list of an APDR cycle"});
    CHECK(has_note(d, "count("));
  }
  SECTION("two records") {
    auto file = check_text(with_condition("latest(needs) != latest(needs)"));
    file->error(Code::TypeMismatch, "latest(needs)", {"!=", "a need"});
  }
}

TEST_CASE("well-typed expressions of every kind check without diagnostics", "[check]") {
  const char* conditions[] = {
      "level(semh) >= sen_support and level(semh) < ehc_plan",
      "count(cycles(semh) where known(outcome) and outcome == not_met) >= 2",
      "any(needs where HI in codes) or has_code(ASD)",
      "all(cycles(cognition_learning) where reviewed - started <= 16 weeks)",
      "latest(cycles(semh)).reviewed + review_interval < today",
      "pupil.phase in [primary, secondary] and pupil.setting != special",
      "'\"autism\" in latest(needs).awaiting_assessment'",
      "age() >= 5 and academic_year(today) - academic_year(pupil.date_of_birth) > 4",
      "(if attendance < 90 then 1 else 2) == 1",
      "max(ehc.requested, ehc.decided) + 6 weeks > today",
      "min([1, 2, attendance]) > 0",
      "support == heavy or support in [light]",
      "date(2026, 9, 1) <= today and year(today) == 2026 and month(today) + day(today) > 2",
      "-attendance < -(2 * 3) or -(1 day) < 2 days or today - ehc.requested > 20 weeks",
      "in_place(\"quiet-space\") and not has_need(semh)",
  };
  for (const char* condition : conditions) {
    auto file = check_text(with_condition(condition));
    INFO(condition << "\n" << file->checked->rendered());
    CHECK(file->checked->diagnostics.empty());
  }
}

}  // namespace apdr::checktest
