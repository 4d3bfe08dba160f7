#include <catch2/catch.hpp>

#include "core/diagnostic.hpp"
#include "core/suggest.hpp"

TEST_CASE("a diagnostic renders file:line:column, the source line and a caret") {
  apdr::SourceStore sources;
  sources.add("rules.yaml", "id: x\nrules:\n  - when: levl(semh) > 1\n");
  apdr::Diagnostics list;
  list.error(apdr::Code::BadCall, {"rules.yaml", 3, 11}, "unknown function `levl`",
             {"did you mean `level`?"});
  CHECK(apdr::render_diagnostics(list, sources) ==
        "rules.yaml:3:11: error[E023]: unknown function `levl`\n"
        "    - when: levl(semh) > 1\n"
        "            ^\n"
        "  = did you mean `level`?\n");
  CHECK(list.has_errors());
}

TEST_CASE("diagnostics sort by position and drop exact repeats") {
  apdr::Diagnostics list;
  list.error(apdr::Code::UnknownName, {"b.yaml", 1, 1}, "x");
  list.error(apdr::Code::UnknownName, {"a.yaml", 9, 1}, "y");
  list.error(apdr::Code::UnknownName, {"a.yaml", 2, 5}, "z");
  list.error(apdr::Code::UnknownName, {"a.yaml", 2, 5}, "z");
  list.sort();
  REQUIRE(list.all().size() == 3);
  CHECK(list.all()[0].message == "z");
  CHECK(list.all()[2].message == "x");
  CHECK(list.error_count() == 3);
}

TEST_CASE("codes have stable names") {
  CHECK(apdr::code_name(apdr::Code::FileUnreadable) == "E001");
  CHECK(apdr::code_name(apdr::Code::UnknownName) == "E021");
  CHECK(apdr::code_name(apdr::Code::NeverInForce) == "W001");
}

TEST_CASE("did you mean suggests only plausible typos") {
  std::vector<std::string> names = {"semh", "cognition_learning", "sensory_physical"};
  CHECK(apdr::closest_name("sehm", names) == "semh");
  CHECK(apdr::closest_name("cognition_learnin", names) == "cognition_learning");
  CHECK_FALSE(apdr::closest_name("attendance", names));
  // A difference of case only is worth saying; the name itself is not.
  CHECK(apdr::closest_name("SEMH", names) == "semh");
  CHECK_FALSE(apdr::closest_name("semh", names));
}

TEST_CASE("a quoted source line never sends control bytes or broken UTF-8 to the terminal") {
  apdr::SourceStore sources;
  sources.add("bin.yaml", std::string("ab\x1b[2J\xff\xfe") + "é:x\n");
  apdr::Diagnostics list;
  list.error(apdr::Code::YamlSyntax, {"bin.yaml", 1, 9}, "malformed YAML");
  const std::string out = apdr::render_diagnostics(list, sources);
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find("ab?[2J??é:x") != std::string::npos);
}

TEST_CASE("a suggestion tie goes to the candidate with the same letter case") {
  std::vector<std::string> names = {"SEMH", "semh"};
  CHECK(apdr::closest_name("semhh", names) == "semh");
  CHECK(apdr::closest_name("SEMHH", names) == "SEMH");
}

TEST_CASE("lines of a private file (a pupil's profile) are never quoted under a diagnostic") {
  apdr::SourceStore sources;
  sources.add("pupil.yaml", "pupil: { date_of_birth: 2015-03-02, year_group: 16 }\n",
              apdr::SourceStore::Quoting::private_data);
  apdr::Diagnostics list;
  list.error(apdr::Code::InvalidValue, {"pupil.yaml", 1, 51}, "year group 16 is not between -1 and 14");
  const std::string out = apdr::render_diagnostics(list, sources);
  CHECK(out == "pupil.yaml:1:51: error[E006]: year group 16 is not between -1 and 14\n");
  CHECK(out.find("2015-03-02") == std::string::npos);
}
