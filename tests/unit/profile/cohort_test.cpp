#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "core/limits.hpp"
#include "profile/cohort.hpp"
#include "profile_test_support.hpp"

using apdr::Code;
using namespace apdr::profile;
using Status = CohortRow::Status;

namespace {

std::string data(const std::string& name) { return std::string(APDR_SOURCE_DIR) + "/tests/data/profile/" + name; }

std::vector<CohortRow> read_all(std::istream& in, CohortFormat format) {
  CohortReader reader(in, format, "cohort", profile_test::test_schema());
  std::vector<CohortRow> rows;
  for (CohortRow row = reader.next(); row.status != Status::end; row = reader.next()) {
    rows.push_back(std::move(row));
    if (rows.size() > 100) break;
  }
  CHECK(reader.next().status == Status::end);
  return rows;
}

std::vector<CohortRow> read_text(const std::string& text, CohortFormat format) {
  std::istringstream in(text);
  return read_all(in, format);
}

const apdr::Diagnostic* find(const CohortRow& row, Code code) {
  for (const auto& d : row.diagnostics.all()) {
    if (d.code == code) return &d;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("JSON Lines: good rows, a bad row reported with its numbers, later rows still read") {
  std::ifstream in(data("cohort.jsonl"));
  auto rows = read_all(in, CohortFormat::jsonl);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].status == Status::profile);
  CHECK(rows[0].profile->id == "p1");
  CHECK(rows[0].profile->needs.at(0).level == "range2");
  CHECK(rows[1].status == Status::rejected);
  CHECK(rows[1].row == 2);
  CHECK(rows[1].line == 3);  // the blank line 2 is skipped
  CHECK_FALSE(rows[1].profile);
  auto* d = find(rows[1], Code::ProfileUnknownArea);
  REQUIRE(d);
  CHECK(d->where.file == "cohort");
  CHECK(d->where.line == 3);
  CHECK(d->where.column == 33);
  CHECK(d->notes == std::vector<std::string>{"did you mean `semh`?"});
  CHECK(rows[2].status == Status::profile);
  CHECK(rows[2].row == 3);
  CHECK(rows[2].profile->pupil.year_group == 3);
  CHECK(std::get<double>(rows[2].profile->inputs.at("attendance")) == 91);
}

TEST_CASE("JSON Lines: a row with no id is named by its row, a non-object line is rejected") {
  auto rows = read_text("{\"as_of\": \"2026-01-01\"}\r\nid: p\n[1]\n{\"id\": \"x\"} {\n", CohortFormat::jsonl);
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].profile->id == "row-1");
  CHECK(rows[1].status == Status::rejected);
  CHECK(find(rows[1], Code::WrongShape));
  CHECK(rows[2].status == Status::rejected);
  CHECK(rows[3].status == Status::rejected);
  CHECK(find(rows[3], Code::YamlSyntax));
}

TEST_CASE("CSV: quoted fields with commas, newlines and quotes, codes, cycles and lists") {
  std::ifstream in(data("cohort.csv"));
  auto rows = read_all(in, CohortFormat::csv);
  REQUIRE(rows.size() == 3);
  REQUIRE(rows[0].status == Status::profile);
  const Profile& p = *rows[0].profile;
  CHECK(p.id == "c1");
  CHECK(p.pupil.year_group == 6);
  REQUIRE(p.needs.size() == 1);
  CHECK(p.needs[0].area == apdr::Area::semh);
  CHECK(p.needs[0].level == "range2");
  CHECK(p.needs[0].codes == std::vector<std::string>{"SEMH", "OTH"});
  REQUIRE(p.cycles.size() == 2);
  CHECK(p.cycles[0].started == apdr::Date::parse("2026-01-12"));
  CHECK(p.cycles[0].outcome == Outcome::not_met);
  CHECK(p.cycles[1].started == apdr::Date::parse("2026-04-20"));
  CHECK_FALSE(p.cycles[1].level);
  CHECK_FALSE(p.cycles[1].outcome);
  CHECK(p.in_place == std::vector<std::string>{"visual-timetable"});
  CHECK(std::get<std::string>(p.inputs.at("notes")) == "likes, trains\r\nand buses");
  CHECK(std::get<std::vector<std::string>>(p.inputs.at("tried")) == std::vector<std::string>{"a", "b"});
  CHECK(p.ehc.requested == apdr::Date::parse("2026-10-01"));

  // The second record starts on line 4: the first one's quoted field spans two lines.
  CHECK(rows[1].status == Status::rejected);
  CHECK(rows[1].row == 2);
  CHECK(rows[1].line == 4);
  auto* d = find(rows[1], Code::ProfileUnknownLevel);
  REQUIRE(d);
  CHECK(d->where.line == 4);
  CHECK(d->where.column == 6);
  CHECK(d->notes.at(0) == "did you mean `range2`?");

  REQUIRE(rows[2].status == Status::profile);
  const Profile& q = *rows[2].profile;
  CHECK(q.pupil.year_group == -1);
  REQUIRE(q.needs.size() == 1);
  CHECK(q.needs[0].area == apdr::Area::sensory_physical);
  CHECK_FALSE(q.needs[0].level);  // `*`: a need with no stated level
  CHECK(q.needs[0].codes == std::vector<std::string>{"HI"});
  CHECK(std::get<std::string>(q.inputs.at("notes")) == "say \"hello\"");
}

TEST_CASE("CSV: a code implies a need, errors inside lists point at the item") {
  auto rows = read_text(
      "id,codes,cycles\n"
      "a,ASD;SPLD,\n"
      "b,NSA,\n"
      "c,ASD;XYZ,semh|range2|2026-01-12|2026-04-01|not_met;semh|range2\n",
      CohortFormat::csv);
  REQUIRE(rows.size() == 3);
  REQUIRE(rows[0].status == Status::profile);
  REQUIRE(rows[0].profile->needs.size() == 2);
  CHECK(rows[0].profile->needs[0].area == apdr::Area::communication_interaction);
  CHECK_FALSE(rows[0].profile->needs[0].level);
  CHECK(rows[0].profile->needs[1].codes == std::vector<std::string>{"SPLD"});
  CHECK(rows[1].status == Status::rejected);
  CHECK(find(rows[1], Code::ProfileBadEnum));
  CHECK(rows[2].status == Status::rejected);
  auto* unknown = find(rows[2], Code::ProfileBadEnum);
  REQUIRE(unknown);
  CHECK(unknown->where.column == 7);
  auto* shape = find(rows[2], Code::WrongShape);
  REQUIRE(shape);
  CHECK(shape->where.column == 53);
}

TEST_CASE("CSV: a row with the wrong number of fields is rejected and reading goes on") {
  auto rows = read_text("id,year_group\na,3\nb,4,extra\nc\n\"d\",\"5\"\n", CohortFormat::csv);
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].status == Status::profile);
  CHECK(rows[1].status == Status::rejected);
  REQUIRE(find(rows[1], Code::WrongShape));
  CHECK(find(rows[1], Code::WrongShape)->message == "the row has 3 fields but the header has 2 columns");
  CHECK(rows[1].line == 3);
  CHECK(rows[2].status == Status::rejected);
  CHECK(rows[3].status == Status::profile);
  CHECK(rows[3].profile->id == "d");
  CHECK(rows[3].row == 4);
}

TEST_CASE("CSV: bad quoting is E014 at the character") {
  auto rows = read_text("id,year_group\na\"b,3\n\"c\"x,3\n\"unclosed,3\n", CohortFormat::csv);
  REQUIRE(rows.size() == 3);
  CHECK(find(rows[0], Code::CohortSyntax)->where.column == 2);
  CHECK(find(rows[1], Code::CohortSyntax)->where.column == 4);
  CHECK(find(rows[2], Code::CohortSyntax)->where.line == 4);
}

TEST_CASE("CSV: an unknown or repeated header column stops the cohort") {
  auto rows = read_text("id,yeargroup,id,input_atendance\na,3,a,4\n", CohortFormat::csv);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].status == Status::failed);
  auto* unknown = find(rows[0], Code::UnknownKey);
  REQUIRE(unknown);
  CHECK(unknown->notes == std::vector<std::string>{"did you mean `year_group`?"});
  CHECK(find(rows[0], Code::DuplicateKey));
  auto* input = find(rows[0], Code::ProfileBadInput);
  REQUIRE(input);
  CHECK(input->notes == std::vector<std::string>{"did you mean `attendance`?"});
  CHECK(read_text("\xEF\xBB\xBFid\nz\n", CohortFormat::csv).at(0).profile->id == "z");
}

TEST_CASE("CSV: an empty file has no header, and stops the cohort, a header alone is an empty cohort") {
  for (const char* text : {"", "\n\n"}) {
    auto rows = read_text(text, CohortFormat::csv);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].status == Status::failed);
    REQUIRE(find(rows[0], Code::CohortSyntax));
    CHECK(find(rows[0], Code::CohortSyntax)->message.starts_with("the CSV file is empty"));
  }
  CHECK(read_text("id,year_group\n", CohortFormat::csv).empty());
}

TEST_CASE("JSON Lines: a byte order mark before the first row is accepted, columns unchanged") {
  auto rows = read_text("\xEF\xBB\xBF{\"id\": \"p1\"}\n{\"id\": \"p2\", \"pupil\": {\"phase\": \"x\"}}\n",
                        CohortFormat::jsonl);
  REQUIRE(rows.size() == 2);
  REQUIRE(rows[0].profile);
  CHECK(rows[0].profile->id == "p1");
  // Only at the very start: one later in the file is still an error.
  auto later = read_text("{\"id\": \"p1\"}\n\xEF\xBB\xBF{\"id\": \"p2\"}\n", CohortFormat::jsonl);
  REQUIRE(later.size() == 2);
  CHECK(later[1].status == Status::rejected);
}

TEST_CASE("an over-long row is rejected and the rows after it still read") {
  const std::string huge(apdr::limits::max_cohort_row_bytes + 10, 'x');
  auto csv = read_text("id,input_notes\na,1\nb," + huge + "\nc,3\n", CohortFormat::csv);
  REQUIRE(csv.size() == 3);
  CHECK(csv[1].status == Status::rejected);
  CHECK(csv[1].row == 2);
  CHECK(find(csv[1], Code::LimitExceeded));
  CHECK(csv[2].status == Status::profile);
  CHECK(csv[2].profile->id == "c");
  CHECK(csv[2].line == 4);

  auto jsonl = read_text("{\"id\": \"a\"}\n{\"id\": \"" + huge + "\"}\n{\"id\": \"c\"}\n", CohortFormat::jsonl);
  REQUIRE(jsonl.size() == 3);
  CHECK(jsonl[1].status == Status::rejected);
  CHECK(find(jsonl[1], Code::LimitExceeded));
  CHECK(jsonl[2].profile->id == "c");
  CHECK(jsonl[2].line == 3);
}

TEST_CASE("CSV: an empty in_place cell or a missing column is not recorded, `none` is nothing in place") {
  auto rows = read_text("id,need_semh,in_place\n"
                        "a,range1,\n"
                        "b,range1,none\n"
                        "c,range1,visual-timetable;check-in\n",
                        CohortFormat::csv);
  REQUIRE(rows.size() == 3);
  for (const auto& row : rows) REQUIRE(row.status == Status::profile);
  CHECK_FALSE(rows[0].profile->in_place);
  REQUIRE(rows[1].profile->in_place);
  CHECK(rows[1].profile->in_place->empty());
  CHECK(rows[2].profile->in_place == std::vector<std::string>{"visual-timetable", "check-in"});

  auto without = read_text("id,need_semh\na,range1\n", CohortFormat::csv);
  REQUIRE(without.size() == 1);
  REQUIRE(without[0].status == Status::profile);
  CHECK_FALSE(without[0].profile->in_place);
}
