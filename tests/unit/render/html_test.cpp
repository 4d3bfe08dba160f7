// The HTML family report: every section, escaping, the checklist marks in
// words, overdue steps flagged, and law, guidance and local policy apart.
#include <catch2/catch.hpp>

#include "render/html.hpp"
#include "render/renderer.hpp"
#include "render/report_markdown.hpp"
#include "result_lists.hpp"
#include "sample_result.hpp"

using apdr::render::render_html;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("html: a whole document with every section, in order") {
  std::string html = render_html(apdr::test::sample_result());
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en-GB\">", 0) == 0);
  CHECK(html.size() > 0);
  CHECK(html.substr(html.size() - 8) == "</html>\n");
  std::size_t last = 0;
  // The key points first, then what happens next and what the family can do.
  for (const char* id : {"key-heading", "steps-heading", "can-do-heading", "needs-heading", "provision-heading",
                         "law-heading", "open-heading", "sources-heading"}) {
    std::size_t at = html.find(std::string("id=\"") + id + "\"");
    INFO(id);
    REQUIRE(at != std::string::npos);
    CHECK(at > last);
    last = at;
  }
  CHECK(count(html, "<h1>") == 1);
}

TEST_CASE("html: self-contained, with no script and no external asset") {
  std::string html = render_html(apdr::test::sample_result());
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("<style>") != std::string::npos);
}

TEST_CASE("html: the checklist says in place and missing in words") {
  std::string html = render_html(apdr::test::sample_result());
  CHECK(html.find("In place</span><strong>Visual timetable</strong>") != std::string::npos);
  CHECK(html.find("Not in place</span><strong>ELSA sessions</strong>") != std::string::npos);
  CHECK(html.find("1 of 2 in place; 1 not in place.") != std::string::npos);
}

TEST_CASE("html: an overdue step is flagged, one without a date says so") {
  std::string html = render_html(apdr::test::sample_result());
  CHECK(count(html, "<li class=\"overdue\">") == 1);
  CHECK(html.find("<span class=\"flag\">Overdue</span> was due by Fri 21 August 2026") != std::string::npos);
  CHECK(html.find("No date is set.") != std::string::npos);
  CHECK(html.find("1 step is overdue.") != std::string::npos);
}

TEST_CASE("html: law, guidance and local policy are separate parts") {
  std::string html = render_html(apdr::test::sample_result());
  std::size_t statute = html.find("id=\"kind-statute\"");
  std::size_t guidance = html.find("id=\"kind-guidance\"");
  std::size_t local = html.find("id=\"kind-local-policy\"");
  REQUIRE(statute != std::string::npos);
  REQUIRE(guidance != std::string::npos);
  REQUIRE(local != std::string::npos);
  CHECK(statute < guidance);
  CHECK(guidance < local);
  // The statutory information and the statutory step sit in the law part.
  std::size_t right = html.find("You can ask the local authority for an EHC needs assessment yourself.");
  CHECK((right > statute && right < guidance));
  // Each part counts the steps and provision of its kind, marked with it above.
  std::size_t steps = html.find("1 next step above rests on it, marked &quot;law&quot;.");
  CHECK((steps > statute && steps < guidance));
  std::size_t elsa = html.find("1 next step and 1 item of support above rest on it, marked &quot;Code of Practice&quot;.");
  CHECK((elsa > guidance && elsa < local));
}

TEST_CASE("html: text from rule sets and profiles is escaped") {
  auto result = apdr::test::sample_result();
  result.profile = "<script>alert('x')</script>";
  result.provision[0].title = "Tea & \"biscuits\" <b>";
  std::string html = render_html(result);
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("Tea &amp; &quot;biscuits&quot; &lt;b&gt;") != std::string::npos);
}

TEST_CASE("html: only web addresses become links") {
  auto result = apdr::test::sample_result();
  result.sources.push_back({"local", "A local leaflet", "", "javascript:alert(1)"});
  std::string html = render_html(result);
  CHECK(html.find("<a href=\"https://www.gov.uk/") != std::string::npos);
  CHECK(html.find("javascript:") == std::string::npos);
}

TEST_CASE("html: a proposal carries its banner, an empty result still has every section") {
  apdr::eval::Result empty;
  empty.profile = "p";
  empty.as_of = apdr::test::date("2026-01-05");
  empty.rule_set = "national";
  empty.status = "proposed";
  std::string html = render_html(empty);
  CHECK(html.find("class=\"banner\"") != std::string::npos);
  CHECK(html.find("No needs are recorded.") != std::string::npos);
  CHECK(html.find("No further steps are called for now.") != std::string::npos);
  CHECK(count(html, "Nothing in this summary rests on it.") == 3);
  CHECK(html.find("open-heading") == std::string::npos);  // nothing undetermined
}

TEST_CASE("html: the renderer is reachable by format name") {
  auto format = apdr::render::parse_format("html");
  REQUIRE(format);
  CHECK(*format == apdr::render::Format::html);
  CHECK(apdr::render::make_renderer(*format)->render(apdr::test::sample_result()) ==
        render_html(apdr::test::sample_result()));
}

TEST_CASE("report markdown: the same sections, with task-list marks in words") {
  std::string md = apdr::render::render_report_markdown(apdr::test::sample_result());
  std::size_t last = 0;
  for (const char* heading : {"## Key points", "## Next steps and when they are due", "## What you can do",
                              "## Needs and levels", "## What should ordinarily be in place",
                              "## Law, guidance and local policy", "### What the law says (law)",
                              "### What the SEND Code of Practice says (Code of Practice)",
                              "### What the local authority expects (local policy)", "## Questions still open",
                              "## Sources"}) {
    std::size_t at = md.find(heading);
    INFO(heading);
    REQUIRE(at != std::string::npos);
    CHECK(at > last);
    last = at;
  }
  CHECK(md.find("- [x] **In place:** Visual timetable") != std::string::npos);
  CHECK(md.find("- [ ] **Not in place:** ELSA sessions") != std::string::npos);
  CHECK(md.find("**OVERDUE** — was due by Fri 21 August 2026") != std::string::npos);
}

TEST_CASE("html: each cited section is listed under its source, linked to its own page") {
  auto result = apdr::test::sample_result();
  result.sources.push_back({"cfa2014", "Children and Families Act 2014", "2014-03",
                            "https://www.legislation.gov.uk/ukpga/2014/6/part/3",
                            apdr::test::list<apdr::eval::Citation>(
                                {{"cfa2014#s36(8)", "Children and Families Act 2014, section 36(8) <&>",
                                  "https://www.legislation.gov.uk/ukpga/2014/6/section/36"},
                                 {"cfa2014#x", "Children and Families Act 2014, x", ""}})});
  std::string html = render_html(result);
  // The section is named under its source's title and linked to its own page.
  CHECK(html.find("<a href=\"https://www.legislation.gov.uk/ukpga/2014/6/section/36\">section 36(8) "
                  "&lt;&amp;&gt;</a>") != std::string::npos);
  // The whole Part is never the link for a cited section.
  CHECK(html.find("part/3\">section") == std::string::npos);
}

TEST_CASE("html_escape shows bidirectional and control characters instead of obeying them") {
  // "pupil-" RIGHT-TO-LEFT OVERRIDE "1234" and an ESC: visible, inert.
  std::string escaped = apdr::render::html_escape("pupil-\u202E1234<b>\x1b[31m");
  CHECK(escaped == "pupil-\\u{202E}1234&lt;b&gt;\\u{001B}[31m");
  CHECK(escaped.find("\u202E") == std::string::npos);
  CHECK(apdr::render::html_escape("plain & simple") == "plain &amp; simple");
}
