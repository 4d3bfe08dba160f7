// The diff's text and JSON: what a policy writer reads per pupil, the
// summary's cap on listed ids, and a streamed JSON document that parses.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "diff/json.hpp"
#include "diff/text.hpp"

using namespace apdr;
using diff::ChangeKind;
using diff::PupilChange;

namespace {

PupilChange moved_review(std::size_t row, std::string id) {
  diff::Change c;
  c.kind = ChangeKind::escalation_moved;
  c.subject = "review";
  c.old_due = *Date::from_ymd(2026, 11, 24);
  c.new_due = *Date::from_ymd(2026, 10, 27);
  c.new_overdue = true;
  PupilChange p;
  p.status = PupilChange::Status::changed;
  p.row = row;
  p.pupil = std::move(id);
  p.changes.push_back(c);
  return p;
}

}  // namespace

TEST_CASE("a pupil's block names the pupil, the change and both dates") {
  std::string text = diff::pupil_text(moved_review(3, "pupil-a"));
  CHECK(text == "\npupil-a (row 3)\n  escalation moved: review from 2026-11-24 to 2026-10-27 (now overdue)\n");
}

TEST_CASE("an unchanged pupil prints nothing, in text or JSON") {
  PupilChange same;
  same.pupil = "pupil-b";
  CHECK(diff::pupil_text(same).empty());
  CHECK(diff::json_pupil(same, true).empty());
}

TEST_CASE("a row both rule sets reject shows its row, line and errors") {
  PupilChange broken;
  broken.status = PupilChange::Status::rejected;
  broken.row = 6;
  broken.line = 7;
  broken.errors.error(Code::ProfileBadDate, {"c.jsonl", 7, 40}, "2016-02-30 is not a real date");
  std::string text = diff::pupil_text(broken);
  CHECK(text.find("row 6 (line 7): rejected under both rule sets") != std::string::npos);
  CHECK(text.find("at c.jsonl:7:40: 2016-02-30 is not a real date") != std::string::npos);
}

TEST_CASE("the text summary lists at most max_listed_pupils ids, and counts all of them") {
  diff::DiffSummary summary;
  for (std::size_t i = 1; i <= diff::max_listed_pupils + 3; ++i) {
    summary.add(moved_review(i, "p" + std::to_string(i)));
  }
  std::string text = diff::summary_text(summary);
  // The summary line is wrapped; read it as one line.
  for (auto at = text.find("\n    "); at != std::string::npos; at = text.find("\n    ")) text.replace(at, 5, " ");
  CHECK(text.find("escalation moved: review — 13 pupils: p1, p2,") != std::string::npos);
  CHECK(text.find("p10 and 3 more") != std::string::npos);
  CHECK(text.find("p11") == std::string::npos);
  CHECK(text.find("read 13 pupils: 13 changed, 0 unchanged, 0 rejected") != std::string::npos);
}

TEST_CASE("the streamed JSON document parses, lists every id and adds up") {
  diff::DiffSummary summary;
  diff::Heading heading{"old.yaml", "t", "new.yaml", "t", "c.jsonl", std::nullopt};
  std::string text = diff::json_opening(heading);
  bool first = true;
  for (std::size_t i = 1; i <= diff::max_listed_pupils + 3; ++i) {
    auto pupil = moved_review(i, "p" + std::to_string(i));
    summary.add(pupil);
    text += diff::json_pupil(pupil, first);
    first = false;
  }
  PupilChange same;
  summary.add(same);
  text += diff::json_pupil(same, first);
  text += diff::json_closing(summary);

  auto document = nlohmann::json::parse(text);
  CHECK(document["as_of"].is_null());
  CHECK(document["pupils"].size() == 13);
  CHECK(document["pupils"][0]["changes"][0]["old"]["due"] == "2026-11-24");
  CHECK(document["pupils"][0]["changes"][0]["new"]["overdue"] == true);
  CHECK(document["summary"][0]["count"] == 13);
  CHECK(document["summary"][0]["pupils"].size() == 13);
  CHECK(document["totals"]["read"] == 14);
  CHECK(document["totals"]["unchanged"] == 1);
}

TEST_CASE("an empty cohort is still one valid JSON document") {
  diff::DiffSummary summary;
  std::string text = diff::json_opening({"a", "a", "b", "b", "-", *Date::from_ymd(2026, 1, 5)}) +
                     diff::json_closing(summary);
  auto document = nlohmann::json::parse(text);
  CHECK(document["pupils"].empty());
  CHECK(document["as_of"] == "2026-01-05");
  CHECK(document["totals"]["read"] == 0);
}
