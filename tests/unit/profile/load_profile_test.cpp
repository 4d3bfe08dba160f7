#include <catch2/catch.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

#include "profile/load_profile.hpp"
#include "profile_test_support.hpp"

using apdr::Code;
using apdr::Date;
using apdr::Duration;
using namespace apdr::profile;
using profile_test::load;
using profile_test::Loaded;

namespace {

std::string data(const std::string& name) { return std::string(APDR_SOURCE_DIR) + "/tests/data/profile/" + name; }

Loaded load_file(const std::string& path) {
  Loaded loaded;
  loaded.profile = load_profile_file(path, profile_test::test_schema(), loaded.sources, loaded.diagnostics);
  return loaded;
}

Date date(const char* text) { return *Date::parse(text); }

// Checks every field of the fixture full.yaml / full.json.
void check_full_profile(const Profile& p) {
  CHECK(p.id == "pupil-0042");
  CHECK(p.as_of == date("2026-11-22"));
  CHECK(p.pupil.date_of_birth == date("2015-03-02"));
  CHECK(p.pupil.year_group == 6);
  CHECK(p.pupil.phase == Phase::primary);
  CHECK(p.pupil.setting == Setting::mainstream);
  REQUIRE(p.needs.size() == 2);
  CHECK(p.needs[0].area == apdr::Area::communication_interaction);
  CHECK(p.needs[0].codes == std::vector<std::string>{"SLCN", "ASD"});
  CHECK(p.needs[0].level == "range2");
  CHECK(p.needs[0].awaiting_assessment == std::vector<std::string>{"autism"});
  CHECK(p.needs[1].area == apdr::Area::semh);
  CHECK_FALSE(p.needs[1].level);
  CHECK(p.needs[1].codes.empty());
  REQUIRE(p.cycles.size() == 3);
  // Sorted oldest first, the cycle with no start first of all.
  CHECK(p.cycles[0].area == apdr::Area::communication_interaction);
  CHECK_FALSE(p.cycles[0].started);
  CHECK(p.cycles[0].outcome == Outcome::met);
  CHECK(p.cycles[1].started == date("2026-01-12"));
  CHECK(p.cycles[1].reviewed == date("2026-04-01"));
  CHECK(p.cycles[1].level == "range2");
  CHECK(p.cycles[1].outcome == Outcome::not_met);
  CHECK(p.cycles[1].advice_from == std::vector<std::string>{"ep", "camhs"});
  CHECK(p.cycles[2].started == date("2026-04-20"));
  CHECK(p.cycles[2].outcome == Outcome::partly_met);
  CHECK_FALSE(p.cycles[2].level);
  CHECK(p.cycles[2].advice_from.empty());
  CHECK(p.in_place == std::vector<std::string>{"visual-timetable"});
  CHECK(p.ehc.requested == date("2026-10-01"));
  CHECK(p.ehc.requested_by == RequestedBy::parent);
  CHECK(p.ehc.decided == date("2026-10-20"));
  CHECK(p.ehc.decision == Decision::agreed);
  CHECK(p.ehc.draft_issued == date("2026-11-01"));
  CHECK(p.ehc.plan_issued == date("2026-11-15"));
  CHECK(p.ehc.last_review == date("2026-11-16"));
  CHECK(p.ehc.mediation_certificate == date("2026-11-17"));
  REQUIRE(p.inputs.size() == 10);
  CHECK(std::get<double>(p.inputs.at("attendance")) == 82.5);
  CHECK(std::get<double>(p.inputs.at("exclusions")) == 2);
  CHECK(std::get<double>(p.inputs.at("ratio")) == -15);
  CHECK(std::get<bool>(p.inputs.at("eal")) == true);
  CHECK(std::get<Date>(p.inputs.at("last_ep_visit")) == date("2026-05-01"));
  CHECK(std::get<Duration>(p.inputs.at("wait")) == Duration{18, 0});
  CHECK(std::get<std::string>(p.inputs.at("notes")) == "likes trains");
  CHECK(std::get<std::string>(p.inputs.at("band")) == "medium");
  CHECK(std::get<std::vector<std::string>>(p.inputs.at("tried")) ==
        std::vector<std::string>{"social stories", "now-next board"});
  CHECK(std::get<std::vector<std::string>>(p.inputs.at("visit_dates")) ==
        std::vector<std::string>{"2026-01-05", "2026-02-09"});
}

void check_same(const Profile& a, const Profile& b) {
  CHECK(a.id == b.id);
  CHECK(a.as_of == b.as_of);
  CHECK(a.pupil.date_of_birth == b.pupil.date_of_birth);
  CHECK(a.pupil.year_group == b.pupil.year_group);
  CHECK(a.pupil.phase == b.pupil.phase);
  CHECK(a.pupil.setting == b.pupil.setting);
  REQUIRE(a.needs.size() == b.needs.size());
  for (std::size_t i = 0; i < a.needs.size(); ++i) {
    CHECK(a.needs[i].area == b.needs[i].area);
    CHECK(a.needs[i].level == b.needs[i].level);
    CHECK(a.needs[i].codes == b.needs[i].codes);
    CHECK(a.needs[i].awaiting_assessment == b.needs[i].awaiting_assessment);
  }
  REQUIRE(a.cycles.size() == b.cycles.size());
  for (std::size_t i = 0; i < a.cycles.size(); ++i) {
    CHECK(a.cycles[i].area == b.cycles[i].area);
    CHECK(a.cycles[i].level == b.cycles[i].level);
    CHECK(a.cycles[i].started == b.cycles[i].started);
    CHECK(a.cycles[i].reviewed == b.cycles[i].reviewed);
    CHECK(a.cycles[i].outcome == b.cycles[i].outcome);
    CHECK(a.cycles[i].advice_from == b.cycles[i].advice_from);
  }
  CHECK(a.in_place == b.in_place);
  CHECK(a.ehc.requested == b.ehc.requested);
  CHECK(a.ehc.requested_by == b.ehc.requested_by);
  CHECK(a.ehc.decision == b.ehc.decision);
  CHECK(a.ehc.mediation_certificate == b.ehc.mediation_certificate);
  CHECK(a.inputs == b.inputs);
}

}  // namespace

TEST_CASE("a full YAML profile and the same profile in JSON load to equal profiles") {
  Loaded yaml = load_file(data("full.yaml"));
  Loaded json = load_file(data("full.json"));
  INFO(yaml.rendered() << json.rendered());
  REQUIRE(yaml.profile);
  REQUIRE(json.profile);
  CHECK(yaml.diagnostics.empty());
  CHECK(json.diagnostics.empty());
  check_full_profile(*yaml.profile);
  check_full_profile(*json.profile);
  check_same(*yaml.profile, *json.profile);
  CHECK(yaml.profile->file == data("full.yaml"));
  // Positions survive: the second need is on line 8 of the YAML.
  CHECK(yaml.profile->needs[1].where.line == 8);
  CHECK(json.profile->needs[1].where.line == 8);
  CHECK(json.profile->needs[1].where.column == 5);
}

TEST_CASE("absent lists are empty, absent facts unknown, and the id defaults to the file's stem") {
  Loaded loaded = load("{}\n", "some/folder/pupil-7.yaml");
  REQUIRE(loaded.profile);
  const Profile& p = *loaded.profile;
  CHECK(p.id == "pupil-7");
  CHECK_FALSE(p.as_of);
  CHECK_FALSE(p.pupil.date_of_birth);
  CHECK_FALSE(p.pupil.year_group);
  CHECK_FALSE(p.pupil.phase);
  CHECK_FALSE(p.pupil.setting);
  CHECK(p.needs.empty());
  CHECK(p.cycles.empty());
  CHECK_FALSE(p.in_place);  // left out: not recorded, not an empty list
  CHECK_FALSE(p.ehc.requested);
  CHECK_FALSE(p.ehc.requested_by);
  CHECK_FALSE(p.ehc.decision);
  CHECK(p.inputs.empty());

  CHECK(load("as_of: 2026-01-01\n", "-").profile->id == "-");
  // null is unknown, like leaving the key out.
  Loaded nulls = load("as_of: ~\npupil: {phase: null}\nneeds:\ninputs: {attendance: null}\n");
  REQUIRE(nulls.profile);
  CHECK_FALSE(nulls.profile->as_of);
  CHECK_FALSE(nulls.profile->pupil.phase);
  CHECK(nulls.profile->needs.empty());
  CHECK(nulls.profile->inputs.empty());
}

TEST_CASE("in_place left out or empty-valued is not recorded, [] records that nothing is in place") {
  Loaded left_out = load("id: p\n", "p.yaml");
  REQUIRE(left_out.profile);
  CHECK_FALSE(left_out.profile->in_place);
  Loaded no_value = load("id: p\nin_place:\n", "p.yaml");
  REQUIRE(no_value.profile);
  CHECK_FALSE(no_value.profile->in_place);
  Loaded nothing = load("id: p\nin_place: []\n", "p.yaml");
  REQUIRE(nothing.profile);
  REQUIRE(nothing.profile->in_place);
  CHECK(nothing.profile->in_place->empty());
  Loaded json = load("{\"id\": \"p\", \"in_place\": null}", "p.json");
  REQUIRE(json.profile);
  CHECK_FALSE(json.profile->in_place);
}

TEST_CASE("an unknown area is E060 at its column with a suggestion") {
  Loaded loaded = load("id: p\nneeds:\n  - area: sem\n");
  CHECK_FALSE(loaded.profile);
  auto* d = loaded.find(Code::ProfileUnknownArea);
  REQUIRE(d);
  CHECK(d->where.line == 3);
  CHECK(d->where.column == 11);
  CHECK(d->message.find("`sem`") != std::string::npos);
  CHECK(d->notes == std::vector<std::string>{"did you mean `semh`?"});
  CHECK(loaded.rendered().find("pupil.yaml:3:11: error[E060]") == 0);
}

TEST_CASE("JSON error positions point at the value, quote included") {
  Loaded loaded = load("{\"id\": \"p\",\n \"needs\": [{\"area\": \"sem\"}]}\n", "p.json");
  auto* d = loaded.find(Code::ProfileUnknownArea);
  REQUIRE(d);
  CHECK(d->where.line == 2);
  CHECK(d->where.column == 21);
  Loaded syntax = load("{\"id\": \"p\"\n \"as_of\": \"2026-01-01\"}\n", "p.json");
  auto* e = syntax.find(Code::YamlSyntax);
  REQUIRE(e);
  CHECK(e->where.line == 2);
  CHECK(e->where.column == 2);
}

TEST_CASE("impossible and malformed dates are E063 naming the value and why") {
  Loaded feb = load("as_of: 2026-02-30\n");
  auto* d = feb.find(Code::ProfileBadDate);
  REQUIRE(d);
  CHECK(d->message == "2026-02-30 is not a real date: February 2026 has 28 days");
  CHECK(d->where.line == 1);
  CHECK(d->where.column == 8);
  CHECK(load("as_of: 2024-02-29\n").profile);

  CHECK(load("as_of: 2026-13-01\n").find(Code::ProfileBadDate)->message ==
        "2026-13-01 is not a real date: there is no month 13");
  CHECK(load("as_of: next week\n").find(Code::ProfileBadDate)->message.find("`next week` is not a date") == 0);
  CHECK(load("as_of: 2026-1-5\n").find(Code::ProfileBadDate));
  CHECK(load("pupil: {date_of_birth: 1850-01-01}\n").find(Code::ProfileBadDate)->message ==
        "1850-01-01 is before 1900: check the year");
  CHECK(load("ehc: {plan_issued: 2026-04-31}\n").find(Code::ProfileBadDate)->message ==
        "2026-04-31 is not a real date: April 2026 has 30 days");
}

TEST_CASE("a date of birth after as_of is E063 and quotes only the birth date") {
  Loaded loaded = load("as_of: 2026-11-22\npupil: {date_of_birth: 2027-01-01}\n");
  CHECK_FALSE(loaded.profile);
  auto* d = loaded.find(Code::ProfileBadDate);
  REQUIRE(d);
  CHECK(d->where.line == 2);
  CHECK(d->where.column == 24);
  CHECK(d->message.find("2027-01-01") != std::string::npos);
  CHECK(d->message.find("2026-11-22") == std::string::npos);
}

TEST_CASE("a value outside its enumeration is E064 with the allowed values and a suggestion") {
  Loaded loaded = load("pupil:\n  phase: primry\n");
  auto* d = loaded.find(Code::ProfileBadEnum);
  REQUIRE(d);
  CHECK(d->where.line == 2);
  CHECK(d->where.column == 10);
  CHECK(d->message == "`primry` is not a valid phase: expected one of early_years, primary, secondary, post16");
  CHECK(d->notes == std::vector<std::string>{"did you mean `primary`?"});

  CHECK(load("pupil: {setting: Special}\n").find(Code::ProfileBadEnum)->notes ==
        std::vector<std::string>{"did you mean `special`?"});
  CHECK(load("cycles: [{area: semh, outcome: done}]\n").find(Code::ProfileBadEnum));
  CHECK(load("ehc: {requested_by: parnet}\n").find(Code::ProfileBadEnum)->notes ==
        std::vector<std::string>{"did you mean `parent`?"});
  CHECK(load("ehc: {decision: yes}\n").find(Code::ProfileBadEnum));
}

TEST_CASE("an input the rule set does not declare is E062 with a suggestion") {
  Loaded loaded = load("inputs:\n  atendance: 82\n");
  auto* d = loaded.find(Code::ProfileBadInput);
  REQUIRE(d);
  CHECK(d->where.line == 2);
  CHECK(d->where.column == 3);
  CHECK(d->notes == std::vector<std::string>{"did you mean `attendance`?"});

  // With nothing near, the note lists what the rule set does declare.
  Loaded far = load("inputs:\n  shoe_size: 5\n");
  auto* listed = far.find(Code::ProfileBadInput);
  REQUIRE(listed);
  REQUIRE(listed->notes.size() == 1);
  CHECK(listed->notes[0].starts_with("the inputs it declares are attendance, "));
}

TEST_CASE("an input of the wrong type is E062 saying what was expected") {
  auto message = [](const std::string& text) {
    Loaded loaded = load(text);
    CHECK_FALSE(loaded.profile);
    auto* d = loaded.find(Code::ProfileBadInput);
    return d ? d->message : std::string("no E062");
  };
  CHECK(message("inputs: {attendance: 120}\n") == "input `attendance`: 120 is not a percentage: it must be from 0 to 100");
  CHECK(message("inputs: {attendance: -1}\n").find("from 0 to 100") != std::string::npos);
  CHECK(message("inputs: {attendance: lots}\n").find("`lots` is not a percentage") != std::string::npos);
  CHECK(message("inputs: {exclusions: 2.5}\n") == "input `exclusions`: `2.5` is not a whole number");
  CHECK(message("inputs: {ratio: .inf}\n") == "input `ratio`: `.inf` is not a number");
  CHECK(message("inputs: {eal: yes}\n") == "input `eal`: `yes` is not true or false");
  CHECK(message("inputs: {last_ep_visit: 2026-02-30}\n").find("February 2026 has 28 days") != std::string::npos);
  CHECK(message("inputs: {wait: 6 wekks}\n").find("`6 wekks` is not a duration") != std::string::npos);
  CHECK(message("inputs: {band: hihg}\n") == "input `band`: `hihg` is not one of low, medium, high");
  CHECK(message("inputs: {tried: social stories}\n") == "input `tried` should be a list, not a single value");
  CHECK(message("inputs: {visit_dates: [2026-01-05, soon]}\n").find("`soon` is not a date") != std::string::npos);
  CHECK(message("inputs: {notes: [a]}\n") == "input `notes` should be a single value, not a list");
  Loaded band = load("inputs: {band: hihg}\n");
  CHECK(band.find(Code::ProfileBadInput)->notes == std::vector<std::string>{"did you mean `high`?"});
  CHECK(band.find(Code::ProfileBadInput)->where.column == 16);

  Loaded good = load("inputs: {attendance: 100, wait: 15 days, exclusions: 0}\n");
  REQUIRE(good.profile);
  CHECK(std::get<double>(good.profile->inputs.at("attendance")) == 100);
  CHECK(std::get<Duration>(good.profile->inputs.at("wait")) == Duration{0, 15});
  CHECK(std::get<double>(load("inputs: {attendance: 82%}\n").profile->inputs.at("attendance")) == 82);
}

TEST_CASE("census codes must be known and belong to the need's area") {
  Loaded wrong_area = load("needs:\n  - {area: semh, codes: [SEMH, HI]}\n");
  auto* d = wrong_area.find(Code::ProfileBadEnum);
  REQUIRE(d);
  CHECK(d->message == "HI is a sensory_physical code, not semh");
  CHECK(d->where.line == 2);
  CHECK(d->where.column == 32);
  Loaded unknown = load("needs:\n  - {area: communication_interaction, codes: [SLNC]}\n");
  REQUIRE(unknown.find(Code::ProfileBadEnum));
  CHECK(unknown.find(Code::ProfileBadEnum)->notes == std::vector<std::string>{"did you mean `SLCN`?"});
  CHECK(load("needs: [{area: sensory_physical, codes: [hi]}]\n").find(Code::ProfileBadEnum)->notes ==
        std::vector<std::string>{"did you mean `HI`?"});
  // OTH and NSA belong to no area, so fit under any.
  Loaded other = load("needs: [{area: semh, codes: [OTH, NSA]}]\n");
  REQUIRE(other.profile);
  CHECK(other.profile->needs[0].codes == std::vector<std::string>{"OTH", "NSA"});
}

TEST_CASE("a second need for the same area is E007 pointing back at the first") {
  Loaded loaded = load("needs:\n  - area: semh\n  - area: cognition_learning\n  - area: semh\n");
  CHECK_FALSE(loaded.profile);
  auto* d = loaded.find(Code::DuplicateId);
  REQUIRE(d);
  CHECK(d->where.line == 4);
  CHECK(d->where.column == 11);
  CHECK(d->notes == std::vector<std::string>{"first given at 2:11"});
}

TEST_CASE("a cycle reviewed before it started is E063") {
  Loaded loaded = load("cycles:\n  - {area: semh, started: 2026-04-01, reviewed: 2026-03-01}\n");
  auto* d = loaded.find(Code::ProfileBadDate);
  REQUIRE(d);
  CHECK(d->where.line == 2);
  CHECK(d->where.column == 49);
  CHECK(d->message == "reviewed 2026-03-01 is before this cycle's started date");
  CHECK(load("cycles:\n  - {level: range2}\n").find(Code::MissingKey));
}

TEST_CASE("a level outside the ladder is E061 with a suggestion") {
  Loaded loaded = load("needs: [{area: semh, level: rnage2}]\n");
  auto* d = loaded.find(Code::ProfileUnknownLevel);
  REQUIRE(d);
  CHECK(d->where.column == 29);
  REQUIRE(d->notes.size() == 2);
  CHECK(d->notes[0] == "did you mean `range2`?");
  CHECK(load("cycles: [{area: semh, level: range9}]\n").find(Code::ProfileUnknownLevel));
  // Root levels are valid under a local ladder.
  CHECK(load("needs: [{area: semh, level: sen_support}]\n").profile);
}

TEST_CASE("unknown keys are E003 with a suggestion, apdr-profile must be 1, year_group is -1 to 14") {
  Loaded loaded = load("neds: []\npupil: {year_grop: 3}\n");
  REQUIRE(loaded.diagnostics.all().size() == 2);
  CHECK(loaded.diagnostics.all()[0].code == Code::UnknownKey);
  CHECK(loaded.diagnostics.all()[0].notes == std::vector<std::string>{"did you mean `needs`?"});
  CHECK(loaded.diagnostics.all()[1].notes == std::vector<std::string>{"did you mean `year_group`?"});
  CHECK(load("apdr-profile: 2\n").find(Code::UnsupportedVersion));
  CHECK(load("apdr-profile: 1\n").profile);
  CHECK(load("pupil: {year_group: 15}\n").find(Code::InvalidValue));
  CHECK(load("pupil: {year_group: six}\n").find(Code::InvalidValue));
  CHECK(load("pupil: {year_group: -1}\n").profile->pupil.year_group == -1);
  CHECK(load("pupil: {year_group: 0}\n").profile->pupil.year_group == 0);
  CHECK(load("id: \"\"\n").find(Code::InvalidValue));
  CHECK(load("needs: {area: semh}\n").find(Code::WrongShape));
  CHECK(load("- a\n- b\n").find(Code::WrongShape));
  CHECK(load("needs: [{codes: [SEMH]}]\n").find(Code::MissingKey));
}

TEST_CASE("YAML syntax errors are E002 with line and column, repeated keys are E013") {
  Loaded syntax = load("id: p\nneeds:\n  - area: semh\n - area: x\n");
  auto* d = syntax.find(Code::YamlSyntax);
  REQUIRE(d);
  CHECK(d->where.line == 4);
  CHECK_FALSE(syntax.profile);

  Loaded repeated = load("id: p\nas_of: 2026-01-01\nid: q\n");
  auto* e = repeated.find(Code::DuplicateKey);
  REQUIRE(e);
  CHECK(e->where.line == 3);
  CHECK(e->where.column == 1);
  CHECK(e->notes == std::vector<std::string>{"first given at 1:1"});
  CHECK_FALSE(repeated.profile);
  CHECK(load("{\"id\": \"p\", \"id\": \"q\"}", "p.json").find(Code::DuplicateKey));
  CHECK(load("id: p\n---\nid: q\n").find(Code::YamlSyntax));
}

TEST_CASE("every error in a document is reported, not just the first") {
  Loaded loaded = load(
      "as_of: 2026-02-30\n"
      "pupil: {phase: primry, year_group: 20}\n"
      "needs: [{area: sem}, {area: semh, codes: [HI]}]\n"
      "inputs: {attendance: 120, atendance: 3}\n");
  CHECK_FALSE(loaded.profile);
  CHECK(loaded.diagnostics.error_count() == 7);
  CHECK(loaded.find(Code::ProfileBadDate));
  CHECK(loaded.find(Code::ProfileBadEnum));
  CHECK(loaded.find(Code::InvalidValue));
  CHECK(loaded.find(Code::ProfileUnknownArea));
  CHECK(loaded.find(Code::ProfileBadInput));
  // Sorted by position.
  CHECK(loaded.diagnostics.all().front().where.line == 1);
  CHECK(loaded.diagnostics.all().back().where.line == 4);
}

TEST_CASE("messages quote only the offending value, never other pupil data") {
  const std::string text =
      "id: secret-pseudonym-77\nas_of: 2026-11-22\n"
      "pupil: {date_of_birth: 2015-03-02, phase: primry, setting: mainstream}\n"
      "needs: [{area: semh, level: range2, awaiting_assessment: [private-thing]}]\n"
      "inputs: {notes: very private note, attendance: 101}\n";
  Loaded loaded = load(text);
  REQUIRE(loaded.diagnostics.error_count() == 2);
  for (const auto& d : loaded.diagnostics.all()) {
    std::string all = d.message;
    for (const auto& note : d.notes) all += note;
    for (const char* secret : {"secret-pseudonym-77", "2015-03-02", "2026-11-22", "private", "range2", "mainstream"}) {
      INFO(all << " contains " << secret);
      CHECK(all.find(secret) == std::string::npos);
    }
  }
  // A long offending value is cut short.
  Loaded long_value = load("pupil: {phase: " + std::string(200, 'x') + "}\n");
  CHECK(long_value.find(Code::ProfileBadEnum)->message.size() < 150);
}

TEST_CASE("in_place ids the rule set does not know are a warning, not an error") {
  Loaded loaded = load("in_place: [visual-timetabel, our-own-thing]\n");
  REQUIRE(loaded.profile);
  CHECK(loaded.profile->in_place == std::vector<std::string>{"visual-timetabel", "our-own-thing"});
  REQUIRE(loaded.diagnostics.all().size() == 2);
  CHECK(loaded.diagnostics.all()[0].severity == apdr::Severity::warning);
  CHECK(loaded.diagnostics.all()[0].code == Code::ProfileUnknownProvision);
  CHECK(loaded.diagnostics.all()[0].where.column == 12);
  CHECK(loaded.diagnostics.all()[0].notes == std::vector<std::string>{"did you mean `visual-timetable`?"});
  CHECK_FALSE(loaded.diagnostics.has_errors());
}

TEST_CASE("nesting 10000 levels deep is E011, not a stack overflow") {
  Loaded flow = load("needs: " + std::string(10000, '[') + std::string(10000, ']') + "\n");
  CHECK_FALSE(flow.profile);
  CHECK(flow.find(Code::LimitExceeded));
  std::string block;
  for (int i = 0; i < 10000; ++i) block += std::string(static_cast<std::size_t>(i), ' ') + "a:\n";
  Loaded nested = load(block);
  CHECK(nested.find(Code::LimitExceeded));
}

TEST_CASE("aliases count as expanded, so a billion laughs is E011") {
  std::string text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 9; ++i) {
    text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int j = 0; j < 10; ++j) text += (j ? ", *a" : "*a") + std::to_string(i - 1);
    text += "]\n";
  }
  Loaded loaded = load(text);
  auto* d = loaded.find(Code::LimitExceeded);
  REQUIRE(d);
  CHECK(d->message.find("aliases") != std::string::npos);
}

TEST_CASE("a file over the size limit is E011 before parsing, a missing file is E001") {
  Loaded big = load(std::string(4 * 1024 * 1024 + 1, '#'));
  REQUIRE(big.find(Code::LimitExceeded));
  CHECK(big.diagnostics.all().size() == 1);
  CHECK(load_file(data("no-such-profile.yaml")).find(Code::FileUnreadable));
}

TEST_CASE("`-` reads the profile from standard input and names it `-`") {
  std::istringstream input("needs: [{area: semh}]\n");
  auto* saved = std::cin.rdbuf(input.rdbuf());
  Loaded loaded = load_file("-");
  std::cin.rdbuf(saved);
  REQUIRE(loaded.profile);
  CHECK(loaded.profile->id == "-");
  CHECK(loaded.profile->file == "-");
  CHECK(loaded.profile->needs.at(0).area == apdr::Area::semh);
}

TEST_CASE("lists of 100,000 ids are de-duplicated, first kept, in order, unknown in_place ids are warned about ten times and counted") {
  // 50,000 distinct ids, each given twice: quadratic de-duplication took
  // seconds here, and every unknown id was a warning of its own. One list of
  // 100,000 and two of 40,000 keep the file under max_yaml_nodes (200,000).
  auto twice = [](int distinct) {
    std::string ids;
    for (int round = 0; round < 2; ++round) {
      for (int i = 0; i < distinct; ++i) ids += (ids.empty() ? "" : ", ") + std::string("p") + std::to_string(i);
    }
    return ids;
  };
  std::string many = twice(50000), some = twice(20000);
  Loaded loaded = load("apdr-profile: 1\nid: big\nas_of: 2026-11-22\n"
                       "needs:\n  - { area: semh, awaiting_assessment: [" + many + "] }\n"
                       "cycles:\n  - { area: semh, started: 2026-01-12, advice_from: [" + some + "] }\n"
                       "in_place: [visual-timetable, " + some + ", visual-timetable]\n");
  INFO(loaded.rendered().substr(0, 2000));
  REQUIRE(loaded.profile);
  const auto& need = loaded.profile->needs.at(0);
  REQUIRE(need.awaiting_assessment.size() == 50000);
  CHECK(need.awaiting_assessment.front() == "p0");
  CHECK(need.awaiting_assessment.back() == "p49999");
  CHECK(loaded.profile->cycles.at(0).advice_from.size() == 20000);
  REQUIRE(loaded.profile->in_place);
  REQUIRE(loaded.profile->in_place->size() == 20001);
  CHECK(loaded.profile->in_place->front() == "visual-timetable");
  CHECK((*loaded.profile->in_place)[1] == "p0");
  std::size_t warnings = 0;
  for (const auto& d : loaded.diagnostics.all()) warnings += d.code == Code::ProfileUnknownProvision;
  CHECK(warnings == 11);
  CHECK(loaded.diagnostics.all().back().message ==
        "and 19990 more ids in `in_place` are not provision items of this rule set (the first 10 are shown)");
}
