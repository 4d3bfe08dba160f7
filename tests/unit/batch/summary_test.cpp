// The summary's counts, from hand-made results so that each number is known.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "batch/summary.hpp"
#include "result_lists.hpp"

using namespace apdr;

namespace {

eval::Result pupil(std::initializer_list<std::string_view> gaps) {
  eval::Result r;
  r.as_of = *Date::from_ymd(2026, 11, 22);
  r.levels.push_back({Area::semh, "sen_support", "", "sen_support", apdr::test::names({"profile"})});
  r.gaps = apdr::test::names(gaps);
  return r;
}

eval::EscalationResult step(std::string_view id, std::optional<Date> due, bool overdue) {
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
  a.undetermined.push_back({"r1", false, apdr::test::names({"attendance", "ehc.decided"})});
  a.undetermined.push_back({"r2", false, apdr::test::names({"attendance"})});          // attendance again: one pupil
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

namespace {

// A pupil `id` from row `row` with the step `review` overdue and `advice`
// due in a week.
eval::Result due_pupil(const std::string& id) {
  auto r = pupil({"elsa"});
  r.profile = r.text(id);
  r.rule_set = "example-oap";
  auto review = step("review", r.as_of.add_days(-3), true);
  review.title = "Review the plan";
  r.escalations.push_back(review);
  r.escalations.push_back(step("advice", r.as_of.add_days(7), false));
  return r;
}

}  // namespace

TEST_CASE("the summary names the first pupils by row for each step overdue or due soon, and counts the rest") {
  batch::Summary s;
  for (std::size_t row = 1; row <= 30; ++row) s.add(due_pupil(fmt::format("p{:02}", row)), false, row);
  const auto& review = s.escalations.at("review");
  CHECK(review.overdue == 30);
  REQUIRE(review.overdue_pupils.size() == batch::Summary::max_listed_pupils);
  CHECK(review.overdue_pupils.front() == batch::ListedPupil{1, "p01"});
  CHECK(review.overdue_pupils.back() == batch::ListedPupil{20, "p20"});
  CHECK(s.escalations.at("advice").due_soon_pupils.size() == batch::Summary::max_listed_pupils);
  CHECK(s.step_titles.at("review") == "Review the plan");

  auto json = batch::summary_json(s, {});
  CHECK(json["escalations"][1]["step"] == "review");
  CHECK(json["escalations"][1]["overdue_pupils"].size() == 20);
  CHECK(json["escalations"][1]["overdue_pupils"][0] == "p01");
  std::string md = batch::summary_markdown(s, {});
  CHECK(md.find("- review: overdue for p01, p02,") != std::string::npos);
  CHECK(md.find("p20 and 10 more.") != std::string::npos);
}

TEST_CASE("the listed pupils are the same however the rows were shared between workers") {
  // Rows dealt to three workers in an odd order, merged in two orders.
  std::vector<batch::Summary> workers(3);
  std::vector<std::size_t> order = {7, 30, 2, 19, 25, 1, 14, 3, 28, 11, 5, 22, 9, 17, 26, 4, 12, 21, 8, 29,
                                    6, 15, 24, 10, 27, 13, 18, 23, 16, 20};
  for (std::size_t i = 0; i < order.size(); ++i) {
    workers[i % 3].add(due_pupil(fmt::format("p{:02}", order[i])), false, order[i]);
  }
  batch::Summary forward, backward;
  for (const auto& w : workers) forward.merge(w);
  for (auto w = workers.rbegin(); w != workers.rend(); ++w) backward.merge(*w);
  batch::Summary inline_run;
  for (std::size_t row = 1; row <= 30; ++row) inline_run.add(due_pupil(fmt::format("p{:02}", row)), false, row);
  CHECK(forward.escalations.at("review").overdue_pupils == inline_run.escalations.at("review").overdue_pupils);
  CHECK(backward.escalations.at("review").overdue_pupils == inline_run.escalations.at("review").overdue_pupils);
  CHECK(batch::summary_json(forward, {}) == batch::summary_json(inline_run, {}));
  CHECK(batch::summary_html(backward, {}) == batch::summary_html(inline_run, {}));
}

TEST_CASE("the HTML summary escapes pupil ids, bidirectional controls included, and fetches nothing") {
  batch::Summary s;
  s.add(due_pupil("<script>alert(1)</script>"), false, 1);
  s.add(due_pupil("abc\u202Edcb"), false, 2);
  std::string html = batch::summary_html(s, {{"universal", "sen_support"}, 10});
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<bdi>&lt;script&gt;alert(1)&lt;/script&gt;</bdi>") != std::string::npos);
  CHECK(html.find("\u202E") == std::string::npos);
  CHECK(html.find("<bdi>abc\\u{202E}dcb</bdi>") != std::string::npos);
  CHECK(html.find("<h2 id=\"levels-heading\">Pupils by area and level</h2>") != std::string::npos);
  CHECK(html.find("<svg") != std::string::npos);
  CHECK(html.find("Review the plan") != std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
  CHECK(html.find("@page { size: A4;") != std::string::npos);
}

TEST_CASE("the summary says how many pupils had nothing recorded as in place, in every form") {
  batch::Summary a, b;
  auto unrecorded = pupil({});
  unrecorded.in_place_recorded = false;
  a.add(unrecorded, false, 1);
  b.add(unrecorded, false, 2);
  b.add(pupil({"elsa"}), false, 3);
  a.merge(b);
  CHECK(a.in_place_not_recorded == 2);
  CHECK(batch::summary_json(a, {})["in_place_not_recorded"] == 2);
  CHECK(batch::summary_markdown(a, {}).find("Nothing recorded as in place for 2 pupils") != std::string::npos);
  std::string html = batch::summary_html(a, {});
  CHECK(html.find("Nothing recorded as in place for 2 of 3 pupils.") != std::string::npos);
  CHECK(html.find("Not counted: the 2 pupils with nothing recorded as in place") != std::string::npos);
}
