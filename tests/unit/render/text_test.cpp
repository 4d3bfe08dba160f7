#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "render/text.hpp"
#include "render/wording.hpp"
#include "render/wrap.hpp"
#include "result_lists.hpp"
#include "sample_result.hpp"

using apdr::render::render_text;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

apdr::eval::Result long_result() {
  auto r = apdr::test::sample_result();
  r.provision[0].title =
      "A very long provision title that certainly will not fit on one line of an eighty "
      "column terminal window";
  r.escalations[0].because = apdr::test::names({
      "Needs have persisted through two cycles of SEN support, and the school has not yet "
      "sought advice from anyone outside the school, which the Code of Practice expects."});
  return r;
}

}  // namespace

TEST_CASE("text: the sample report reads as expected") {
  std::string text = render_text(apdr::test::sample_result());
  CHECK(text ==
        "apdr report for pupil-0042\n"
        "As of Sun 22 November 2026\n"
        "Rule set: Example LA ordinarily available provision (example-la-oap), which\n"
        "          builds on national\n"
        "\n"
        "Needs and levels\n"
        "  - Social, emotional and mental health: SEN support with specialist advice\n"
        "    (range3, within sen_support). Raised by rule semh-persisting.\n"
        "  - Communication and interaction: SEN support (school-led) (range2, within\n"
        "    sen_support). Stated in the profile.\n"
        "\n"
        "Provision that should be in place\n"
        "  [x] Visual timetable (local policy) — oap#p12\n"
        "  [ ] ELSA sessions (guidance)\n"
        "  1 of 2 in place; 1 missing.\n"
        "\n"
        "Next steps\n"
        "  - Seek advice from a specialist (educational psychologist, specialist teacher,\n"
        "    therapist) (guidance)\n"
        "    OVERDUE — was due by Fri 21 August 2026\n"
        "    Who: school\n"
        "    Why: Needs have persisted through two cycles of SEN support.\n"
        "    Source: cop#6.59\n"
        "  - Hold a review meeting with the family (statute)\n"
        "    No due date is set.\n"
        "\n"
        "Information for families\n"
        "  - Your right to ask for an assessment (statute)\n"
        "    You can ask the local authority for an EHC needs assessment yourself.\n"
        "    Source: cfa2014#s36\n"
        "\n"
        "Not yet decided\n"
        "  These could not be decided because the profile does not say enough:\n"
        "  - Rule low-attendance: needs attendance\n"
        "    ? What percentage of sessions has your child attended this term?\n"
        "  - Provision quiet-space: needs pupil.phase\n"
        "    ? Is the child in early years, primary, secondary or post-16 education?\n"
        "\n"
        "Sources\n"
        "  - cop: SEND Code of Practice: 0 to 25 years (published 2015-01)\n"
        "    https://www.gov.uk/government/publications/send-code-of-practice-0-to-25\n");
}

TEST_CASE("text: no line is wider than 80 columns, and long lines hang") {
  std::string text = render_text(long_result());
  auto lines = lines_of(text);
  for (const auto& line : lines) {
    INFO(line);
    CHECK(apdr::render::display_width(line) <= 80);
  }
  CHECK(contains(text, "  [x] A very long provision title that certainly will not fit on one line of an\n"
                       "      eighty column terminal window (local policy) — oap#p12\n"));
  CHECK(contains(text, "    Why: Needs have persisted through two cycles of SEN support, and the school\n"
                       "         has not yet sought advice"));
}

TEST_CASE("text: a narrower width is honoured") {
  apdr::render::Options options;
  options.width = 40;
  for (const auto& line : lines_of(render_text(long_result(), options))) {
    INFO(line);
    // Only an unbreakable word (the URL) may pass the width.
    if (line.find("https://") == std::string::npos) CHECK(apdr::render::display_width(line) <= 40);
  }
}

TEST_CASE("text: due dates are written out, and overdue steps are marked") {
  auto r = apdr::test::sample_result();
  r.escalations[0].overdue = false;
  r.escalations[0].due = apdr::test::date("2026-11-12");
  std::string text = render_text(r);
  CHECK(contains(text, "    Due by Thu 12 November 2026\n"));
  CHECK_FALSE(contains(text, "OVERDUE"));

  r.escalations[0].overdue = true;
  CHECK(contains(render_text(r), "    OVERDUE — was due by Thu 12 November 2026\n"));
}

TEST_CASE("text: a proposal says loudly that it is not law") {
  auto r = apdr::test::sample_result();
  CHECK_FALSE(contains(render_text(r), "PROPOSAL"));
  r.status = "proposed";
  std::string text = render_text(r);
  CHECK(contains(text, "\nPROPOSAL — not law. This rule set is a proposal"));
  r.status = "draft";
  CHECK(contains(render_text(r), "\nDRAFT — not in force."));
}

TEST_CASE("text: information prefers the plain wording") {
  auto r = apdr::test::sample_result();
  CHECK(contains(render_text(r), "You can ask the local authority"));
  CHECK_FALSE(contains(render_text(r), "section 36"));
  r.information[0].plain = {};
  CHECK(contains(render_text(r), "A parent may request an EHC needs assessment under section 36."));
}

TEST_CASE("text: notices are shown under the heading") {
  auto r = apdr::test::sample_result();
  apdr::eval::Notice ended;
  ended.what = apdr::eval::Notice::What::not_in_force;
  ended.rule_set = "old-set";
  ended.as_of = apdr::test::date("2026-11-22");
  ended.to = apdr::test::date("2026-08-31");
  r.notices = {ended};
  CHECK(contains(render_text(r), "Note: Rule set `old-set` is not in force on 2026-11-22: it ended on"));
}

TEST_CASE("text: an empty result says so in each section and skips the optional ones") {
  apdr::eval::Result empty;
  empty.profile = "p";
  empty.as_of = apdr::test::date("2026-01-05");
  empty.rule_set = "national";
  empty.chain = apdr::test::names({"national"});
  std::string text = render_text(empty);
  CHECK(contains(text, "Rule set: national\n"));
  CHECK(contains(text, "  No needs are recorded in the profile.\n"));
  CHECK(contains(text, "  Nothing is listed at the pupil's current levels.\n"));
  CHECK(contains(text, "  No further steps are called for now.\n"));
  CHECK_FALSE(contains(text, "Not yet decided"));
  CHECK_FALSE(contains(text, "Sources"));
}

TEST_CASE("text: colour only when asked, and it never changes the wrapping") {
  std::string plain = render_text(long_result());
  CHECK_FALSE(contains(plain, "\x1b["));

  apdr::render::Options options;
  options.colour = true;
  auto r = long_result();
  r.status = "proposed";
  std::string coloured = render_text(r, options);
  CHECK(contains(coloured, "\x1b[1;31mOVERDUE\x1b[0m"));
  CHECK(contains(coloured, "\x1b[32m[x]\x1b[0m"));
  CHECK(contains(coloured, "\x1b[33m[ ]\x1b[0m"));
  CHECK(contains(coloured, "\x1b[1mNeeds and levels\x1b[0m"));
  CHECK(contains(coloured, "\x1b[1;31mPROPOSAL\x1b[0m"));
  for (const auto& line : lines_of(coloured)) CHECK(apdr::render::display_width(line) <= 80);
  r.status = "in-force";
  CHECK(lines_of(render_text(r, options)).size() == lines_of(plain).size());
}

TEST_CASE("wrap: widths count characters, not bytes or colour codes") {
  using apdr::render::display_width;
  CHECK(display_width("abc") == 3);
  CHECK(display_width("—") == 1);
  CHECK(display_width("\x1b[1;31mOVERDUE\x1b[0m") == 7);
  CHECK(display_width("") == 0);
}

TEST_CASE("wrap: hanging indent, kept line breaks, and unbreakable long words") {
  using apdr::render::wrap;
  CHECK(wrap("one two three four", 10, "- ", "  ") == "- one two\n  three\n  four\n");
  CHECK(wrap("first\nsecond", 80, "> ", "  ") == "> first\n  second\n");
  CHECK(wrap("see https://example.org/a/very/long/path now", 20, "", "") ==
        "see\nhttps://example.org/a/very/long/path\nnow\n");
  CHECK(wrap("spaced    out  ", 80, "", "") == "spaced out\n");
  CHECK(wrap("", 80, "  ", "  ") == "\n");
  CHECK(wrap("ééééé ééééé", 11, "", "") == "ééééé ééééé\n");
}

TEST_CASE("wording: long dates name the weekday") {
  using apdr::render::long_date;
  CHECK(long_date(apdr::test::date("2026-11-12")) == "Thu 12 November 2026");
  CHECK(long_date(apdr::test::date("2024-02-29")) == "Thu 29 February 2024");
  CHECK(long_date(apdr::test::date("1969-12-31")) == "Wed 31 December 1969");
  CHECK(long_date(apdr::test::date("1970-01-04")) == "Sun 4 January 1970");
}

TEST_CASE("wording: kinds read as a person says them") {
  CHECK(apdr::render::kind_label(apdr::Kind::statute) == "statute");
  CHECK(apdr::render::kind_label(apdr::Kind::guidance) == "guidance");
  CHECK(apdr::render::kind_label(apdr::Kind::local_policy) == "local policy");
  CHECK(apdr::render::join_words({"a", "b", "c"}) == "a, b and c");
  CHECK(apdr::render::level_reason(apdr::test::names({"profile", "r1", "r2"})) ==
        "Stated in the profile; raised by rules r1 and r2.");
  CHECK(apdr::render::level_reason(apdr::test::names({})) == "");
  CHECK(apdr::render::who_label(apdr::test::names({"school", "local_authority", "young_person"})) ==
        "school, local authority and young person");
}

TEST_CASE("text: each cited section is listed under its source with its link") {
  auto r = apdr::test::sample_result();
  r.sources[0].citations = apdr::test::list<apdr::eval::Citation>(
      {{"cop#6.59", "SEND Code of Practice, 6.59", ""},
       {"cop#9", "SEND Code of Practice, section 9", "https://example.gov.uk/section/9"}});
  auto lines = lines_of(render_text(r));
  CHECK(std::find(lines.begin(), lines.end(), "    - SEND Code of Practice, 6.59") != lines.end());
  CHECK(std::find(lines.begin(), lines.end(), "    - SEND Code of Practice, section 9: https://example.gov.uk/section/9") !=
        lines.end());
}
