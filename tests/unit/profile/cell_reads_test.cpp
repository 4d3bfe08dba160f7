#include <catch2/catch.hpp>

#include "profile/cell_reads.hpp"

using namespace apdr::profile;

namespace {

std::string read_ok(CellRead how, const std::string& text) {
  CellReading reading = read_cell(how, text);
  INFO(reading.error);
  REQUIRE(reading.ok());
  return reading.value;
}

std::string why_not(CellRead how, const std::string& text) {
  CellReading reading = read_cell(how, text);
  REQUIRE_FALSE(reading.ok());
  return reading.error;
}

bool fails(CellRead how, const std::string& text) { return !read_cell(how, text).ok(); }

}  // namespace

TEST_CASE("read: year takes the ways schools write a year group") {
  CHECK(read_ok(CellRead::year, "Year 9") == "9");
  CHECK(read_ok(CellRead::year, "year 10") == "10");
  CHECK(read_ok(CellRead::year, "Y9") == "9");
  CHECK(read_ok(CellRead::year, "Yr 7") == "7");
  CHECK(read_ok(CellRead::year, "9") == "9");
  CHECK(read_ok(CellRead::year, "R") == "0");
  CHECK(read_ok(CellRead::year, "Reception") == "0");
  CHECK(read_ok(CellRead::year, "N") == "-1");
  CHECK(read_ok(CellRead::year, "Nursery") == "-1");
}

TEST_CASE("read: year refuses what is no year group, quoting the value") {
  CHECK(fails(CellRead::year, "Year Z"));
  CHECK(fails(CellRead::year, "Year 15"));
  CHECK(fails(CellRead::year, "9B"));
  CHECK(why_not(CellRead::year, "Year Z").starts_with("`Year Z` is not a year group"));
}

TEST_CASE("read: dd/mm/yyyy gives ISO dates and refuses impossible ones") {
  CHECK(read_ok(CellRead::day_month_year, "03/09/2026") == "2026-09-03");
  CHECK(read_ok(CellRead::day_month_year, "3/9/2026") == "2026-09-03");
  CHECK(read_ok(CellRead::day_month_year, "29/02/2028") == "2028-02-29");
  CHECK(why_not(CellRead::day_month_year, "31/02/2026").starts_with("`31/02/2026` is not a real date"));
  CHECK(fails(CellRead::day_month_year, "2026-09-03"));
  CHECK(fails(CellRead::day_month_year, "03/09/26"));
  CHECK(fails(CellRead::day_month_year, "03-09-2026"));
  CHECK(fails(CellRead::day_month_year, "01/01/1850"));
}

TEST_CASE("read: census takes codes in any case and with their meaning after them") {
  CHECK(read_ok(CellRead::census, "k") == "K");
  CHECK(read_ok(CellRead::census, "K - SEN Support") == "K");
  CHECK(read_ok(CellRead::census, "E: EHC plan") == "E");
  CHECK(read_ok(CellRead::census, "SpLD") == "SPLD");
  CHECK(read_ok(CellRead::census, "semh") == "SEMH");
  // A level id is left for the profile reader to check.
  CHECK(read_ok(CellRead::census, "sen_support") == "sen_support");
}

TEST_CASE("read: words") {
  CHECK(parse_cell_read("census") == CellRead::census);
  CHECK(parse_cell_read("year") == CellRead::year);
  CHECK(parse_cell_read("dd/mm/yyyy") == CellRead::day_month_year);
  CHECK_FALSE(parse_cell_read("mm/dd/yyyy"));
  CHECK(cell_read_names() == std::vector<std::string>{"census", "year", "dd/mm/yyyy"});
}
