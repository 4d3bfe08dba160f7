// The CSV a SENCO sorts (issue 15): kept columns first, then the id, the
// next step by title with an ISO due date and its kind in words, the count
// overdue, gaps by title and a level per area; `--rows steps` one record per
// pupil and step; ids a spreadsheet would turn into numbers kept as text.
#include <catch2/catch.hpp>

#include "batch/csv_line.hpp"
#include "batch_fixture.hpp"
#include "evaluate/evaluate.hpp"
#include "result_lists.hpp"

using namespace apdr;

namespace {

eval::EscalationResult step(std::string_view id, std::string_view title, std::optional<Date> due, bool overdue, Kind kind) {
  eval::EscalationResult e;
  e.step = std::move(id);
  e.title = std::move(title);
  e.due = due;
  e.overdue = overdue;
  e.kind = kind;
  return e;
}

// A pupil with an overdue statutory step, a guidance step with no date, two
// gaps (one with a title) and needs in two areas.
eval::Result pupil() {
  eval::Result r;
  r.profile = "00123";
  r.as_of = *Date::from_ymd(2026, 11, 22);
  r.levels.push_back({Area::cognition_learning, "range2", "Targeted support", "sen_support", apdr::test::names({"profile"})});
  r.levels.push_back({Area::semh, "range1", "", "universal", apdr::test::names({"profile"})});
  eval::ProvisionResult elsa;
  elsa.id = "elsa";
  elsa.title = "ELSA sessions, weekly";
  r.provision.push_back(elsa);
  eval::ProvisionResult plain;
  plain.id = "word-mats";
  r.provision.push_back(plain);
  r.gaps = apdr::test::names({"elsa", "word-mats"});
  auto review = step("annual-review", "Hold the annual review", *Date::from_ymd(2026, 10, 7), true, Kind::statute);
  review.source = "sendreg2014#r20";
  review.provisional = true;
  r.escalations.push_back(review);
  r.escalations.push_back(step("advice", "", std::nullopt, false, Kind::guidance));
  return r;
}

std::vector<std::string> records(const std::string& text) {
  std::vector<std::string> all;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    all.push_back(text.substr(start, end - start));
  }
  return all;
}

}  // namespace

TEST_CASE("one record per pupil: kept columns, id, next step, due, kind, overdue, gaps, levels") {
  batch::CsvLayout layout{{"UPN", "Form"}, batch::CsvRows::pupils};
  CHECK(batch::csv_header(layout) ==
        "UPN,Form,id,next_step,next_step_due,next_step_kind,steps_overdue,gaps,level_communication_interaction,"
        "level_cognition_learning,level_semh,level_sensory_physical,as_of\n");
  std::string out;
  batch::append_csv_line(pupil(), {"A123456789012", "9X"}, layout, out);
  // The id keeps its leading zeros; the step and the gaps are titles (the id
  // when there is none); the area with no need is empty.
  CHECK(out == "A123456789012,9X,\"'00123\",Hold the annual review,2026-10-07,statute,1,"
               "\"ELSA sessions, weekly;word-mats\",,Targeted support,range1,,2026-11-22\n");
}

TEST_CASE("the gaps cell is quoted when a title holds a comma") {
  std::string out;
  auto r = pupil();
  r.profile = "p1";
  batch::append_csv_line(r, {}, {}, out);
  CHECK(out.find(",\"ELSA sessions, weekly;word-mats\",") != std::string::npos);
}

TEST_CASE("a pupil with no step has empty step columns and 0 overdue, never a made-up date") {
  eval::Result r;
  r.profile = "p2";
  r.as_of = *Date::from_ymd(2026, 11, 22);
  std::string out;
  batch::append_csv_line(r, {"x"}, {{"Adno"}, batch::CsvRows::pupils}, out);
  CHECK(out == "x,p2,,,,0,,,,,,2026-11-22\n");
}

TEST_CASE("the next step with no known due date leaves its due cell empty") {
  auto r = pupil();
  r.escalations.erase(r.escalations.begin());
  std::string out;
  batch::append_csv_line(r, {}, {}, out);
  CHECK(out.rfind("\"'00123\",advice,,statutory guidance,0,", 0) == 0);
}

TEST_CASE("rows of steps: one record per step, pupil columns repeated, and one for a pupil with none") {
  batch::CsvLayout layout{{"UPN"}, batch::CsvRows::steps};
  CHECK(batch::csv_header(layout) ==
        "UPN,id,level_communication_interaction,level_cognition_learning,level_semh,level_sensory_physical,"
        "step,due,kind,overdue,provisional,source,as_of\n");
  std::string out;
  batch::append_csv_line(pupil(), {"A1"}, layout, out);
  auto rows = records(out);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0] ==
        "A1,\"'00123\",,Targeted support,range1,,Hold the annual review,2026-10-07,statute,yes,yes,sendreg2014#r20,"
        "2026-11-22");
  // No due date: whether it is overdue is not known, not "no".
  CHECK(rows[1] == "A1,\"'00123\",,Targeted support,range1,,advice,,statutory guidance,not known,,,2026-11-22");

  eval::Result none;
  none.profile = "p3";
  none.as_of = *Date::from_ymd(2026, 11, 22);
  std::string alone;
  batch::append_csv_line(none, {}, {{}, batch::CsvRows::steps}, alone);
  CHECK(alone == "p3,,,,,,,,,,,2026-11-22\n");
}

TEST_CASE("cells a spreadsheet would read as numbers are kept as text, and the marker is reversible") {
  auto cell = [](std::string_view text) {
    std::string out;
    batch::append_csv_field(text, out);
    return out;
  };
  CHECK(cell("00123") == "\"'00123\"");
  CHECK(cell("0") == "0");
  CHECK(cell("123") == "123");
  CHECK(cell("1234567890123456") == "\"'1234567890123456\"");  // 16 digits: Excel keeps 15
  CHECK(cell("12E3") == "\"'12E3\"");
  CHECK(cell("pupil-0001") == "pupil-0001");
  CHECK(cell("2026-10-07") == "2026-10-07");
  // A value that itself starts with ' gets one more, so one ' is always the marker.
  CHECK(cell("'quoted") == "\"''quoted\"");
  // Formulas are still neutralised, and still one cell.
  CHECK(cell("=1+1") == "\"'=1+1\"");
  CHECK(cell("a,b") == "\"a,b\"");
}

TEST_CASE("a profile's kept cells are carried, in order, in front of its evaluation") {
  profile::Profile p;
  p.id = "000042";
  p.as_of = *Date::from_ymd(2026, 11, 22);
  p.needs.push_back({Area::semh, std::string("sen_support"), {}, {}, {}});
  p.kept = {"K801200300400", "007"};
  eval::Result r = eval::evaluate(batch_test::toolkit(), p, *p.as_of);
  std::string out;
  batch::append_csv_line(r, p.kept, {{"UPN", "Adno"}, batch::CsvRows::pupils}, out);
  CHECK(out.rfind("K801200300400,\"'007\",\"'000042\",", 0) == 0);
  CHECK(out.find(",2026-11-22\n") == out.size() - 12);
}

TEST_CASE("a pupil whose row records nothing in place has gaps 'not recorded', never a list of everything") {
  auto r = pupil();
  r.in_place_recorded = false;
  r.gaps = {};  // evaluation claims no gap when nothing is recorded
  for (auto& p : r.provision) p.in_place = std::nullopt;
  std::string out;
  batch::append_csv_line(r, {}, {}, out);
  CHECK(out.find(",1,not recorded,,Targeted support,") != std::string::npos);
  // Recorded as nothing in place (`none`): the gaps are real, and listed.
  auto none = pupil();
  std::string listed;
  batch::append_csv_line(none, {}, {}, listed);
  CHECK(listed.find("not recorded") == std::string::npos);
}

TEST_CASE("a profile that leaves out in_place is not recorded in the sheet") {
  profile::Profile p;
  p.id = "p-unrecorded";
  p.as_of = *Date::from_ymd(2026, 11, 22);
  p.needs.push_back({Area::semh, std::string("sen_support"), {}, {}, {}});
  p.in_place = std::nullopt;
  eval::Result r = eval::evaluate(batch_test::toolkit(), p, *p.as_of);
  REQUIRE_FALSE(r.provision.empty());
  std::string out;
  batch::append_csv_line(r, {}, {}, out);
  CHECK(out.find(",not recorded,") != std::string::npos);
  p.in_place = std::vector<std::string>{};
  std::string recorded;
  batch::append_csv_line(eval::evaluate(batch_test::toolkit(), p, *p.as_of), {}, {}, recorded);
  CHECK(recorded.find("not recorded") == std::string::npos);
}
