// The summary's counts, from hand-made results so that each number is known.
#include <catch2/catch.hpp>

#include "batch/summary.hpp"

using namespace apdr;

namespace {

eval::Result pupil(std::vector<std::string> gaps) {
  eval::Result r;
  r.as_of = *Date::from_ymd(2026, 11, 22);
  r.levels.push_back({Area::semh, "sen_support", "", "sen_support", {"profile"}});
  r.gaps = std::move(gaps);
  return r;
}

eval::EscalationResult step(const std::string& id, std::optional<Date> due, bool overdue) {
  eval::EscalationResult e;
  e.step = id;
  e.due = due;
  e.overdue = overdue;
  return e;
}

}  // namespace

TEST_CASE("levels, gaps, escalations, undetermined rules and missing facts are counted per pupil") {
  batch::Summary s;
  auto a = pupil({"elsa", "timetable"});
  Date today = a.as_of;
  a.escalations.push_back(step("review", today.add_days(-1), true));
  a.escalations.push_back(step("advice", today.add_days(28), false));   // the last day of "soon"
  a.undetermined.push_back({"r1", false, {"attendance", "ehc.decided"}, {}});
  a.undetermined.push_back({"r2", false, {"attendance"}, {}});          // attendance again: one pupil
  auto b = pupil({"elsa"});
  b.escalations.push_back(step("advice", today.add_days(29), false));   // later
  b.escalations.push_back(step("review", std::nullopt, false));
  s.add(a, false);
  s.add(b, true);
  Diagnostics bad;
  bad.error(Code::WrongShape, {"c", 4, 1}, "x");
  bad.error(Code::WrongShape, {"c", 4, 9}, "y");
  s.add_rejected(4, bad);

  CHECK(s.read == 3);
  CHECK(s.evaluated == 2);
  CHECK(s.rejected == 1);
  CHECK(s.warnings == 1);
  CHECK(s.levels[static_cast<std::size_t>(Area::semh)].at("sen_support") == 2);
  CHECK(s.gaps.at("elsa") == 2);
  CHECK(s.gaps.at("timetable") == 1);
  CHECK(s.escalations.at("review").overdue == 1);
  CHECK(s.escalations.at("review").no_date == 1);
  CHECK(s.escalations.at("advice").due_soon == 1);
  CHECK(s.escalations.at("advice").pupils == 2);
  CHECK(s.missing.at("attendance") == 1);
  CHECK(s.undetermined.at("r1") == 1);
  CHECK(s.rejected_by_code.at("E005") == 1);  // one row, however many errors of one code
  CHECK(s.rejected_rows == std::vector<std::size_t>{4});

  std::string md = batch::summary_markdown(s, {{"universal", "sen_support", "ehc_plan"}, 10});
  CHECK(md.find("Rows read: 3. Evaluated: 2. Rejected: 1.") != std::string::npos);
  CHECK(md.find("| semh | 2 | 2 |") != std::string::npos);
  CHECK(md.find("| elsa | 2 |") != std::string::npos);
  CHECK(md.find("| review | 1 | 0 | 0 | 1 | 2 |") != std::string::npos);
}

TEST_CASE("merging summaries adds every count and keeps the first rejected rows in order") {
  batch::Summary a, b;
  Diagnostics bad;
  bad.error(Code::WrongShape, {"c", 1, 1}, "x");
  for (std::size_t row = 2; row <= 200; row += 2) a.add_rejected(row, bad);
  for (std::size_t row = 1; row <= 199; row += 2) b.add_rejected(row, bad);
  a.add(pupil({"elsa"}), false);
  b.add(pupil({"elsa"}), false);
  a.merge(b);
  CHECK(a.read == 202);
  CHECK(a.rejected == 200);
  CHECK(a.gaps.at("elsa") == 2);
  REQUIRE(a.rejected_rows.size() == batch::Summary::max_listed_rejected);
  CHECK(a.rejected_rows.front() == 1);
  CHECK(a.rejected_rows.back() == 100);
  CHECK(a.rejected_by_code.at("E005") == 200);
}
