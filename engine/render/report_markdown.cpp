#include "render/report_markdown.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "render/markdown.hpp"
#include "render/report_wording.hpp"
#include "render/wording.hpp"

namespace apdr::render {

namespace {

std::string kind_tag(Kind kind) { return fmt::format("*({})*", kind_label(kind)); }

std::string source_suffix(const std::string& source) {
  return source.empty() ? "" : fmt::format(" — source: `{}`", source);
}

void write_header(std::string& out, const eval::Result& result) {
  out += fmt::format("# Support summary for {}\n\n", markdown_escape(result.profile));
  out += markdown_escape(evaluated_sentence(result)) + "\n";
  std::string banner = status_banner(result.status);
  if (!banner.empty()) out += fmt::format("\n> **{}**\n", markdown_escape(banner));
  for (const auto& notice : result.notices) out += fmt::format("\n> {}\n", markdown_escape(notice));
  out += "\nThis summary says what support should be in place, what should happen next and by "
         "when. Each item says whether it rests on the law (statute), on the SEND Code of "
         "Practice (guidance) or on the local authority's own policy (local policy).\n";
}

void write_levels(std::string& out, const eval::Result& result) {
  out += fmt::format("\n## {}\n\n", heading_needs);
  if (result.levels.empty()) {
    out += "No needs are recorded.\n";
    return;
  }
  for (const auto& level : result.levels) {
    std::string reason = level_reason(level.by);
    out += fmt::format("- **{}:** {}.{}{}\n", area_title(level.area), markdown_escape(level_description(level)),
                       reason.empty() ? "" : " ", markdown_escape(reason));
  }
}

void write_provision(std::string& out, const eval::Result& result) {
  out += fmt::format("\n## {}\n\n", heading_provision);
  if (result.provision.empty()) {
    out += "Nothing is listed at the pupil's current levels.\n";
    return;
  }
  std::size_t missing = result.gaps.size();
  if (!result.in_place_recorded) {
    out += fmt::format("**{}**\n", markdown_escape(not_recorded_summary));
  } else {
    out += fmt::format("**{} of {} in place{}.**\n", result.provision.size() - missing, result.provision.size(),
                       missing == 0 ? "" : fmt::format("; {} missing", missing));
  }
  for (const auto& area : provision_areas(result)) {
    out += fmt::format("\n### {}\n\n", markdown_escape(provision_area_title(area)));
    for (const auto& p : result.provision) {
      if (p.area != area) continue;
      const char* mark = !p.in_place ? "?" : *p.in_place ? "x" : " ";
      const char* state = !p.in_place ? "Not recorded (ask the school):" : *p.in_place ? "In place:" : "Missing:";
      out += fmt::format("- [{}] **{}** {} {}", mark, state,
                         markdown_escape(title_or_id(p.title, p.id)), kind_tag(p.kind));
      if (!p.plain.empty()) out += " — " + markdown_escape(p.plain);
      out += source_suffix(p.source) + "\n";
    }
  }
}

void write_steps(std::string& out, const eval::Result& result) {
  out += fmt::format("\n## {}\n\n", heading_steps);
  if (result.escalations.empty()) {
    out += "No further steps are called for now.\n";
    return;
  }
  for (const auto& e : result.escalations) {
    out += fmt::format("- **{}** {}\n", markdown_escape(title_or_id(e.title, e.step)), kind_tag(e.kind));
    if (e.due && e.overdue) {
      out += fmt::format("  - **OVERDUE** — was due by {}\n", long_date(*e.due));
    } else if (e.due) {
      out += fmt::format("  - Due by {}\n", long_date(*e.due));
    } else if (e.missing.empty()) {
      out += "  - No date is set.\n";
    }
    for (const auto& note : deadline_notes(e)) out += fmt::format("  - {}\n", markdown_escape(note));
    if (!e.plain.empty()) out += fmt::format("  - {}\n", markdown_escape(e.plain));
    if (!e.who.empty()) out += fmt::format("  - Who: {}\n", markdown_escape(who_label(e.who)));
    for (const auto& why : e.because) out += fmt::format("  - Why: {}\n", markdown_escape(why));
    if (!e.source.empty()) out += fmt::format("  - Source: `{}`\n", e.source);
  }
}

void write_kind_part(std::string& out, const eval::Result& result, Kind kind) {
  out += fmt::format("\n### {} ({})\n\n*{}*\n\n", kind_heading(kind), kind_label(kind), kind_meaning(kind));
  bool any = false;
  for (const auto& i : result.information) {
    if (i.kind != kind) continue;
    const std::string& body = family_text(i.plain, i.text);
    out += "- ";
    if (!i.title.empty()) out += fmt::format("**{}**", markdown_escape(i.title));
    if (!i.title.empty() && !body.empty()) out += ": ";
    out += markdown_escape(body) + source_suffix(i.source) + "\n";
    any = true;
  }
  std::vector<std::string> steps;
  for (const auto& e : result.escalations) {
    if (e.kind == kind) steps.push_back(markdown_escape(title_or_id(e.title, e.step)));
  }
  if (!steps.empty()) {
    out += fmt::format("{}Next steps that rest on it: {}.\n", any ? "\n" : "", join_words(steps));
    any = true;
  }
  std::vector<std::string> provision;
  for (const auto& p : result.provision) {
    if (p.kind == kind) provision.push_back(markdown_escape(title_or_id(p.title, p.id)));
  }
  if (!provision.empty()) {
    out += fmt::format("\nProvision that rests on it: {}.\n", join_words(provision));
    any = true;
  }
  if (!any) out += "Nothing in this summary rests on it.\n";
}

void write_open(std::string& out, const eval::Result& result) {
  if (result.undetermined.empty()) return;
  out += fmt::format("\n## {}\n\n", heading_open);
  out += "Some things could not be worked out because the answer is not known yet. Answering "
         "these would make the summary more complete:\n\n";
  std::vector<std::string> seen;
  for (const auto& u : result.undetermined) {
    for (const auto& q : u.questions) {
      if (std::find(seen.begin(), seen.end(), q) != seen.end()) continue;
      seen.push_back(q);
      out += fmt::format("- {}\n", markdown_escape(q));
    }
  }
}

void write_sources(std::string& out, const eval::Result& result) {
  out += fmt::format("\n## {}\n\n", heading_sources);
  if (result.sources.empty()) {
    out += "No sources are cited.\n";
    return;
  }
  for (const auto& s : result.sources) {
    out += fmt::format("- `{}`: {}", s.id, markdown_escape(title_or_id(s.title, s.id)));
    if (!s.published.empty()) out += fmt::format(" (published {})", markdown_escape(s.published));
    if (!s.url.empty()) out += fmt::format(" <{}>", markdown_url(s.url));
    out += '\n';
    for (const auto& c : s.citations) {
      out += fmt::format("  - {}", markdown_escape(c.label));
      if (!c.url.empty()) out += fmt::format(" <{}>", c.url);
      out += '\n';
    }
  }
}

void write_rule_set(std::string& out, const eval::Result& result) {
  out += fmt::format("\n## {}\n\n", heading_rule_set);
  out += fmt::format("- Rule set: {}\n", result.rule_set_title.empty()
                                            ? fmt::format("`{}`", result.rule_set)
                                            : fmt::format("{} (`{}`)", markdown_escape(result.rule_set_title),
                                                          result.rule_set));
  if (result.chain.size() > 1) {
    std::vector<std::string> bases;
    for (std::size_t i = 0; i + 1 < result.chain.size(); ++i) bases.push_back("`" + result.chain[i] + "`");
    out += fmt::format("- Built on: {}\n", join_words(bases));
  }
  if (!result.status.empty()) out += fmt::format("- Status: {}\n", result.status);
  out += fmt::format("- Evaluated on: {}\n", long_date(result.as_of));
  out += "\nProduced by apdr. It is a guide to what the rules say, not legal advice.\n";
}

}  // namespace

std::string render_report_markdown(const eval::Result& result) {
  std::string out;
  write_header(out, result);
  write_levels(out, result);
  write_provision(out, result);
  write_steps(out, result);
  out += fmt::format("\n## {}\n", heading_kinds);
  for (Kind kind : {Kind::statute, Kind::guidance, Kind::local_policy}) write_kind_part(out, result, kind);
  write_open(out, result);
  write_sources(out, result);
  write_rule_set(out, result);
  return out;
}

}  // namespace apdr::render
