// CSV output opened in a spreadsheet (issue 13): a cell that would run as a
// formula is neutralised with a leading `'`.
#include <catch2/catch.hpp>

#include "batch/csv_line.hpp"

using namespace apdr;

TEST_CASE("a CSV cell beginning with = + - @ is neutralised, and still one cell") {
  for (const std::string& id : {std::string("=HYPERLINK(\"https://evil.example\",\"x\")"), std::string("+1+1"),
                                std::string("-2+3"), std::string("@SUM(A1)"), std::string("\t=1")}) {
    eval::Result r;
    r.profile = id;
    r.as_of = *Date::parse("2026-11-22");
    std::string line;
    batch::append_csv_line(r, {}, {}, line);
    INFO(line);
    REQUIRE(line.front() == '"');
    CHECK(line[1] == '\'');
    std::string quoted;  // the cell as it is written, quotes doubled
    for (char c : id) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    CHECK(line.rfind("\"'" + quoted + "\",", 0) == 0);
  }
  eval::Result plain;
  plain.profile = "pupil-0042";
  plain.as_of = *Date::parse("2026-11-22");
  std::string line;
  batch::append_csv_line(plain, {}, {}, line);
  CHECK(line.rfind("pupil-0042,,,,0,,", 0) == 0);
}
