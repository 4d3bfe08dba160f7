// Pupil and rule text cannot drive a terminal or inject markup (issue 13):
// control and bidirectional-format characters are shown escaped in text
// output, and Markdown links and line breaks cannot be forged.
#include <catch2/catch.hpp>

#include "core/unsafe_text.hpp"
#include "render/markdown.hpp"
#include "render/text.hpp"
#include "sample_result.hpp"
#include "result_lists.hpp"

using namespace apdr;

TEST_CASE("unsafe characters are found and escaped, ordinary text, tabs and line breaks are left alone") {
  CHECK_FALSE(first_unsafe_character("Quiet space é — ok\tand\nmore"));
  auto bidi = first_unsafe_character("ab\u202Ecd");
  REQUIRE(bidi);
  CHECK(bidi->offset == 2);
  CHECK(bidi->length == 3);
  CHECK(bidi->code_point == 0x202E);
  CHECK(escape_unsafe("a\x1b[2Jb") == "a\\u{001B}[2Jb");
  CHECK(escape_unsafe("x\u2066y\u2069\u200F\u0085\x7f\r") == "x\\u{2066}y\\u{2069}\\u{200F}\\u{0085}\\u{007F}\\r");
  CHECK(describe_unsafe(0x202E).find("RIGHT-TO-LEFT OVERRIDE") != std::string::npos);
}

TEST_CASE("text output shows a profile's control and bidi characters escaped, never raw") {
  eval::Result r = test::sample_result();
  r.profile = "pupil-\x1b]0;owned\x07\u202E42";
  r.escalations.front().because = apdr::test::names({"Reviews found \x1b[2Jno progress\u2067."});
  for (bool colour : {false, true}) {
    render::Options options;
    options.colour = colour;
    std::string out = render::render_text(r, options);
    INFO(out);
    CHECK(out.find("\x1b]") == std::string::npos);
    CHECK(out.find("\x1b[2J") == std::string::npos);
    CHECK(out.find('\x07') == std::string::npos);
    CHECK(out.find("\u202E") == std::string::npos);
    CHECK(out.find("\u2067") == std::string::npos);
    CHECK(out.find("pupil-\\u{001B}]0;owned\\u{0007}\\u{202E}42") != std::string::npos);
    CHECK(out.find("\\u{001B}[2Jno progress\\u{2067}.") != std::string::npos);
  }
}

TEST_CASE("markdown: a URL cannot close its link or open another, CR and LF cannot start a heading") {
  CHECK(render::markdown_url("https://x.example/a b)](javascript:alert(1))\r\n# owned") ==
        "https://x.example/a%20b%29%5D%28javascript:alert%281%29%29%0D%0A#%20owned");
  eval::Result r = test::sample_result();
  r.sources.front().url = "https://x.example/)\n# Injected heading\n[click](https://evil.example)";
  r.sources.front().title = "Guide\r# Also injected";
  r.escalations.front().because = apdr::test::names({"line one\r\n## heading?"});
  std::string md = render::render_markdown(r);
  INFO(md);
  CHECK(md.find("\n# Injected") == std::string::npos);
  CHECK(md.find("\r") == std::string::npos);
  CHECK(md.find("\n## heading") == std::string::npos);
  CHECK(md.find("(https://evil.example)") == std::string::npos);
  // `#` stays (it starts a fragment); the line break before it is encoded, so it starts no heading.
  CHECK(md.find("%0A#%20Injected%20heading%0A%5Bclick%5D%28https://evil.example%29") != std::string::npos);
  CHECK(render::markdown_escape("pupil-\u202E42\x1b[2J") == "pupil-\\u{202E}42\\u{001B}\\[2J");
}
