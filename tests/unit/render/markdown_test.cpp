#include <catch2/catch.hpp>

#include "render/markdown.hpp"
#include "result_lists.hpp"
#include "sample_result.hpp"

using apdr::render::render_markdown;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("markdown: headings and sections in the text report's order") {
  std::string md = render_markdown(apdr::test::sample_result());
  CHECK(md.rfind("# apdr report for pupil-0042\n\n", 0) == 0);
  auto at = [&](const char* heading) { return md.find(heading); };
  CHECK(at("## Needs and levels") < at("## Provision that should be in place"));
  CHECK(at("## Provision that should be in place") < at("## Next steps"));
  CHECK(at("## Next steps") < at("## Information for families"));
  CHECK(at("## Information for families") < at("## Not yet decided"));
  CHECK(at("## Not yet decided") < at("## Sources"));
  CHECK(at("## Sources") != std::string::npos);
  CHECK(contains(md, "- **As of:** Sun 22 November 2026\n"));
}

TEST_CASE("markdown: provision is a task list with kind and source") {
  std::string md = render_markdown(apdr::test::sample_result());
  CHECK(contains(md, "- [x] Visual timetable *(local policy)* — `oap#p12`\n"));
  CHECK(contains(md, "- [ ] ELSA sessions *(guidance)*\n"));
  CHECK(contains(md, "1 of 2 in place; 1 missing.\n"));
}

TEST_CASE("markdown: steps show due dates, overdue marks and reasons") {
  auto r = apdr::test::sample_result();
  std::string md = render_markdown(r);
  CHECK(contains(md, "  - **OVERDUE** — was due by Fri 21 August 2026\n"));
  CHECK(contains(md, "  - Why: Needs have persisted through two cycles of SEN support.\n"));
  CHECK(contains(md, "  - No due date is set.\n"));
  r.escalations[0].overdue = false;
  md = render_markdown(r);
  CHECK(contains(md, "  - Due by Fri 21 August 2026\n"));
  CHECK_FALSE(contains(md, "OVERDUE"));
}

TEST_CASE("markdown: a proposal carries a banner, in-force rules do not") {
  auto r = apdr::test::sample_result();
  CHECK_FALSE(contains(render_markdown(r), "PROPOSAL"));
  r.status = "proposed";
  CHECK(contains(render_markdown(r), "\n> **PROPOSAL — not law."));
}

TEST_CASE("markdown: undetermined rules list the questions that would decide them") {
  std::string md = render_markdown(apdr::test::sample_result());
  CHECK(contains(md, "- Rule `low-attendance`: needs `attendance`\n"
                     "  - What percentage of sessions has your child attended this term?\n"));
  CHECK(contains(md, "- Provision `quiet-space`: needs `pupil.phase`\n"));
}

TEST_CASE("markdown: web sources become links, others stay text") {
  auto r = apdr::test::sample_result();
  CHECK(contains(render_markdown(r),
                 "- `cop`: [SEND Code of Practice: 0 to 25 years](https://www.gov.uk/government/"
                 "publications/send-code-of-practice-0-to-25) (published 2015-01)\n"));
  r.sources[0].url = "javascript:alert(1)";
  std::string md = render_markdown(r);
  CHECK(contains(md, "- `cop`: SEND Code of Practice: 0 to 25 years (published 2015-01)\n"));
  CHECK_FALSE(contains(md, "javascript"));
}

TEST_CASE("markdown: text from rule sets cannot become markup") {
  auto r = apdr::test::sample_result();
  r.provision[0].title = "*Bold* [link](x) <b>tag</b> a|b";
  std::string md = render_markdown(r);
  CHECK(contains(md, "- [x] \\*Bold\\* \\[link\\](x) \\<b\\>tag\\</b\\> a\\|b *(local policy)*"));
  CHECK(apdr::render::markdown_escape("sen_support _x_") == "sen_support \\_x\\_");
  CHECK(apdr::render::markdown_escape("two\nlines") == "two lines");
}

TEST_CASE("markdown: output has no ANSI colour codes") {
  CHECK_FALSE(contains(render_markdown(apdr::test::sample_result()), "\x1b["));
}

TEST_CASE("markdown: each cited section is a nested bullet linked to its own page") {
  auto r = apdr::test::sample_result();
  r.sources[0].citations = apdr::test::list<apdr::eval::Citation>(
      {{"cop#6.59", "SEND Code of Practice, paragraph 6.59 [*]", ""},
       {"cop#9", "SEND Code of Practice, section 9", "https://example.gov.uk/section/9"}});
  std::string md = render_markdown(r);
  CHECK(contains(md, "(published 2015-01)\n  - SEND Code of Practice, paragraph 6.59 \\[\\*\\]\n"
                     "  - [SEND Code of Practice, section 9](https://example.gov.uk/section/9)\n"));
}
