#include "render/html_style.hpp"

namespace apdr::render {

const std::string_view html_stylesheet = R"css(
:root { color-scheme: light; }
body { font-family: system-ui, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif;
       font-size: 1rem; line-height: 1.5; color: #1b1b1b; background: #ffffff;
       max-width: 48rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0.5rem 0 0.75rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.5rem; padding-bottom: 0.25rem;
     border-bottom: 0.15rem solid #1d4f91; color: #0b2e5c; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.4rem; }
p, li { max-width: 44rem; }
a { color: #1d4f91; overflow-wrap: anywhere; }
ul { padding-left: 1.5rem; }
li { margin: 0.3rem 0; }
li p { margin: 0.2rem 0; }
.meta { color: #333333; }
.banner { border: 0.2rem solid #9b1c1c; background: #fdeeee; color: #7a1111;
          padding: 0.6rem 0.8rem; font-weight: bold; }
.notice { border-left: 0.3rem solid #6b4e00; background: #fff8e1; padding: 0.4rem 0.8rem; }
.summary { font-weight: bold; }
ul.checklist, ul.steps { list-style: none; padding-left: 0; }
ul.checklist li { padding: 0.35rem 0.5rem; border-bottom: 1px solid #d0d7de; }
.mark { display: inline-block; min-width: 6.5em; font-weight: bold; padding: 0 0.4em;
        border-radius: 0.25em; margin-right: 0.4em; }
.mark.in-place { color: #0f5132; background: #e3f4ea; }
.mark.missing { color: #842029; background: #fbe4e6; }
.mark.not-recorded { color: #41464b; background: #e9ecef; }
.kind { font-size: 0.9em; color: #4a4a4a; white-space: nowrap; }
.detail { margin: 0.15rem 0 0; }
.source { font-size: 0.9em; color: #4a4a4a; }
ul.steps > li { border: 1px solid #c4ccd6; border-left: 0.45rem solid #1d4f91;
                padding: 0.5rem 0.75rem; margin: 0.6rem 0; break-inside: avoid; }
ul.steps > li.overdue { border-left-color: #b3261e; background: #fdf0ef; }
.due { font-weight: bold; }
.overdue .due { color: #8c1d18; }
.flag { display: inline-block; background: #b3261e; color: #ffffff; font-weight: bold;
        padding: 0 0.4em; border-radius: 0.25em; margin-right: 0.3em; }
section.kind-part { border: 1px solid #c4ccd6; border-top: 0.35rem solid #1d4f91;
                    padding: 0.25rem 1rem 0.75rem; margin: 1rem 0; break-inside: avoid-page; }
section.kind-part.statute { border-top-color: #0b2e5c; }
section.kind-part.guidance { border-top-color: #2e6b30; }
section.kind-part.local-policy { border-top-color: #7a4b00; }
.kind-meaning { font-style: italic; }
section.key-points { border: 0.2rem solid #0b2e5c; background: #f1f5fb; padding: 0.25rem 1rem 0.5rem;
                     margin: 1rem 0 1.5rem; }
section.key-points h2 { margin-top: 0.5rem; }
section.key-points h3 { margin: 0.5rem 0 0.2rem; }
section.key-points .next { font-size: 1.05rem; }
section.key-points .next.overdue { color: #8c1d18; }
.note { margin: 0.15rem 0 0; font-size: 0.95em; }
ul.sources li { margin: 0.4rem 0; }
@media (max-width: 30rem) {
  body { padding: 0.5rem 0.75rem 2rem; }
  h1 { font-size: 1.45rem; }
  ul { padding-left: 1.1rem; }
  .mark { display: block; margin-bottom: 0.2em; }
}
/* A4 with margins the browser does not add to: a printed report is at
   most a few pages, sections flow on from each other (no forced breaks, so
   no half-empty pages), and headings never sit alone at a page's foot. */
@page { size: A4; margin: 12mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; line-height: 1.3; }
  h1 { font-size: 17pt; margin-top: 0; }
  h2 { font-size: 13pt; margin: 0.8rem 0 0.3rem; break-after: avoid; }
  h3 { font-size: 11pt; margin: 0.6rem 0 0.2rem; break-after: avoid; }
  li { margin: 0.15rem 0; }
  p { orphans: 3; widows: 3; }
  section.key-points { break-inside: avoid; background: none; }
  section.kind-part { break-inside: auto; padding: 0.1rem 0.6rem 0.3rem; margin: 0.5rem 0; }
  ul.steps > li { padding: 0.3rem 0.5rem; margin: 0.35rem 0; }
  ul.checklist li { padding: 0.2rem 0.3rem; }
  ul.steps > li, ul.checklist li { break-inside: avoid; }
  .mark.in-place, .mark.missing, .mark.not-recorded, .flag, ul.steps > li.overdue, .banner, .notice { background: none; }
  .flag { color: #000000; border: 1px solid #000000; }
  ul.sources > li { break-inside: avoid; }
  /* On paper a link is its address: shown in the sources list only, once. */
  ul.sources a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
}
)css";

}  // namespace apdr::render
