#include "render/html.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/unsafe_text.hpp"
#include "render/family_report.hpp"
#include "render/html_style.hpp"
#include "render/report_wording.hpp"
#include "render/wording.hpp"

namespace apdr::render {

std::string html_escape(std::string_view text) {
  // Control and bidirectional-format characters are shown escaped, as in
  // text output, so pupil text cannot reorder what the page shows.
  std::string visible;
  if (first_unsafe_character(text)) {
    visible = escape_unsafe(text);
    text = visible;
  }
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

namespace {

std::string link(const FamilyLink& source) {
  if (source.label.empty()) return "";
  std::string label = html_escape(source.label);
  return source.url.empty() ? label : fmt::format("<a href=\"{}\">{}</a>", html_escape(source.url), label);
}

std::string source_line(const FamilyLink& source) {
  if (source.label.empty()) return "";
  return fmt::format("<p class=\"source\">Source: {}</p>", link(source));
}

std::string kind_tag(const std::string& kind) {
  return fmt::format("<span class=\"kind\">({})</span>", html_escape(kind));
}

void write_head(std::string& out, const FamilyReport& report) {
  out += "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"generator\" content=\"apdr\">\n";
  out += fmt::format("<title>{}</title>\n", html_escape(report.title));
  out += "<style>";
  out += html_stylesheet;
  out += "</style>\n</head>\n<body>\n";
}

void write_header(std::string& out, const FamilyReport& report, const eval::Result& result) {
  out += "<header>\n";
  out += fmt::format("<h1>{}</h1>\n", html_escape(report.title));
  // What the summary was worked out from, at the top: a footer after the
  // sources is what spills alone onto a last printed page.
  out += "<p class=\"meta\">";
  for (const auto& line : report.rule_set) {
    if (line.rfind("Worked out on ", 0) == 0) {
      out += fmt::format("Worked out on <time datetime=\"{}\">{}</time>. ", result.as_of.iso(), long_date(result.as_of));
    } else {
      out += html_escape(line) + " ";
    }
  }
  out.pop_back();
  out += "</p>\n";
  if (!report.banner.empty()) {
    out += fmt::format("<p class=\"banner\" role=\"note\">{}</p>\n", html_escape(report.banner));
  }
  for (const auto& notice : report.notices) {
    out += fmt::format("<p class=\"notice\" role=\"note\">{}</p>\n", html_escape(notice));
  }
  out += "</header>\n";
}

void open_section(std::string& out, std::string_view id, std::string_view heading) {
  out += fmt::format("<section id=\"{0}\" aria-labelledby=\"{0}-heading\">\n<h2 id=\"{0}-heading\">{1}</h2>\n",
                     id, html_escape(heading));
}

// The box on page 1: what the law says, the next date, what is local policy.
void write_key_points(std::string& out, const FamilyReport& report) {
  out += "<section id=\"key\" class=\"key-points\" aria-labelledby=\"key-heading\">\n";
  out += fmt::format("<h2 id=\"key-heading\">{}</h2>\n", family_heading_key);
  out += "<h3>What the law says</h3>\n<ul>\n";
  for (const auto& point : report.key.law) {
    out += fmt::format("<li>{} <span class=\"source\">({})</span></li>\n", html_escape(point.text),
                       link(point.source));
  }
  out += "</ul>\n";
  out += fmt::format("<p class=\"next{}\"><strong>{}</strong></p>\n", report.key.next_step_overdue ? " overdue" : "",
                     html_escape(report.key.next_step));
  out += fmt::format("<p class=\"local\">{}</p>\n", html_escape(report.key.local_policy));
  if (!report.toolkit.empty()) out += fmt::format("<p class=\"toolkit\">{}</p>\n", html_escape(report.toolkit));
  out += "</section>\n";
}

void write_levels(std::string& out, const FamilyReport& report) {
  open_section(out, "needs", heading_needs);
  if (report.needs.empty()) {
    out += "<p>No needs are recorded.</p>\n";
  } else {
    out += "<ul>\n";
    for (const auto& need : report.needs) out += fmt::format("<li>{}</li>\n", html_escape(need));
    out += "</ul>\n";
  }
  out += "</section>\n";
}

void write_provision(std::string& out, const FamilyReport& report) {
  open_section(out, "provision", heading_provision);
  if (report.provision.empty()) {
    out += "<p>Nothing is listed at the pupil's current levels.</p>\n</section>\n";
    return;
  }
  out += fmt::format("<p class=\"summary\">{}</p>\n", html_escape(report.provision_summary));
  for (const auto& group : report.provision) {
    out += fmt::format("<h3>{}</h3>\n<ul class=\"checklist\">\n", html_escape(group.heading));
    for (const auto& p : group.items) {
      const char* mark = p.status_class == "in-place" ? "&#10003; " : p.status_class == "missing" ? "&#10007; " : "";
      out += fmt::format("<li class=\"{0}\"><span class=\"mark {0}\">{1}{2}</span>", p.status_class, mark,
                         html_escape(p.status));
      out += fmt::format("<strong>{}</strong> {}", html_escape(p.title), kind_tag(p.kind));
      if (!p.detail.empty()) out += fmt::format("<p class=\"detail\">{}</p>", html_escape(p.detail));
      // One short line: the full title of each source is in "Sources".
      if (!p.source.label.empty()) out += fmt::format("<p class=\"source\">Source: {}</p>", link(p.source));
      out += "</li>\n";
    }
    out += "</ul>\n";
    if (!group.source.label.empty()) out += fmt::format("<p class=\"source\">Source of these: {}</p>\n", link(group.source));
  }
  out += "</section>\n";
}

void write_steps(std::string& out, const FamilyReport& report) {
  open_section(out, "steps", heading_steps);
  if (report.steps.empty()) {
    out += "<p>No further steps are called for now.</p>\n</section>\n";
    return;
  }
  std::size_t overdue = 0;
  for (const auto& e : report.steps) overdue += e.overdue ? 1 : 0;
  if (overdue > 0) {
    out += fmt::format("<p class=\"summary\">{} step{} overdue.</p>\n", overdue, overdue == 1 ? " is" : "s are");
  }
  out += "<ul class=\"steps\">\n";
  for (const auto& e : report.steps) {
    out += e.overdue ? "<li class=\"overdue\">" : "<li>";
    out += fmt::format("<strong>{}</strong> {}\n", html_escape(e.title), kind_tag(e.kind));
    if (e.due && e.overdue) {
      out += fmt::format("<p class=\"due\"><span class=\"flag\">Overdue</span> was due by {}</p>\n",
                         long_date(*e.due));
    } else if (!e.due_line.empty()) {
      out += fmt::format("<p class=\"due\">{}</p>\n", html_escape(e.due_line));
    }
    for (const auto& note : e.notes) out += fmt::format("<p class=\"note\">{}</p>\n", html_escape(note));
    if (!e.detail.empty()) out += fmt::format("<p class=\"detail\">{}</p>\n", html_escape(e.detail));
    if (!e.who.empty()) out += fmt::format("<p class=\"detail\">{}</p>\n", html_escape(e.who));
    out += source_line(e.source);
    out += "</li>\n";
  }
  out += "</ul>\n</section>\n";
}

void write_can_do(std::string& out, const FamilyReport& report) {
  open_section(out, "can-do", family_heading_can_do);
  out += "<ul>\n";
  for (const auto& item : report.can_do) out += fmt::format("<li>{}</li>\n", html_escape(item));
  out += "</ul>\n</section>\n";
}

// Everything of one kind together, so law, guidance and local policy are
// never mixed in one list.
void write_kind_part(std::string& out, const FamilyKindPart& part) {
  out += fmt::format("<section class=\"kind-part {0}\" aria-labelledby=\"kind-{0}\">\n", kind_id(part.kind));
  out += fmt::format("<h3 id=\"kind-{}\">{} <span class=\"kind\">({})</span></h3>\n", kind_id(part.kind),
                     html_escape(part.heading), html_escape(family_kind(part.kind)));
  out += fmt::format("<p class=\"kind-meaning\">{}</p>\n", html_escape(part.meaning));
  bool any = false;
  if (!part.items.empty()) {
    out += "<ul>\n";
    for (std::size_t i = 0; i < part.items.size(); ++i) {
      out += "<li>";
      if (!part.item_titles[i].empty()) out += fmt::format("<strong>{}</strong><br>", html_escape(part.item_titles[i]));
      out += html_escape(part.items[i].text) + source_line(part.items[i].source) + "</li>\n";
    }
    out += "</ul>\n";
    any = true;
  }
  if (part.in_key_points) {
    out += "<p>The right to ask for an assessment, the legal test and what the law does not require are in the key points at the top.</p>\n";
    any = true;
  }
  if (!part.rests_on.empty()) {
    out += fmt::format("<p>{}</p>\n", html_escape(part.rests_on));
    any = true;
  }
  if (!any) out += "<p>Nothing in this summary rests on it.</p>\n";
  out += "</section>\n";
}

void write_kinds(std::string& out, const FamilyReport& report) {
  open_section(out, "law", heading_kinds);
  for (const auto& part : report.kinds) write_kind_part(out, part);
  out += "</section>\n";
}

void write_open(std::string& out, const FamilyReport& report) {
  if (report.open.empty()) return;
  open_section(out, "open", heading_open);
  out += "<p>Some things could not be worked out because the answer is not known yet. "
         "Answering these would make the summary more complete:</p>\n<ul>\n";
  for (const auto& q : report.open) out += fmt::format("<li>{}</li>\n", html_escape(q));
  out += "</ul>\n</section>\n";
}

void write_sources(std::string& out, const FamilyReport& report) {
  open_section(out, "sources", heading_sources);
  if (report.sources.empty()) {
    out += "<p>No sources are cited.</p>\n</section>\n";
    return;
  }
  out += "<ul class=\"sources\">\n";
  for (const auto& s : report.sources) {
    // Sections with their own addresses are the links; the title links the
    // source when some place has none.
    std::string title = html_escape(s.title);
    if (s.title_linked && !s.url.empty()) title = fmt::format("<a href=\"{}\">{}</a>", html_escape(s.url), title);
    out += "<li>" + title;
    if (!s.published.empty()) out += fmt::format(" (published {})", html_escape(s.published));
    if (!s.places.empty()) {
      std::vector<std::string> places;
      for (const auto& p : s.places) places.push_back(link(p));
      out += ": " + join_words(places);
    }
    out += "</li>\n";
  }
  out += "</ul>\n</section>\n";
}

}  // namespace

std::string render_html(const eval::Result& result) {
  FamilyReport report = family_report(result);
  std::string out;
  write_head(out, report);
  write_header(out, report, result);
  out += "<main>\n";
  write_key_points(out, report);
  write_steps(out, report);
  write_can_do(out, report);
  write_levels(out, report);
  write_provision(out, report);
  write_kinds(out, report);
  write_open(out, report);
  write_sources(out, report);
  out += "</main>\n";
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace apdr::render
