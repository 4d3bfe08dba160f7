#include <catch2/catch.hpp>

#include "core/date.hpp"

using apdr::Date;

namespace {
Date d(const char* text) { return *Date::parse(text); }
}

TEST_CASE("dates parse strictly and reject impossible days") {
  CHECK(Date::parse("2026-11-22")->iso() == "2026-11-22");
  CHECK_FALSE(Date::parse("2026-02-30"));
  CHECK_FALSE(Date::parse("2026-13-01"));
  CHECK_FALSE(Date::parse("2025-02-29"));
  CHECK(Date::parse("2024-02-29"));
  CHECK_FALSE(Date::parse("2026-1-05"));
  CHECK_FALSE(Date::parse("0000-01-01"));
  CHECK_FALSE(Date::parse("2026-01-05x"));
}

TEST_CASE("adding months clamps to the end of the target month") {
  CHECK(d("2026-01-31").add_months(1).iso() == "2026-02-28");
  CHECK(d("2024-01-31").add_months(1).iso() == "2024-02-29");
  CHECK(d("2024-02-29").add_months(12).iso() == "2025-02-28");
  CHECK(d("2026-03-31").add_months(-1).iso() == "2026-02-28");
  CHECK(d("2026-12-15").add_months(1).iso() == "2027-01-15");
  CHECK(d("2026-01-15").add_months(-1).iso() == "2025-12-15");
}

TEST_CASE("durations in weeks and days step day by day, months and years by the calendar") {
  using apdr::DurationUnit;
  CHECK(apdr::add(d("2026-10-01"), apdr::make_duration(6, DurationUnit::weeks)).iso() == "2026-11-12");
  CHECK(apdr::add(d("2026-12-25"), apdr::make_duration(15, DurationUnit::days)).iso() == "2027-01-09");
  CHECK(apdr::add(d("2024-02-29"), apdr::make_duration(1, DurationUnit::years)).iso() == "2025-02-28");
  CHECK(apdr::subtract(d("2026-03-31"), apdr::make_duration(1, DurationUnit::months)).iso() == "2026-02-28");
  CHECK(apdr::describe(apdr::make_duration(6, DurationUnit::weeks)) == "6 weeks");
  CHECK(apdr::describe(apdr::make_duration(1, DurationUnit::years)) == "1 year");
}

TEST_CASE("ages are whole years, a 29 February birthday is reached on 28 February") {
  CHECK(apdr::whole_years(d("2015-03-02"), d("2026-03-01")) == 10);
  CHECK(apdr::whole_years(d("2015-03-02"), d("2026-03-02")) == 11);
  CHECK(apdr::whole_years(d("2012-02-29"), d("2027-02-28")) == 15);
  CHECK(apdr::whole_years(d("2012-02-29"), d("2027-02-27")) == 14);
}

TEST_CASE("academic years start on 1 September") {
  CHECK(apdr::academic_year(d("2026-08-31")) == 2025);
  CHECK(apdr::academic_year(d("2026-09-01")) == 2026);
  CHECK(apdr::academic_year(d("2027-01-10")) == 2026);
}
