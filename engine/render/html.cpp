#include "render/html.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "render/html_style.hpp"
#include "render/report_wording.hpp"
#include "render/wording.hpp"

namespace apdr::render {

std::string html_escape(std::string_view text) {
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

bool is_web_link(const std::string& url) {
  return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
}

std::string kind_tag(Kind kind) {
  return fmt::format("<span class=\"kind\">({})</span>", kind_label(kind));
}

std::string source_line(const std::string& source) {
  if (source.empty()) return "";
  return fmt::format("<p class=\"source\">Source: <code>{}</code></p>", html_escape(source));
}

void write_head(std::string& out, const eval::Result& result) {
  out += "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"generator\" content=\"apdr\">\n";
  out += fmt::format("<title>Support summary for {}</title>\n", html_escape(result.profile));
  out += "<style>";
  out += html_stylesheet;
  out += "</style>\n</head>\n<body>\n";
}

void write_header(std::string& out, const eval::Result& result) {
  out += "<header>\n";
  out += fmt::format("<h1>Support summary for {}</h1>\n", html_escape(result.profile));
  out += fmt::format("<p class=\"meta\">{}</p>\n", html_escape(evaluated_sentence(result)));
  std::string banner = status_banner(result.status);
  if (!banner.empty()) out += fmt::format("<p class=\"banner\" role=\"note\">{}</p>\n", html_escape(banner));
  for (const auto& notice : result.notices) {
    out += fmt::format("<p class=\"notice\" role=\"note\">{}</p>\n", html_escape(notice));
  }
  out += "<p>This summary says what support should be in place, what should happen next and "
         "by when. Each item says whether it rests on the law (statute), on the SEND Code of "
         "Practice (guidance) or on the local authority's own policy (local policy).</p>\n";
  out += "</header>\n";
}

void open_section(std::string& out, std::string_view id, std::string_view heading) {
  out += fmt::format("<section id=\"{0}\" aria-labelledby=\"{0}-heading\">\n<h2 id=\"{0}-heading\">{1}</h2>\n",
                     id, html_escape(heading));
}

void write_levels(std::string& out, const eval::Result& result) {
  open_section(out, "needs", heading_needs);
  if (result.levels.empty()) {
    out += "<p>No needs are recorded.</p>\n";
  } else {
    out += "<ul>\n";
    for (const auto& level : result.levels) {
      std::string reason = level_reason(level.by);
      out += fmt::format("<li><strong>{}:</strong> {}.{}{}</li>\n", html_escape(area_title(level.area)),
                         html_escape(level_description(level)), reason.empty() ? "" : " ",
                         html_escape(reason));
    }
    out += "</ul>\n";
  }
  out += "</section>\n";
}

void write_provision(std::string& out, const eval::Result& result) {
  open_section(out, "provision", heading_provision);
  if (result.provision.empty()) {
    out += "<p>Nothing is listed at the pupil's current levels.</p>\n</section>\n";
    return;
  }
  std::size_t missing = result.gaps.size();
  if (!result.in_place_recorded) {
    out += fmt::format("<p class=\"summary\">{}</p>\n", html_escape(not_recorded_summary));
  } else {
    out += fmt::format("<p class=\"summary\">{} of {} in place{}.</p>\n", result.provision.size() - missing,
                       result.provision.size(), missing == 0 ? "" : fmt::format("; {} missing", missing));
  }
  for (const auto& area : provision_areas(result)) {
    out += fmt::format("<h3>{}</h3>\n<ul class=\"checklist\">\n", html_escape(provision_area_title(area)));
    for (const auto& p : result.provision) {
      if (p.area != area) continue;
      if (!p.in_place) {
        out += "<li class=\"not-recorded\"><span class=\"mark not-recorded\">? Not recorded: ask the school</span>";
      } else {
        out += fmt::format("<li class=\"{}\">", *p.in_place ? "in-place" : "missing");
        out += *p.in_place ? "<span class=\"mark in-place\">&#10003; In place</span>"
                           : "<span class=\"mark missing\">&#10007; Missing</span>";
      }
      out += fmt::format("<strong>{}</strong> {}", html_escape(title_or_id(p.title, p.id)), kind_tag(p.kind));
      if (!p.plain.empty()) out += fmt::format("<p class=\"detail\">{}</p>", html_escape(p.plain));
      out += source_line(p.source);
      out += "</li>\n";
    }
    out += "</ul>\n";
  }
  out += "</section>\n";
}

void write_steps(std::string& out, const eval::Result& result) {
  open_section(out, "steps", heading_steps);
  if (result.escalations.empty()) {
    out += "<p>No further steps are called for now.</p>\n</section>\n";
    return;
  }
  std::size_t overdue = 0;
  for (const auto& e : result.escalations) overdue += e.overdue ? 1 : 0;
  if (overdue > 0) {
    out += fmt::format("<p class=\"summary\">{} step{} overdue.</p>\n", overdue,
                       overdue == 1 ? " is" : "s are");
  }
  out += "<ul class=\"steps\">\n";
  for (const auto& e : result.escalations) {
    out += e.overdue ? "<li class=\"overdue\">" : "<li>";
    out += fmt::format("<strong>{}</strong> {}\n", html_escape(title_or_id(e.title, e.step)), kind_tag(e.kind));
    if (e.due && e.overdue) {
      out += fmt::format("<p class=\"due\"><span class=\"flag\">Overdue</span> was due by {}</p>\n",
                         long_date(*e.due));
    } else if (e.due) {
      out += fmt::format("<p class=\"due\">Due by {}</p>\n", long_date(*e.due));
    } else if (e.missing.empty()) {
      out += "<p class=\"due\">No date is set.</p>\n";
    }
    for (const auto& note : deadline_notes(e)) out += fmt::format("<p class=\"due\">{}</p>\n", html_escape(note));
    if (!e.plain.empty()) out += fmt::format("<p class=\"detail\">{}</p>\n", html_escape(e.plain));
    if (!e.who.empty()) out += fmt::format("<p class=\"detail\">Who: {}</p>\n", html_escape(who_label(e.who)));
    for (const auto& why : e.because) out += fmt::format("<p class=\"detail\">Why: {}</p>\n", html_escape(why));
    out += source_line(e.source);
    out += "</li>\n";
  }
  out += "</ul>\n</section>\n";
}

// Everything of one kind together, so law, guidance and local policy are
// never mixed in one list.
void write_kind_part(std::string& out, const eval::Result& result, Kind kind) {
  out += fmt::format("<section class=\"kind-part {0}\" aria-labelledby=\"kind-{0}\">\n", kind_id(kind));
  out += fmt::format("<h3 id=\"kind-{}\">{} <span class=\"kind\">({})</span></h3>\n", kind_id(kind),
                     html_escape(kind_heading(kind)), kind_label(kind));
  out += fmt::format("<p class=\"kind-meaning\">{}</p>\n", html_escape(kind_meaning(kind)));
  bool any = false;
  std::string items;
  for (const auto& i : result.information) {
    if (i.kind != kind) continue;
    const std::string& body = family_text(i.plain, i.text);
    items += "<li>";
    if (!i.title.empty()) items += fmt::format("<strong>{}</strong>", html_escape(i.title));
    if (!i.title.empty() && !body.empty()) items += "<br>";
    items += html_escape(body);
    items += source_line(i.source);
    items += "</li>\n";
  }
  if (!items.empty()) {
    out += "<ul>\n" + items + "</ul>\n";
    any = true;
  }
  std::vector<std::string> steps;
  for (const auto& e : result.escalations) {
    if (e.kind == kind) steps.push_back(html_escape(title_or_id(e.title, e.step)));
  }
  if (!steps.empty()) {
    out += "<p><strong>Next steps that rest on it:</strong></p>\n<ul>\n";
    for (const auto& s : steps) out += "<li>" + s + "</li>\n";
    out += "</ul>\n";
    any = true;
  }
  std::vector<std::string> provision;
  for (const auto& p : result.provision) {
    if (p.kind == kind) provision.push_back(html_escape(title_or_id(p.title, p.id)));
  }
  if (!provision.empty()) {
    out += fmt::format("<p><strong>Provision that rests on it:</strong> {}.</p>\n", join_words(provision));
    any = true;
  }
  if (!any) out += "<p>Nothing in this summary rests on it.</p>\n";
  out += "</section>\n";
}

void write_kinds(std::string& out, const eval::Result& result) {
  open_section(out, "law", heading_kinds);
  for (Kind kind : {Kind::statute, Kind::guidance, Kind::local_policy}) write_kind_part(out, result, kind);
  out += "</section>\n";
}

void write_open(std::string& out, const eval::Result& result) {
  if (result.undetermined.empty()) return;
  open_section(out, "open", heading_open);
  out += "<p>Some things could not be worked out because the answer is not known yet. "
         "Answering these would make the summary more complete:</p>\n<ul>\n";
  std::vector<std::string> seen;
  for (const auto& u : result.undetermined) {
    for (const auto& q : u.questions) {
      if (std::find(seen.begin(), seen.end(), q) != seen.end()) continue;
      seen.push_back(q);
      out += fmt::format("<li>{}</li>\n", html_escape(q));
    }
  }
  out += "</ul>\n</section>\n";
}

void write_sources(std::string& out, const eval::Result& result) {
  open_section(out, "sources", heading_sources);
  if (result.sources.empty()) {
    out += "<p>No sources are cited.</p>\n</section>\n";
    return;
  }
  out += "<ul>\n";
  for (const auto& s : result.sources) {
    std::string title = html_escape(title_or_id(s.title, s.id));
    if (is_web_link(s.url)) title = fmt::format("<a href=\"{}\">{}</a>", html_escape(s.url), title);
    out += fmt::format("<li><code>{}</code>: {}", html_escape(s.id), title);
    if (!s.published.empty()) out += fmt::format(" (published {})", html_escape(s.published));
    if (!s.citations.empty()) {
      out += "\n<ul>\n";
      for (const auto& c : s.citations) {
        std::string label = html_escape(c.label);
        out += is_web_link(c.url) ? fmt::format("<li><a href=\"{}\">{}</a></li>\n", html_escape(c.url), label)
                                  : fmt::format("<li>{}</li>\n", label);
      }
      out += "</ul>\n";
    }
    out += "</li>\n";
  }
  out += "</ul>\n</section>\n";
}

void write_footer(std::string& out, const eval::Result& result) {
  out += "<footer id=\"rule-set\" aria-labelledby=\"rule-set-heading\">\n";
  out += fmt::format("<h2 id=\"rule-set-heading\">{}</h2>\n<ul>\n", heading_rule_set);
  out += fmt::format("<li>Rule set: {}{}</li>\n",
                     html_escape(result.rule_set_title.empty() ? result.rule_set : result.rule_set_title),
                     result.rule_set_title.empty() ? "" : fmt::format(" (<code>{}</code>)", html_escape(result.rule_set)));
  if (result.chain.size() > 1) {
    std::vector<std::string> chain;
    for (const auto& id : result.chain) chain.push_back("<code>" + html_escape(id) + "</code>");
    out += fmt::format("<li>Built on: {}</li>\n", join_words(std::vector<std::string>(chain.begin(), chain.end() - 1)));
  }
  if (!result.status.empty()) out += fmt::format("<li>Status: {}</li>\n", html_escape(result.status));
  out += fmt::format("<li>Evaluated on: <time datetime=\"{}\">{}</time></li>\n", result.as_of.iso(),
                     long_date(result.as_of));
  out += "</ul>\n<p>Produced by apdr. It is a guide to what the rules say, not legal advice.</p>\n";
  out += "</footer>\n";
}

}  // namespace

std::string render_html(const eval::Result& result) {
  std::string out;
  write_head(out, result);
  write_header(out, result);
  out += "<main>\n";
  write_levels(out, result);
  write_provision(out, result);
  write_steps(out, result);
  write_kinds(out, result);
  write_open(out, result);
  write_sources(out, result);
  out += "</main>\n";
  write_footer(out, result);
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace apdr::render
