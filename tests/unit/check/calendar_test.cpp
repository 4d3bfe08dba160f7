// The calendar of a chain: weekends and holidays add up down `extends`, so
// an overlay can add a closure day but never make a day the base counts as
// not working into a working one; the earliest `listed_through` counts.
#include "check_fixture.hpp"

namespace apdr::checktest {
namespace {

const char* base_text =
    "apdr: 1\n"
    "id: base\n"
    "sources:\n"
    "  bh: { title: Bank holidays }\n"
    "calendar:\n"
    "  listed_through: 2027-12-31\n"
    "  holidays:\n"
    "    - { date: 2026-12-25, title: Christmas Day, source: bh }\n"
    "    - { date: 2026-12-28, title: Boxing Day (substitute), source: bh }\n"
    "levels:\n"
    "  - { id: universal, title: Universal }\n";

std::unique_ptr<Checked> with_overlay(RuleFolder& folder, const std::string& calendar) {
  folder.write("base.yaml", base_text);
  std::string text = "apdr: 1\nid: local\nextends: base.yaml\nsources:\n  closures: { title: Closures }\n" + calendar;
  return check_file(folder.write("local.yaml", text));
}

bool holiday(const check::Model& model, const char* day) {
  bool used_pattern = false;
  return !model.calendar.is_working_day(*Date::parse(day), used_pattern);
}

}  // namespace

TEST_CASE("an overlay adds holidays and weekend days, and keeps every one of the base's", "[check][calendar]") {
  RuleFolder folder;
  auto checked = with_overlay(folder,
                              "calendar:\n"
                              "  weekend: [friday]\n"
                              "  listed_through: 2028-12-31\n"
                              "  holidays:\n"
                              "    - { date: 2027-01-04, title: Closure day, source: closures }\n");
  INFO(checked->rendered());
  REQUIRE(checked->diagnostics.error_count() == 0);
  const check::Model& model = *checked->model;
  CHECK(holiday(model, "2026-12-25"));  // the base's, kept
  CHECK(holiday(model, "2026-12-28"));
  CHECK(holiday(model, "2027-01-04"));  // the overlay's, added
  CHECK(holiday(model, "2026-11-27"));  // a Friday: the overlay's weekend day
  CHECK(holiday(model, "2026-11-28"));  // a Saturday: the default weekend stays
  CHECK_FALSE(holiday(model, "2026-11-26"));
  // The list is complete only as far as the base says.
  REQUIRE(model.calendar.listed_through);
  CHECK(model.calendar.listed_through->iso() == "2027-12-31");
}

TEST_CASE("a rule set with holidays but no listed_through is complete to the end of its last year",
          "[check][calendar]") {
  RuleFolder folder;
  auto checked = check_file(folder.write("set.yaml",
                                         "apdr: 1\nid: set\nsources:\n  bh: { title: Bank holidays }\n"
                                         "calendar:\n  holidays:\n"
                                         "    - { date: 2026-12-25, title: Christmas Day, source: bh }\n"
                                         "levels:\n  - { id: universal, title: Universal }\n"));
  REQUIRE(checked->model);
  REQUIRE(checked->model->calendar.listed_through);
  CHECK(checked->model->calendar.listed_through->iso() == "2026-12-31");
}

TEST_CASE("weekend or listed_through given twice across a rule set's files is E013", "[check][calendar][E013]") {
  RuleFolder folder;
  folder.write("more.yaml", "apdr: 1\ncalendar:\n  weekend: [sunday]\n");
  std::string text =
      "apdr: 1\nid: set\ninclude: [more.yaml]\ncalendar:\n  weekend: [saturday, sunday]\n"
      "levels:\n  - { id: universal, title: Universal }\n";
  auto checked = check_file(folder.write("set.yaml", text));
  CHECK(checked->count(Code::DuplicateKey) == 1);
}

TEST_CASE("the weekends of a chain that together leave no working day are an error", "[check][calendar][E006]") {
  RuleFolder folder;
  auto checked = with_overlay(folder, "calendar:\n  weekend: [monday, tuesday, wednesday, thursday, friday]\n");
  CHECK(checked->count(Code::InvalidValue) == 1);
  CHECK(checked->rendered().find("no day would be a working day") != std::string::npos);
}

}  // namespace apdr::checktest
