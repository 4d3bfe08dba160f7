// E021 unknown names, E023 bad calls and E024 unknown fields: each points at
// the exact character where the wrong name starts and suggests the near one.
#include "check_fixture.hpp"

namespace apdr::checktest {

TEST_CASE("a misspelt input is an unknown name with a suggestion", "[check][E021]") {
  auto file = check_text(with_condition("has_need(semh) and atendance < 90"));
  const auto& d = file->error(Code::UnknownName, "atendance", {"unknown name", "`atendance`"});
  CHECK(has_note(d, "did you mean `attendance`?"));
  CHECK(file->checked->diagnostics.error_count() == 1);
}

TEST_CASE("inside where, a misspelt field of the element is suggested", "[check][E021]") {
  auto file = check_text(with_condition("count(cycles(semh) where outcom == met) >= 2"));
  const auto& d = file->error(Code::UnknownName, "outcom ", {"`outcom`"});
  CHECK(has_note(d, "did you mean `outcome`?"));
  CHECK(file->checked->diagnostics.error_count() == 1);
}

TEST_CASE("a field name outside where is unknown, not silently a field", "[check][E021]") {
  auto file = check_text(with_condition("outcome == met"));
  file->error(Code::UnknownName, "outcome", {"`outcome`"});
}

TEST_CASE("a function written without brackets says to call it", "[check][E021]") {
  auto file = check_text(with_condition("age > 11"));
  const auto& d = file->error(Code::UnknownName, "age >", {"`age`"});
  CHECK(has_note(d, "`age` is a function: call it as age()"));
}

TEST_CASE("an unknown function suggests the near one", "[check][E023]") {
  auto file = check_text(with_condition("levl(semh) >= sen_support"));
  const auto& d = file->error(Code::BadCall, "levl", {"unknown function", "`levl`"});
  CHECK(has_note(d, "did you mean `level`?"));
  CHECK(file->checked->diagnostics.error_count() == 1);
}

TEST_CASE("an unknown function's arguments are still checked", "[check][E023]") {
  auto file = check_text(with_condition("levl(cognition_learnin) >= sen_support"));
  file->error(Code::BadCall, "levl");
  const auto& d = file->error(Code::UnknownName, "cognition_learnin");
  CHECK(has_note(d, "did you mean `cognition_learning`?"));
}

TEST_CASE("a call with the wrong number of arguments shows the usage", "[check][E023]") {
  SECTION("level()") {
    auto file = check_text(with_condition("level() >= sen_support"));
    const auto& d = file->error(Code::BadCall, "level()", {"`level` takes 1 argument, not 0"});
    CHECK(has_note(d, "level(AREA)"));
  }
  SECTION("date(2026, 1)") {
    auto file = check_text(with_condition("date(2026, 1) < today"));
    const auto& d = file->error(Code::BadCall, "date(", {"`date` takes 3 arguments, not 2"});
    CHECK(has_note(d, "date(YEAR, MONTH, DAY)"));
  }
  SECTION("age(1)") {
    auto file = check_text(with_condition("age(1) > 5"));
    file->error(Code::BadCall, "age(", {"`age` takes 0 arguments, not 1"});
  }
  SECTION("min() with nothing to compare") {
    auto file = check_text(with_condition("min() > 5"));
    file->error(Code::BadCall, "min(", {"`min`"});
  }
}

TEST_CASE("an argument of the wrong type points at the argument", "[check][E023]") {
  SECTION("has_code(semh): an area where a census code belongs") {
    auto file = check_text(with_condition("has_code(semh)"));
    const auto& d = file->error(Code::BadCall, "semh)", {"`has_code` needs a census code", "`semh` is an area of need"});
    CHECK(has_note(d, "has_code(HI)"));
  }
  SECTION("level(HI): a census code where an area belongs") {
    auto file = check_text(with_condition("level(HI) >= sen_support"));
    file->error(Code::BadCall, "HI)", {"`level` needs an area of need", "`HI` is a census code"});
  }
  SECTION("year(5)") {
    auto file = check_text(with_condition("year(5) > 2020"));
    file->error(Code::BadCall, "5)", {"`year` needs a date"});
  }
  SECTION("any without a condition") {
    auto file = check_text(with_condition("any(cycles(semh))"));
    file->error(Code::BadCall, "cycles(semh)", {"`any` needs a condition"});
  }
}

TEST_CASE("in_place takes a quoted provision id", "[check][E023][E040]") {
  SECTION("without quotes") {
    auto file = check_text(with_condition("in_place(quiet-space)"));
    file->error(Code::BadCall, "quiet-space)", {"`in_place` takes a provision id in quotes"});
  }
  SECTION("a bare word") {
    auto file = check_text(with_condition("in_place(visual)"));
    file->error(Code::BadCall, "visual", {"in quotes"});
    CHECK(file->checked->diagnostics.error_count() == 1);
  }
  SECTION("quoted but unknown") {
    auto file = check_text(with_condition("in_place(\"quiet-spce\")"));
    const auto& d = file->error(Code::UnknownReference, "\"quiet-spce\"", {"no provision item has the id `quiet-spce`"});
    CHECK(has_note(d, "did you mean `quiet-space`?"));
  }
  SECTION("quoted and known") {
    auto file = check_text(with_condition("not in_place(\"quiet-space\")"));
    INFO(file->checked->rendered());
    CHECK(file->checked->diagnostics.empty());
  }
}

TEST_CASE("an unknown field of pupil or ehc lists the fields", "[check][E024]") {
  SECTION("pupil.yeargroup") {
    auto file = check_text(with_condition("pupil.yeargroup >= 7"));
    const auto& d = file->error(Code::UnknownField, "pupil.", {"`pupil` has no field `yeargroup`"});
    CHECK(has_note(d, "did you mean `year_group`?"));
    CHECK(has_note(d, "date_of_birth, year_group, phase, setting"));
  }
  SECTION("ehc.decison") {
    auto file = check_text(with_condition("ehc.decison == agreed"));
    const auto& d = file->error(Code::UnknownField, "ehc.", {"`ehc` has no field `decison`"});
    CHECK(has_note(d, "did you mean `decision`?"));
    CHECK(file->checked->diagnostics.error_count() == 1);
  }
  SECTION("a field of a cycle") {
    auto file = check_text(with_condition("latest(cycles(semh)).reviewd < today"));
    const auto& d = file->error(Code::UnknownField, "latest", {"a cycle has no field `reviewd`"});
    CHECK(has_note(d, "did you mean `reviewed`?"));
  }
  SECTION("a field of something that has none") {
    auto file = check_text(with_condition("attendance.value > 3"));
    file->error(Code::UnknownField, "attendance.", {"`attendance` is a number", "no fields"});
  }
  SECTION("pupil on its own") {
    auto file = check_text(with_condition("pupil == 3"));
    file->error(Code::TypeMismatch, "pupil", {"`pupil` is a record of facts"});
  }
}

TEST_CASE("an unknown plain name says how to declare it as an input, typed by its use", "[check][E021]") {
  SECTION("compared with a number") {
    auto file = check_text(with_condition("reading_age < 7"));
    const auto& d = file->error(Code::UnknownName, "reading_age", {"unknown name `reading_age`"});
    CHECK(has_note(d, "declare it under `inputs:`: `reading_age: { type: number, question: \"…\" }`"));
    CHECK(file->checked->diagnostics.error_count() == 1);
  }
  SECTION("compared with a date") {
    auto file = check_text(with_condition("diagnosed < 2026-01-05"));
    const auto& d = file->error(Code::UnknownName, "diagnosed", {"`diagnosed`"});
    CHECK(has_note(d, "`diagnosed: { type: date, question: \"…\" }`"));
  }
  SECTION("a date plus a duration") {
    auto file = check_text(with_condition("referred + 6 weeks < today"));
    const auto& d = file->error(Code::UnknownName, "referred", {"`referred`"});
    CHECK(has_note(d, "`referred: { type: date, question: \"…\" }`"));
  }
  SECTION("used as a condition") {
    auto file = check_text(with_condition("has_need(semh) and young_carer"));
    const auto& d = file->error(Code::UnknownName, "young_carer", {"`young_carer`"});
    CHECK(has_note(d, "`young_carer: { type: bool, question: \"…\" }`"));
  }
  SECTION("the whole condition") {
    auto file = check_text(with_condition("looked_after"));
    const auto& d = file->error(Code::UnknownName, "looked_after", {"`looked_after`"});
    CHECK(has_note(d, "`looked_after: { type: bool, question: \"…\" }`"));
  }
  SECTION("compared with text") {
    auto file = check_text(with_condition("first_language != \"English\""));
    const auto& d = file->error(Code::UnknownName, "first_language", {"`first_language`"});
    CHECK(has_note(d, "`first_language: { type: text, question: \"…\" }`"));
  }
  SECTION("compared with a value of a list") {
    auto file = check_text(with_condition("transport == partly_met"));
    const auto& d = file->error(Code::UnknownName, "transport", {"`transport`"});
    CHECK(has_note(d, "`transport: { type: one_of, values: [partly_met, …], question: \"…\" }`"));
  }
  SECTION("inside a derived value used by a rule") {
    auto file = check_text(root_rule_set() + "derive:\n  low: sessions_missed > 10\n"
                           "rules:\n  - { id: r, kind: guidance, when: low, then: { inform: [right-to-request] } }\n");
    const auto& d = file->error(Code::UnknownName, "sessions_missed", {"`sessions_missed`"});
    CHECK(has_note(d, "`sessions_missed: { type: number"));
    CHECK(file->checked->diagnostics.error_count() == 1);
  }
  SECTION("a near name is suggested instead") {
    auto file = check_text(with_condition("atendance < 90"));
    const auto& d = file->error(Code::UnknownName, "atendance", {"`atendance`"});
    CHECK(has_note(d, "did you mean `attendance`?"));
    CHECK_FALSE(has_note(d, "inputs:"));
  }
  SECTION("a name that is not shaped like an input gets no declaration") {
    auto file = check_text(with_condition("Attendance_Band == 3"));
    const auto& d = file->error(Code::UnknownName, "Attendance_Band", {"`Attendance_Band`"});
    CHECK_FALSE(has_note(d, "inputs:"));
  }
}

TEST_CASE("a misspelt function is suggested even when it is an abbreviation", "[check][E023]") {
  SECTION("cnt is count") {
    auto file = check_text(with_condition("cnt(cycles(semh)) > 1"));
    const auto& d = file->error(Code::BadCall, "cnt", {"unknown function `cnt`"});
    CHECK(has_note(d, "did you mean `count`? use it as count(LIST where CONDITION) or count(LIST)"));
    CHECK(file->checked->diagnostics.error_count() == 1);
  }
  SECTION("lvel is level") {
    auto file = check_text(with_condition("lvel(semh) >= sen_support"));
    const auto& d = file->error(Code::BadCall, "lvel", {"unknown function `lvel`"});
    CHECK(has_note(d, "did you mean `level`? use it as level(AREA)"));
  }
  SECTION("nothing near lists the functions") {
    auto file = check_text(with_condition("frobnicate(semh)"));
    const auto& d = file->error(Code::BadCall, "frobnicate", {"unknown function"});
    CHECK(has_note(d, "the functions are: level, has_need"));
  }
}

}  // namespace apdr::checktest
