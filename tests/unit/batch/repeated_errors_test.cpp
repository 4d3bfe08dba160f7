#include <catch2/catch.hpp>

#include "batch/repeated_errors.hpp"

using apdr::Code;
using apdr::batch::RepeatedErrors;
using apdr::profile::CohortRow;

namespace {

CohortRow rejected(std::size_t number, Code code, const std::string& column, int errors = 1) {
  CohortRow row;
  row.status = CohortRow::Status::rejected;
  row.row = number;
  row.line = number + 1;
  for (int i = 0; i < errors; ++i) {
    row.diagnostics.error(code, {"export.csv", static_cast<std::uint32_t>(number + 1), static_cast<std::uint32_t>(i + 1)},
                          "a reason");
  }
  row.error_column = column;
  return row;
}

}  // namespace

TEST_CASE("one error down a whole column: the first row shown, the rest counted, one line for them") {
  RepeatedErrors repeated;
  CHECK(repeated.show(rejected(1, Code::InvalidValue, "Year")));
  for (std::size_t row = 2; row <= 214; ++row) CHECK_FALSE(repeated.show(rejected(row, Code::InvalidValue, "Year")));
  auto groups = repeated.repeated();
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].rows == 214);
  CHECK(groups[0].first_row == 1);
  CHECK(groups[0].later_rows.size() == RepeatedErrors::listed_rows);
  CHECK(apdr::batch::repeated_error_line(groups[0]) ==
        "E006 in column `Year` again in 213 more rows (rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …): 214 rows rejected "
        "for it in all; row 1 above shows the first");
}

TEST_CASE("other columns, other codes, rows with several errors or no column are each shown") {
  RepeatedErrors repeated;
  CHECK(repeated.show(rejected(1, Code::InvalidValue, "Year")));
  CHECK(repeated.show(rejected(2, Code::ProfileBadDate, "Year")));  // another code
  CHECK(repeated.show(rejected(3, Code::InvalidValue, "DOB")));     // another column
  CHECK(repeated.show(rejected(4, Code::InvalidValue, "Year", 2)));  // two errors: shown whole
  CHECK(repeated.show(rejected(5, Code::InvalidValue, "")));         // not in a column
  CHECK(repeated.repeated().empty());
  CHECK_FALSE(repeated.show(rejected(6, Code::InvalidValue, "DOB")));
  auto groups = repeated.repeated();
  REQUIRE(groups.size() == 1);
  CHECK(apdr::batch::repeated_error_line(groups[0]) ==
        "E006 in column `DOB` again in 1 more row (row 6): 2 rows rejected for it in all; row 3 above shows the first");
}
