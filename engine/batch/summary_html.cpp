// The register summary as one HTML page a SENCO can open, email or print:
// inline CSS and inline SVG charts, no scripts, nothing fetched. Every chart
// has a table or a list beside it with the same numbers, so nothing is told
// by a picture (or a colour) alone. Pupil ids come from the cohort and are
// untrusted: every text is escaped, control and bidirectional-format
// characters made visible, and each id isolated in a <bdi>.
#include <fmt/format.h>

#include <algorithm>

#include "batch/summary.hpp"
#include "batch/summary_order.hpp"
#include "core/unsafe_text.hpp"
#include "render/html.hpp"
#include "render/wording.hpp"

namespace apdr::batch {
namespace {

// How many bars the gap chart shows; the rest are counted under it.
constexpr std::size_t top_gaps = 10;

// Level colours, lowest level first (then reused). Each meets 3:1 contrast
// with white, as WCAG asks of graphics; the legend and the table name them.
constexpr std::array<std::string_view, 6> level_colours = {"#2e6fb7", "#1f8a70", "#b35c00",
                                                           "#8a3ea8", "#b8324b", "#4d5d6b"};

// A level's colour by its place on the ladder, so a level has the same
// colour in every summary of the rule set, whichever levels are seen.
std::string_view colour_of(const SummaryLayout& layout, const std::vector<std::string>& seen, std::size_t i) {
  auto on_ladder = std::find(layout.level_ids.begin(), layout.level_ids.end(), seen[i]);
  std::size_t place = on_ladder != layout.level_ids.end() ? static_cast<std::size_t>(on_ladder - layout.level_ids.begin())
                                                          : layout.level_ids.size() + i;
  return level_colours[place % level_colours.size()];
}

std::string text(std::string_view raw) { return render::html_escape(escape_unsafe(raw)); }

std::string pupil_id(std::string_view raw) { return "<bdi>" + text(raw) + "</bdi>"; }

std::string title_of(const ById<std::string>& titles, const std::string& id) {
  auto it = titles.find(id);
  return it == titles.end() || it->second.empty() ? id : it->second;
}

constexpr std::string_view stylesheet = R"(
:root { color: #1a1a1a; background: #fff; font-family: system-ui, "Segoe UI", Arial, sans-serif; line-height: 1.45; }
body { margin: 0 auto; max-width: 48rem; padding: 1.5rem; }
h1 { font-size: 1.75rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #2e6fb7; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; }
.meta { color: #444; margin: 0 0 1rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .95rem; }
th, td { border: 1px solid #bbb; padding: .25rem .5rem; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding-bottom: .25rem; }
svg { display: block; width: 100%; height: auto; margin: .5rem 0; }
svg text { font-family: system-ui, "Segoe UI", Arial, sans-serif; fill: #1a1a1a; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: 0 0 .5rem; }
.swatch { display: inline-block; width: .9rem; height: .9rem; margin-right: .35rem; vertical-align: -.1rem;
  border: 1px solid #1a1a1a; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
ul.ids { display: flex; flex-wrap: wrap; gap: .1rem .8rem; list-style: none; padding: 0; margin: .1rem 0;
  font-family: ui-monospace, Consolas, monospace; font-size: .85rem; }
table.steps { width: 100%; }
table.steps th[scope="row"] { width: 30%; font-weight: 600; }
table.steps td { width: 35%; }
table.steps p { margin: 0; }
.flag { font-weight: 700; color: #a3001b; }
.more { color: #444; margin: 0; }
.note { color: #444; font-size: .95rem; }
@page { size: A4; margin: 15mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  svg, tr, .legend { break-inside: avoid; }
  table { font-size: 9.5pt; }
}
)";

void write_rows(std::string& out, const Summary& s) {
  out += "<section aria-labelledby=\"rows-heading\">\n<h2 id=\"rows-heading\">Rows read</h2>\n";
  out += "<table>\n<tbody>\n";
  out += fmt::format("<tr><th scope=\"row\">Read</th><td class=\"n\">{}</td></tr>\n", s.read);
  out += fmt::format("<tr><th scope=\"row\">Evaluated</th><td class=\"n\">{}</td></tr>\n", s.evaluated);
  out += fmt::format("<tr><th scope=\"row\">Rejected</th><td class=\"n\">{}</td></tr>\n", s.rejected);
  out += fmt::format("<tr><th scope=\"row\">Evaluated with a warning</th><td class=\"n\">{}</td></tr>\n", s.warnings);
  out += fmt::format("<tr><th scope=\"row\">Repeating an earlier row's pupil id</th><td class=\"n\">{}</td></tr>\n",
                     s.repeated_ids);
  out += fmt::format("<tr><th scope=\"row\">Blank rows skipped (not counted as read)</th><td class=\"n\">{}</td></tr>\n",
                     s.blank_rows);
  out += "</tbody>\n</table>\n";
  out +=
      "<p class=\"note\">Every row read is either evaluated or rejected; rejected rows are listed at the end "
      "and on the terminal with their reasons.</p>\n</section>\n";
}

// One stacked bar per area, one segment per level, scaled to the largest
// area; the table under it holds the same numbers.
void write_levels(std::string& out, const Summary& s, const SummaryLayout& layout) {
  out += "<section aria-labelledby=\"levels-heading\">\n<h2 id=\"levels-heading\">Pupils by area and level</h2>\n";
  std::vector<std::string> levels = level_columns(s, layout);
  if (levels.empty()) {
    out += "<p>No pupil has a need in any area.</p>\n</section>\n";
    return;
  }
  std::size_t largest = 1;
  for (Area area : all_areas) {
    std::size_t total = 0;
    for (const auto& [_, n] : s.levels[static_cast<std::size_t>(area)]) total += n;
    largest = std::max(largest, total);
  }
  constexpr int label_width = 270, bar_width = 390, row_height = 34, width = 720;
  int height = row_height * static_cast<int>(all_areas.size()) + 8;
  out += fmt::format(
      "<svg viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"levels-chart-title\">\n"
      "<title id=\"levels-chart-title\">Pupils by area of need, each bar split by level</title>\n",
      width, height);
  int y = 4;
  for (Area area : all_areas) {
    const Counts& counts = s.levels[static_cast<std::size_t>(area)];
    out += fmt::format("<text x=\"0\" y=\"{}\" font-size=\"14\">{}</text>\n", y + 19, text(area_title(area)));
    double x = label_width;
    std::size_t total = 0;
    for (std::size_t i = 0; i < levels.size(); ++i) {
      std::size_t n = count_of(counts, levels[i]);
      if (n == 0) continue;
      total += n;
      double w = static_cast<double>(bar_width) * static_cast<double>(n) / static_cast<double>(largest);
      out += fmt::format(
          "<rect x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"24\" fill=\"{}\" stroke=\"#fff\">"
          "<title>{}: {} {}</title></rect>\n",
          x, y + 2, w, colour_of(layout, levels, i), text(title_of(s.level_titles, levels[i])), n, n == 1 ? "pupil" : "pupils");
      x += w;
    }
    out += fmt::format("<text x=\"{:.1f}\" y=\"{}\" font-size=\"14\">{}</text>\n", x + 6, y + 19, total);
    y += row_height;
  }
  out += "</svg>\n<ul class=\"legend\" aria-label=\"Levels\">\n";
  for (std::size_t i = 0; i < levels.size(); ++i) {
    out += fmt::format("<li><span class=\"swatch\" style=\"background:{}\"></span>{}</li>\n",
                       colour_of(layout, levels, i), text(title_of(s.level_titles, levels[i])));
  }
  out +=
      "</ul>\n<table>\n<caption>Pupils by area and level (a pupil with needs in two areas counts in both)"
      "</caption>\n<thead><tr><th scope=\"col\">Area</th>";
  for (const auto& level : levels)
    out += fmt::format("<th scope=\"col\" class=\"n\">{}</th>", text(title_of(s.level_titles, level)));
  out += "<th scope=\"col\" class=\"n\">Total</th></tr></thead>\n<tbody>\n";
  for (Area area : all_areas) {
    const Counts& counts = s.levels[static_cast<std::size_t>(area)];
    out += fmt::format("<tr><th scope=\"row\">{}</th>", text(area_title(area)));
    std::size_t total = 0;
    for (const auto& level : levels) {
      std::size_t n = count_of(counts, level);
      total += n;
      out += fmt::format("<td class=\"n\">{}</td>", n);
    }
    out += fmt::format("<td class=\"n\">{}</td></tr>\n", total);
  }
  out += "</tbody>\n</table>\n</section>\n";
}

void write_ids(std::string& out, std::string_view what, const std::vector<ListedPupil>& listed, std::size_t total) {
  out += fmt::format("<ul class=\"ids\" aria-label=\"{}\">", text(what));
  for (const auto& p : listed) out += "<li>" + pupil_id(p.id) + "</li>";
  out += "</ul>\n";
  if (total > listed.size()) out += fmt::format("<p class=\"more\">and {} more</p>\n", total - listed.size());
}

// Steps with a pupil overdue or due within four weeks, most overdue first,
// each with the ids of the first pupils by row.
void write_steps(std::string& out, const Summary& s) {
  out += fmt::format(
      "<section aria-labelledby=\"steps-heading\">\n<h2 id=\"steps-heading\">Steps overdue or "
      "due within {} weeks</h2>\n",
      due_soon_days / 7);
  std::vector<std::pair<std::string, const StepCounts*>> steps;
  for (const auto& [id, c] : s.escalations) {
    if (c.overdue || c.due_soon) steps.emplace_back(id, &c);
  }
  std::sort(steps.begin(), steps.end(), [](const auto& a, const auto& b) {
    if (a.second->overdue != b.second->overdue) return a.second->overdue > b.second->overdue;
    if (a.second->due_soon != b.second->due_soon) return a.second->due_soon > b.second->due_soon;
    return a.first < b.first;
  });
  if (steps.empty()) {
    out += "<p>No step is overdue or due within four weeks of its pupil's evaluation date.</p>\n</section>\n";
    return;
  }
  out += fmt::format(
      "<p class=\"note\">Due within {} weeks counts from each pupil's evaluation date, that day "
      "included. Each list shows at most {} pupils, the first by row, then how many more; the CSV output "
      "(<code>--rows steps</code>) has every pupil and step.</p>\n",
      due_soon_days / 7, Summary::max_listed_pupils);
  out += fmt::format(
      "<table class=\"steps\">\n<thead><tr><th scope=\"col\">Step</th><th scope=\"col\">Overdue</th>"
      "<th scope=\"col\">Due within {} weeks</th></tr></thead>\n<tbody>\n",
      due_soon_days / 7);
  auto pupils = [](std::size_t n) { return fmt::format("{} {}", n, n == 1 ? "pupil" : "pupils"); };
  for (const auto& [id, c] : steps) {
    out += fmt::format("<tr class=\"step\"><th scope=\"row\">{}</th>\n<td>", text(title_of(s.step_titles, id)));
    if (c->overdue) {
      out += fmt::format("<p><span class=\"flag\">Overdue</span> for {}:</p>\n", pupils(c->overdue));
      write_ids(out, "Overdue", c->overdue_pupils, c->overdue);
    } else {
      out += "None.";
    }
    out += "</td>\n<td>";
    if (c->due_soon) {
      out += fmt::format("<p>Due for {}:</p>\n", pupils(c->due_soon));
      write_ids(out, "Due soon", c->due_soon_pupils, c->due_soon);
    } else {
      out += "None.";
    }
    out += "</td></tr>\n";
  }
  out += "</tbody>\n</table>\n</section>\n";
}

// A horizontal bar per gap, its title above it.
void write_gaps(std::string& out, const Summary& s) {
  out += "<section aria-labelledby=\"gaps-heading\">\n<h2 id=\"gaps-heading\">Most common gaps</h2>\n";
  if (s.in_place_not_recorded) {
    out += fmt::format(
        "<p class=\"note\">Not counted: the {} {} with nothing recorded as in place (see What is not "
        "recorded).</p>\n",
        s.in_place_not_recorded, s.in_place_not_recorded == 1 ? "pupil" : "pupils");
  }
  auto list = ranked(s.gaps);
  if (list.empty()) {
    out += "<p>No pupil has provision expected that is recorded as not in place.</p>\n</section>\n";
    return;
  }
  std::size_t shown = std::min(list.size(), top_gaps);
  std::size_t largest = list.front().second;
  constexpr int width = 720, bar_width = 640, row_height = 44;
  out += fmt::format(
      "<svg viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"gaps-chart-title\">\n"
      "<title id=\"gaps-chart-title\">The most common gaps: pupils for whom each item is expected "
      "and not in place</title>\n",
      width, row_height * static_cast<int>(shown) + 4);
  int y = 0;
  for (std::size_t i = 0; i < shown; ++i) {
    const auto& [id, n] = list[i];
    double w = std::max(2.0, static_cast<double>(bar_width) * static_cast<double>(n) / static_cast<double>(largest));
    out += fmt::format("<text x=\"0\" y=\"{}\" font-size=\"14\">{}</text>\n", y + 15,
                       text(title_of(s.provision_titles, id)));
    out += fmt::format("<rect x=\"0\" y=\"{}\" width=\"{:.1f}\" height=\"18\" fill=\"#2e6fb7\"></rect>\n", y + 21, w);
    out += fmt::format("<text x=\"{:.1f}\" y=\"{}\" font-size=\"14\">{}</text>\n", w + 6, y + 35, n);
    y += row_height;
  }
  out +=
      "</svg>\n<table>\n<caption>Pupils lacking each item</caption>\n<thead><tr><th scope=\"col\">Provision"
      "</th><th scope=\"col\" class=\"n\">Pupils</th></tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < shown; ++i) {
    out += fmt::format("<tr><td>{}</td><td class=\"n\">{}</td></tr>\n",
                       text(title_of(s.provision_titles, list[i].first)), list[i].second);
  }
  out += "</tbody>\n</table>\n";
  if (list.size() > shown) {
    out += fmt::format("<p class=\"note\">The {} most common of {} items; the JSON summary lists them all.</p>\n",
                       shown, list.size());
  }
  out += "</section>\n";
}

// What the register does not say: the facts rules needed and no row gave.
void write_not_recorded(std::string& out, const Summary& s, const SummaryLayout& layout) {
  out +=
      "<section aria-labelledby=\"not-recorded-heading\">\n<h2 id=\"not-recorded-heading\">What is not "
      "recorded</h2>\n";
  if (s.in_place_not_recorded) {
    out += fmt::format(
        "<p><strong>Nothing recorded as in place for {} of {} pupils.</strong> Their rows do not say what "
        "provision is in place, so it is shown as not recorded, not as missing, and none of it counts as a gap "
        "above. Recording it (the <code>in_place</code> column; <code>none</code> when nothing is) would show "
        "their gaps.</p>\n",
        s.in_place_not_recorded, s.evaluated);
  } else {
    out += "<p>What is in place is recorded for every pupil evaluated.</p>\n";
  }
  auto missing = ranked(s.missing);
  if (missing.empty()) {
    out += "<p>Every fact the rules needed was recorded for every pupil evaluated.</p>\n";
  } else {
    out +=
        "<p>Facts the rules needed and the register did not give, so that something could not be decided "
        "(a fact counts once per pupil). They are not known, which is not the same as \"no\".</p>\n";
    out +=
        "<table>\n<thead><tr><th scope=\"col\">Fact</th><th scope=\"col\" class=\"n\">Pupils</th></tr></thead>\n"
        "<tbody>\n";
    for (std::size_t i = 0; i < missing.size() && i < layout.top; ++i) {
      out += fmt::format("<tr><td><code>{}</code></td><td class=\"n\">{}</td></tr>\n", text(missing[i].first),
                         missing[i].second);
    }
    out += "</tbody>\n</table>\n";
    if (missing.size() > layout.top) {
      out += fmt::format("<p class=\"note\">The {} most common of {}.</p>\n", layout.top, missing.size());
    }
  }
  out += "</section>\n";
}

void write_rejected(std::string& out, const Summary& s) {
  out += "<section aria-labelledby=\"rejected-heading\">\n<h2 id=\"rejected-heading\">Rejected rows</h2>\n";
  if (s.rejected == 0) {
    out += "<p>None: every row was evaluated.</p>\n</section>\n";
    return;
  }
  out +=
      "<table>\n<thead><tr><th scope=\"col\">Error</th><th scope=\"col\" class=\"n\">Rows</th></tr></thead>\n"
      "<tbody>\n";
  for (const auto& [code, n] : ranked(s.rejected_by_code)) {
    out += fmt::format("<tr><td><code>{}</code></td><td class=\"n\">{}</td></tr>\n", text(code), n);
  }
  out += "</tbody>\n</table>\n<p>Rows: ";
  for (std::size_t i = 0; i < s.rejected_rows.size(); ++i)
    out += fmt::format("{}{}", i ? ", " : "", s.rejected_rows[i]);
  if (s.rejected > s.rejected_rows.size()) out += fmt::format(" and {} more", s.rejected - s.rejected_rows.size());
  out += ".</p>\n</section>\n";
}

}  // namespace

std::string summary_html(const Summary& s, const SummaryLayout& layout) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>Register summary</title>\n<style>";
  out += stylesheet;
  out += "</style>\n</head>\n<body>\n<main>\n<h1>Register summary</h1>\n<p class=\"meta\">";
  if (!s.rule_set.empty()) {
    out += fmt::format("Rule set: {} (<code>{}</code>). ",
                       text(s.rule_set_title.empty() ? s.rule_set : s.rule_set_title), text(s.rule_set));
  }
  if (s.first_as_of && s.last_as_of) {
    if (*s.first_as_of == *s.last_as_of) {
      out += fmt::format("Evaluated as of <time datetime=\"{}\">{}</time>.", s.first_as_of->iso(),
                         render::long_date(*s.first_as_of));
    } else {
      out += fmt::format(
          "Evaluated as of dates from <time datetime=\"{}\">{}</time> to <time datetime=\"{}\">{}"
          "</time>.",
          s.first_as_of->iso(), render::long_date(*s.first_as_of), s.last_as_of->iso(),
          render::long_date(*s.last_as_of));
    }
  }
  out += "</p>\n";
  write_rows(out, s);
  write_levels(out, s, layout);
  write_steps(out, s);
  write_gaps(out, s);
  write_not_recorded(out, s, layout);
  write_rejected(out, s);
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace apdr::batch
