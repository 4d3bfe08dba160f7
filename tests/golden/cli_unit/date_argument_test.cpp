#include <catch2/catch.hpp>

#include "date_argument.hpp"

using apdr::cli::parse_date_argument;

TEST_CASE("a valid --as-of date is read") {
  apdr::Diagnostics diagnostics;
  auto date = parse_date_argument("--as-of", "2024-02-29", diagnostics);
  REQUIRE(date);
  CHECK(date->iso() == "2024-02-29");
  CHECK(diagnostics.empty());
}

TEST_CASE("an impossible day is E090 'is not a real date'") {
  apdr::SourceStore sources;
  apdr::Diagnostics diagnostics;
  CHECK_FALSE(parse_date_argument("--as-of", "2026-02-30", diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].code == apdr::Code::BadArgument);
  CHECK(apdr::render_diagnostics(diagnostics, sources) ==
        "error[E090]: --as-of: 2026-02-30 is not a real date: February 2026 has 28 days\n");
}

TEST_CASE("text that is not a date says how to write one") {
  apdr::SourceStore sources;
  for (const char* bad : {"tomorrow", "22/11/2026", "2026-1-5", "", "2026-11-22x"}) {
    apdr::Diagnostics diagnostics;
    INFO(bad);
    CHECK_FALSE(parse_date_argument("--as-of", bad, diagnostics));
    REQUIRE(diagnostics.has_errors());
    CHECK(apdr::render_diagnostics(diagnostics, sources) ==
          std::string("error[E090]: --as-of: `") + bad + "` is not a date\n" +
              "  = write dates as YYYY-MM-DD, for example 2026-11-22\n");
  }
}
