#include <catch2/catch.hpp>

#include <sstream>

#include "profile/cohort.hpp"
#include "profile/column_map.hpp"
#include "profile_test_support.hpp"

using apdr::Code;
using namespace apdr::profile;
using Status = CohortRow::Status;

namespace {

Schema national_like() {
  Schema schema = profile_test::test_schema();
  schema.census_levels = {{"N", "universal"}, {"K", "sen_support"}, {"E", "ehc_plan"}};
  return schema;
}

struct MapLoad {
  std::optional<ColumnMap> map;
  apdr::Diagnostics diagnostics;
  apdr::SourceStore sources;
  const apdr::Diagnostic* find(Code code) const {
    for (const auto& d : diagnostics.all()) {
      if (d.code == code) return &d;
    }
    return nullptr;
  }
};

MapLoad load_map(const std::string& text) {
  MapLoad loaded;
  loaded.map = load_column_map_text("map.yaml", text, national_like(), loaded.sources, loaded.diagnostics);
  return loaded;
}

const std::string good_map =
    "apdr-columns: 1\n"
    "id: Adno\n"
    "columns:\n"
    "  pupil.year_group: { from: Year, read: year }\n"
    "  pupil.date_of_birth: { from: DOB, read: dd/mm/yyyy }\n"
    "  level: { from: SEN Status, read: census }\n"
    "  codes: [Primary Need, Secondary Need]\n"
    "  review_due: { from: Next Review, read: dd/mm/yyyy }\n"
    "keep: [UPN]\n"
    "ignore: [Surname]\n";

std::vector<CohortRow> read_through(const std::string& map_text, const std::string& csv,
                                    std::vector<std::string>* kept_columns = nullptr,
                                    std::size_t* blank = nullptr) {
  MapLoad loaded = load_map(map_text);
  REQUIRE(loaded.map);
  std::istringstream in(csv);
  CohortReader reader(in, CohortFormat::csv, "export.csv", national_like());
  reader.use_column_map(std::move(*loaded.map));
  std::vector<CohortRow> rows;
  for (CohortRow row = reader.next(); row.status != Status::end; row = reader.next()) {
    rows.push_back(std::move(row));
    if (rows.back().status == Status::failed || rows.size() > 100) break;
  }
  if (kept_columns) *kept_columns = reader.kept_columns();
  if (blank) *blank = reader.blank_rows();
  return rows;
}

const std::string header = "Adno,UPN,Surname,Year,DOB,SEN Status,Primary Need,Secondary Need,Next Review\r\n";

}  // namespace

TEST_CASE("a column map reads a school's export: years, dd/mm/yyyy dates, census codes, kept columns") {
  std::vector<std::string> kept;
  auto rows = read_through(good_map,
                           "\xEF\xBB\xBF" + header +
                               "004211,T01,Pupil-A,Year 9,14/03/2012,K,SEMH,SPLD,09/01/2027\r\n"
                               "004212,T02,Pupil-B,R,01/09/2021,e,ASD,,\r\n",
                           &kept);
  REQUIRE(rows.size() == 2);
  REQUIRE(rows[0].status == Status::profile);
  const Profile& first = *rows[0].profile;
  CHECK(first.id == "004211");
  CHECK(first.pupil.year_group == 9);
  CHECK(first.pupil.date_of_birth->iso() == "2012-03-14");
  REQUIRE(first.needs.size() == 2);  // each code's area is a need, at the row's level
  CHECK(first.needs[0].area == apdr::Area::cognition_learning);
  CHECK(first.needs[0].level == "sen_support");
  CHECK(first.needs[1].area == apdr::Area::semh);
  CHECK(first.needs[1].level == "sen_support");
  // The agreed review date makes a running cycle for every need.
  REQUIRE(first.cycles.size() == 2);
  CHECK(first.cycles[0].review_due->iso() == "2027-01-09");
  CHECK_FALSE(first.cycles[0].started);
  CHECK(first.kept == std::vector<std::string>{"T01"});
  CHECK(kept == std::vector<std::string>{"UPN"});
  REQUIRE(rows[1].status == Status::profile);
  CHECK(rows[1].profile->pupil.year_group == 0);
  CHECK(rows[1].profile->needs.at(0).level == "ehc_plan");  // `e`, read as census, is E
  CHECK(rows[1].profile->needs.at(0).codes == std::vector<std::string>{"ASD"});
}

TEST_CASE("a column the map does not name is an error at the header, with did-you-mean and the map line") {
  MapLoad loaded = load_map(good_map);
  REQUIRE(loaded.map);
  std::istringstream in("Adno,UPN,Surnme,Year,DOB,SEN Status,Primary Need,Secondary Need,Next Review\n");
  CohortReader reader(in, CohortFormat::csv, "export.csv", national_like());
  reader.use_column_map(std::move(*loaded.map));
  CohortRow row = reader.next();
  REQUIRE(row.status == Status::failed);
  const apdr::Diagnostic* unnamed = nullptr;
  for (const auto& d : row.diagnostics.all()) {
    if (d.code == Code::UnknownKey) unnamed = &d;
  }
  REQUIRE(unnamed);
  CHECK(unnamed->where.file == "export.csv");
  CHECK(unnamed->where.line == 1);
  CHECK(unnamed->where.column == 10);
  CHECK(unnamed->message.find("`Surnme`") != std::string::npos);
  REQUIRE(unnamed->notes.size() == 2);
  CHECK(unnamed->notes[0] == "did you mean `Surname`, which the map names at map.yaml:10:10?");
  CHECK(unnamed->notes[1].find("map.yaml:10:1") != std::string::npos);
}

TEST_CASE("an id column absent from the header is E004 at the map") {
  auto rows = read_through(good_map, "Number,UPN,Surname,Year,DOB,SEN Status,Primary Need,Secondary Need,Next Review\n");
  REQUIRE(rows.size() == 1);
  REQUIRE(rows[0].status == Status::failed);
  bool found = false;
  for (const auto& d : rows[0].diagnostics.all()) {
    if (d.code == Code::MissingKey) {
      found = true;
      CHECK(d.where.file == "map.yaml");
      CHECK(d.where.line == 2);
      CHECK(d.where.column == 5);
    }
  }
  CHECK(found);
}

TEST_CASE("map mistakes are located errors in the map") {
  SECTION("a column named twice") {
    auto loaded = load_map("apdr-columns: 1\nid: Adno\ncolumns:\n  pupil.year_group: Adno\n");
    CHECK_FALSE(loaded.map);
    auto* d = loaded.find(Code::DuplicateKey);
    REQUIRE(d);
    CHECK(d->where.line == 4);
    CHECK(d->where.column == 21);
    CHECK(d->notes == std::vector<std::string>{"first named at 2:5"});
  }
  SECTION("a read apdr does not know") {
    auto loaded = load_map("apdr-columns: 1\nid: Adno\ncolumns:\n  pupil.date_of_birth: { from: DOB, read: mm/dd/yyyy }\n");
    auto* d = loaded.find(Code::InvalidValue);
    REQUIRE(d);
    CHECK(d->where.line == 4);
    CHECK(d->message == "`read: mm/dd/yyyy` is not a way apdr reads values");
  }
  SECTION("a read that does not fit its field") {
    auto loaded = load_map("apdr-columns: 1\nid: Adno\ncolumns:\n  pupil.date_of_birth: { from: DOB, read: year }\n");
    auto* d = loaded.find(Code::InvalidValue);
    REQUIRE(d);
    CHECK(d->notes == std::vector<std::string>{"`pupil.date_of_birth` takes `read: dd/mm/yyyy`"});
  }
  SECTION("an unknown apdr field, with did-you-mean") {
    auto loaded = load_map("apdr-columns: 1\nid: Adno\ncolumns:\n  pupil.year_grup: Year\n");
    auto* d = loaded.find(Code::UnknownKey);
    REQUIRE(d);
    CHECK(d->where.line == 4);
    CHECK(d->where.column == 3);
    CHECK(d->notes == std::vector<std::string>{"did you mean `pupil.year_group`?"});
  }
  SECTION("no id, no version") {
    auto loaded = load_map("columns: {}\n");
    CHECK_FALSE(loaded.map);
    CHECK(loaded.diagnostics.error_count() == 2);
  }
  SECTION("a cohort given as the map") {
    auto loaded = load_map("Adno,Year\n1,Year 9\n");
    CHECK_FALSE(loaded.map);
    CHECK(loaded.find(Code::WrongShape));
  }
}

TEST_CASE("a cell the read cannot read rejects its row at the cell, later rows still read") {
  auto rows = read_through(good_map, header +
                                         "1,T1,A,Year Z,14/03/2012,K,SEMH,,\n"
                                         "2,T2,B,Year 9,31/02/2012,K,SEMH,,\n"
                                         "3,T3,C,Year 9,14/03/2012,K,SEMH,,\n");
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].status == Status::rejected);
  REQUIRE(rows[0].diagnostics.error_count() == 1);
  const auto& year = rows[0].diagnostics.all().front();
  CHECK(year.code == Code::InvalidValue);
  CHECK(year.where.line == 2);
  CHECK(year.where.column == 8);
  CHECK(rows[0].error_column == "Year");
  CHECK(rows[1].status == Status::rejected);
  CHECK(rows[1].diagnostics.all().front().code == Code::ProfileBadDate);
  CHECK(rows[1].diagnostics.all().front().message.find("`31/02/2012` is not a real date") != std::string::npos);
  CHECK(rows[1].error_column == "DOB");
  CHECK(rows[2].status == Status::profile);
}

TEST_CASE("a column of `Year 9` mapped without read: year says how to fix the map") {
  std::string map = good_map;
  map.replace(map.find("{ from: Year, read: year }"), std::string("{ from: Year, read: year }").size(), "Year");
  auto rows = read_through(map, header + "1,T1,A,Year 9,14/03/2012,K,SEMH,,\n");
  REQUIRE(rows.size() == 1);
  REQUIRE(rows[0].status == Status::rejected);
  const auto& d = rows[0].diagnostics.all().front();
  CHECK(d.code == Code::InvalidValue);
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0].find("add `read: year` to `pupil.year_group`") != std::string::npos);
  CHECK(rows[0].error_column == "Year");
}

TEST_CASE("OTH or NSA alone places no need, and says so (W016)") {
  auto rows = read_through(good_map, header + "1,T1,A,Year 9,14/03/2012,K,NSA,,01/02/2027\n");
  REQUIRE(rows.size() == 1);
  REQUIRE(rows[0].status == Status::profile);
  CHECK(rows[0].profile->needs.empty());
  REQUIRE(rows[0].diagnostics.all().size() == 1);  // once a row, not once a fact
  CHECK(rows[0].diagnostics.all().front().code == Code::NoAreaPlaced);
  CHECK(rows[0].diagnostics.all().front().message.find("NSA") != std::string::npos);
}

TEST_CASE("N with no code is no need and no warning") {
  auto rows = read_through(good_map, header + "1,T1,A,Year 9,14/03/2012,N,,,\n");
  REQUIRE(rows.size() == 1);
  REQUIRE(rows[0].status == Status::profile);
  CHECK(rows[0].profile->needs.empty());
  CHECK(rows[0].diagnostics.empty());
}

TEST_CASE("blank rows and rows of separators are skipped and counted, not read as pupils") {
  std::size_t blank = 0;
  auto rows = read_through(good_map, header + "1,T1,A,Year 9,14/03/2012,K,SEMH,,\r\n,,,,,,,,\r\n\r\n , ,,,,,,,\n", nullptr,
                           &blank);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].row == 1);
  CHECK(blank == 3);
}

TEST_CASE("plain CSV cohorts skip blank rows too, numbering only real rows") {
  std::istringstream in("id,need_semh\np1,sen_support\n,\np2,K\n");
  CohortReader reader(in, CohortFormat::csv, "cohort.csv", national_like());
  CohortRow first = reader.next();
  CohortRow second = reader.next();
  CHECK(reader.next().status == Status::end);
  REQUIRE(second.status == Status::profile);
  CHECK(second.row == 2);
  CHECK(second.profile->needs.at(0).level == "sen_support");  // K is the root level that declares it
  CHECK(reader.blank_rows() == 1);
  CHECK(first.status == Status::profile);
}

TEST_CASE("review_due in a CSV cycles cell, and on the running cycle of each need") {
  std::istringstream in(
      "id,need_semh,cycles,review_due\n"
      "p1,sen_support,semh||2026-01-05|2026-03-27|not_met,2026-07-01\n"
      "p2,sen_support,semh||2026-04-20||||2026-07-10,\n");
  CohortReader reader(in, CohortFormat::csv, "cohort.csv", national_like());
  CohortRow first = reader.next();
  CohortRow second = reader.next();
  REQUIRE(first.status == Status::profile);
  // Every cycle reviewed: a new one starts on the last review, due on the date.
  REQUIRE(first.profile->cycles.size() == 2);
  CHECK(first.profile->cycles[1].started->iso() == "2026-03-27");
  CHECK(first.profile->cycles[1].review_due->iso() == "2026-07-01");
  REQUIRE(second.status == Status::profile);
  REQUIRE(second.profile->cycles.at(0).review_due);
  CHECK(second.profile->cycles.at(0).review_due->iso() == "2026-07-10");
}
