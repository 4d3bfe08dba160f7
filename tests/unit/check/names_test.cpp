// E025 ambiguous names, E026 derived cycles and E027 parameters that are not
// constants: reported where the name or value is declared.
#include "check_fixture.hpp"

namespace apdr::checktest {

namespace {

std::string bare_root() {
  return "apdr: 1\n"
         "id: names\n"
         "levels:\n"
         "  - { id: universal, title: Universal }\n"
         "  - { id: sen_support, title: SEN support }\n";
}

}  // namespace

TEST_CASE("an input named after an area is ambiguous", "[check][E025]") {
  auto file = check_text(bare_root() + "inputs:\n  semh: { type: number }\n");
  const auto& d = file->error(Code::AmbiguousName, "semh:", {"`semh` would mean two different things", "an input",
                                                             "an area of need"});
  CHECK(has_note(d, "`semh` is built in, so rules can always use it; give yours a name of its own"));
}

TEST_CASE("a refused declaration does not hide the name's first meaning", "[check][E025]") {
  auto file = check_text(bare_root() +
                         "parameters:\n  met: 2\n"
                         "inputs:\n  semh: { type: number }\n"
                         "information:\n  note: { text: Note }\n"
                         "rules:\n"
                         "  - id: uses-them\n"
                         "    kind: guidance\n"
                         "    when: level(semh) >= sen_support and count(cycles(semh) where outcome == met) > 0\n"
                         "    then: { inform: [note] }\n");
  // `semh` stays the area and `met` the outcome: only the declarations are wrong.
  CHECK(file->checked->count(Code::AmbiguousName) == 2);
  CHECK(file->checked->diagnostics.error_count() == 2);
}

TEST_CASE("a parameter named after a built-in enumeration value is ambiguous", "[check][E025]") {
  auto file = check_text(bare_root() + "parameters:\n  met: 2\n");
  file->error(Code::AmbiguousName, "met:", {"`met`", "a parameter", "a value of the built-in `outcome` list"});
}

TEST_CASE("an input and a parameter with one name", "[check][E025]") {
  auto file = check_text(bare_root() + "inputs:\n  threshold: { type: number }\nparameters:\n  threshold: 3\n");
  // Inputs are declared first, so the parameter is the second meaning.
  const auto& d = file->error(Code::AmbiguousName, "threshold", {"a parameter", "already an input"}, 2);
  CHECK(has_note(d, file->path + ":7:3"));
}

TEST_CASE("an input named after a level, a census code or a built-in name", "[check][E025]") {
  auto file = check_text(bare_root() +
                         "inputs:\n"
                         "  universal: { type: bool }\n"
                         "  HI: { type: bool }\n"
                         "  today: { type: date }\n");
  const auto& level = file->error(Code::AmbiguousName, "universal:", {"already a level"});
  CHECK(has_note(level, file->path + ":4:11"));
  file->error(Code::AmbiguousName, "HI:", {"already a census code"});
  file->error(Code::AmbiguousName, "today:", {"already a built-in name"});
}

TEST_CASE("a derived value named like an input", "[check][E025]") {
  auto file = check_text(bare_root() + "inputs:\n  score: { type: number }\nderive:\n  score: 1 + 1\n");
  file->error(Code::AmbiguousName, "score", {"a derived value", "already an input"}, 2);
}

TEST_CASE("a one_of value may repeat a built-in value but not a level", "[check][E025]") {
  auto file = check_text(bare_root() +
                         "inputs:\n"
                         "  stage: { type: one_of, values: [primary, sen_support] }\n"
                         "  other: { type: one_of, values: [primary, heavy] }\n"
                         "  more: { type: one_of, values: [heavy] }\n");
  file->error(Code::AmbiguousName, "sen_support]", {"a value of a one_of input", "already a level"});
  CHECK(file->checked->count(Code::AmbiguousName) == 1);
}

TEST_CASE("a local level may not reuse a root level's id", "[check][E025]") {
  RuleFolder folder;
  folder.write("root.yaml", bare_root());
  std::string text =
      "apdr: 1\n"
      "id: local\n"
      "extends: root.yaml\n"
      "levels:\n"
      "  - { id: band1, title: Band 1, national: universal }\n"
      "  - { id: sen_support, title: Band 2, national: sen_support }\n";
  auto path = folder.write("local.yaml", text);
  auto checked = check_file(path);
  const auto& d = expect_error(*checked, Code::AmbiguousName, path, position_of(text, "sen_support,"),
                               {"local level `sen_support` reuses the id of a root level"});
  CHECK(has_note(d, "root level names stay usable"));
}

TEST_CASE("derived values in a cycle show the path", "[check][E026]") {
  auto file = check_text(bare_root() + "derive:\n  first: second + 1\n  second: first * 2\n  fine: 3\n");
  const auto& d = file->error(Code::DeriveCycle, "first *", {"in a cycle: first → second → first"});
  CHECK(has_note(d, "none of them leads back"));
  CHECK(file->checked->diagnostics.error_count() == 1);
}

TEST_CASE("a derived value that refers to itself", "[check][E026]") {
  auto file = check_text(bare_root() + "derive:\n  loop: loop + 1\n");
  file->error(Code::DeriveCycle, "loop +", {"loop → loop"});
  CHECK(file->checked->diagnostics.error_count() == 1);
}

TEST_CASE("a longer cycle reached from a value outside it", "[check][E026]") {
  auto file = check_text(bare_root() + "derive:\n  entry: a > 1\n  a: b\n  b: c\n  c: a\n");
  file->error(Code::DeriveCycle, "a\n", {"a → b → c → a"});
  CHECK(file->checked->diagnostics.error_count() == 1);
}

TEST_CASE("derived values may use each other in any order when there is no cycle", "[check][E026]") {
  auto file = check_text(bare_root() + "derive:\n  late: early + 1\n  early: 2\n  bool_value: late > early\n");
  INFO(file->checked->rendered());
  CHECK(file->checked->diagnostics.empty());
  REQUIRE(file->checked->model);
  REQUIRE(file->checked->model->derived.size() == 3);
  CHECK(file->checked->model->derived[2].type.kind == check::TypeKind::boolean);
}

TEST_CASE("a parameter must be a constant", "[check][E027]") {
  SECTION("today") {
    auto file = check_text(bare_root() + "parameters:\n  review_interval: today\n");
    const auto& d = file->error(Code::NotConstant, "today", {"a parameter must be a constant value", "`today` is not"});
    CHECK(has_note(d, "put it in quotes"));
  }
  SECTION("a call") {
    auto file = check_text(bare_root() + "parameters:\n  start: date(2026, 9, 1)\n");
    file->error(Code::NotConstant, "date(", {"`date(2026, 9, 1)` is not"});
  }
  SECTION("arithmetic on unlike values") {
    auto file = check_text(bare_root() + "parameters:\n  cap: 2 + true\n");
    file->error(Code::NotConstant, "2 + true", {"only add, subtract, multiply or divide"});
  }
  SECTION("division by zero") {
    auto file = check_text(bare_root() + "parameters:\n  cap: 2 / 0\n");
    file->error(Code::NotConstant, "2 / 0");
  }
  SECTION("a duration far out of range") {
    auto file = check_text(bare_root() + "parameters:\n  far: 2147483647 days + 2147483647 days\n");
    file->error(Code::NotConstant, "2147483647", {"out of range"});
  }
  SECTION("a date stepped out of the calendar") {
    auto file = check_text(bare_root() + "parameters:\n  far: 9999-12-31 + 1 day\n");
    file->error(Code::NotConstant, "9999", {"out of range"});
  }
}

TEST_CASE("constant parameters fold to values of their type", "[check][E027]") {
  auto file = check_text(bare_root() +
                         "parameters:\n"
                         "  interval: 6 weeks + 3 days\n"
                         "  count: -2 * 3\n"
                         "  flag: not true\n"
                         "  start: 2026-01-31 + 1 month\n"
                         "  label: \"twelve weeks\"\n"
                         "  half: 3 months * 0.5\n");
  INFO(file->checked->rendered());
  REQUIRE(file->checked->diagnostics.empty());
  const auto& p = file->checked->model->parameters;
  REQUIRE(p.size() == 6);
  CHECK(std::get<Duration>(p[0].value) == Duration{0, 45});
  CHECK(std::get<double>(p[1].value) == -6);
  CHECK(std::get<bool>(p[2].value) == false);
  CHECK(std::get<Date>(p[3].value) == *Date::parse("2026-02-28"));
  CHECK(std::get<std::string>(p[4].value) == "twelve weeks");
  CHECK(std::get<Duration>(p[5].value) == Duration{1, 0});
}

}  // namespace apdr::checktest
