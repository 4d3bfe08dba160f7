#include <catch2/catch.hpp>

#include "core/diagnostic.hpp"
#include "core/limits.hpp"
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

TEST_CASE("a long line is quoted as a short excerpt around the caret, whatever the column") {
  // A cohort row given by mistake: every byte of it is a pupil's fact.
  const std::string row =
      "pupil-0042,2015-03-02,6,primary,SEMH,sen_support,Attends the nurture group; mother unwell,2026-11-22";
  apdr::SourceStore sources;
  sources.add("cohort.yaml", "first\n" + row + "\n");
  for (std::uint32_t column : {1u, 12u, 50u, 90u, static_cast<std::uint32_t>(row.size())}) {
    apdr::Diagnostics list;
    list.error(apdr::Code::YamlSyntax, {"cohort.yaml", 2, column}, "malformed YAML");
    const std::string out = apdr::render_diagnostics(list, sources);
    INFO(out);
    auto first_break = out.find('\n');
    auto second_break = out.find('\n', first_break + 1);
    std::string quoted = out.substr(first_break + 3, second_break - first_break - 3);  // after "  "
    std::string caret = out.substr(second_break + 3, out.find('\n', second_break + 1) - second_break - 3);
    std::string body = quoted;  // the quoted bytes of the row, without the "…" that mark a cut
    for (auto at = body.find("…"); at != std::string::npos; at = body.find("…")) body.erase(at, 3);
    CHECK(body.size() <= apdr::limits::max_quoted_bytes);
    CHECK(out.find(row) == std::string::npos);
    // The caret still points at the same byte of the row.
    std::size_t caret_at = caret.find('^');
    std::size_t prefix = quoted.starts_with("…") ? 3 : 0;
    REQUIRE(caret_at != std::string::npos);
    std::size_t in_row = row.find(body) + (caret_at - (prefix ? 1 : 0));
    CHECK(in_row == column - 1);
  }
}

TEST_CASE("a short line is quoted whole, as before") {
  apdr::SourceStore sources;
  sources.add("r.yaml", "      when: levl(semh) >= sen_support\n");
  apdr::Diagnostics list;
  list.error(apdr::Code::BadCall, {"r.yaml", 1, 13}, "unknown function `levl`");
  CHECK(apdr::render_diagnostics(list, sources) ==
        "r.yaml:1:13: error[E023]: unknown function `levl`\n"
        "        when: levl(semh) >= sen_support\n"
        "              ^\n");
}

TEST_CASE("a message cannot carry a whole file: quoted values are cut and line breaks become spaces") {
  std::string file = "Adno,DOB,Year\n1001,02/03/2015,6\n1002,11/09/2014,7\n";
  apdr::Diagnostics list;
  list.error(apdr::Code::WrongShape, {"rules.yaml", 1, 1},
             "the rule set should be a mapping, but it is the single value `" + file + "`",
             {"note `" + file + "`"});
  const apdr::Diagnostic& d = list.all().front();
  CHECK(d.message.find('\n') == std::string::npos);
  CHECK(d.message.find("11/09/2014") == std::string::npos);
  CHECK(d.message.starts_with("the rule set should be a mapping, but it is the single value `Adno,DOB,Year?1001,"));
  CHECK(d.message.ends_with("…`"));
  CHECK(d.notes.front().find("11/09/2014") == std::string::npos);
  // One long line is cut too.
  apdr::Diagnostics one_line;
  one_line.error(apdr::Code::WrongShape, {}, "it is `" + std::string(500, 'x') + "`");
  CHECK(one_line.all().front().message.size() < 60);
  // Short quoted values, and the text around them, are untouched.
  apdr::Diagnostics plain;
  plain.error(apdr::Code::UnknownKey, {}, "unknown key `levl` in `the rule set`");
  CHECK(plain.all().front().message == "unknown key `levl` in `the rule set`");
}

TEST_CASE("a diagnostic that must not quote its file shows only the place") {
  apdr::SourceStore sources;
  sources.add("cohort.csv", "Adno,DOB\n1001,02/03/2015\n");
  apdr::Diagnostic d;
  d.where = {"cohort.csv", 1, 1};
  d.message = "this is a CSV cohort, not a rule set";
  d.quote_source = false;
  apdr::Diagnostics list;
  list.add(d);
  CHECK(apdr::render_diagnostics(list, sources) == "cohort.csv:1:1: error[E006]: this is a CSV cohort, not a rule set\n");
}
