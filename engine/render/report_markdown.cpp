#include "render/report_markdown.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "render/family_report.hpp"
#include "render/markdown.hpp"
#include "render/report_wording.hpp"
#include "render/wording.hpp"

namespace apdr::render {

namespace {

std::string link(const FamilyLink& source) {
  if (source.label.empty()) return "";
  std::string label = markdown_escape(source.label);
  return source.url.empty() ? label : fmt::format("[{}](<{}>)", label, markdown_url(source.url));
}

std::string source_suffix(const FamilyLink& source) {
  return source.label.empty() ? "" : " — source: " + link(source);
}

void write_header(std::string& out, const FamilyReport& report) {
  out += fmt::format("# {}\n\n", markdown_escape(report.title));
  std::string meta;
  for (const auto& line : report.rule_set) meta += (meta.empty() ? "" : " ") + line;
  out += markdown_escape(meta) + "\n";
  if (!report.banner.empty()) out += fmt::format("\n> **{}**\n", markdown_escape(report.banner));
  for (const auto& notice : report.notices) out += fmt::format("\n> {}\n", markdown_escape(notice));
}

void write_key_points(std::string& out, const FamilyReport& report) {
  out += fmt::format("\n## {}\n\n", family_heading_key);
  out += "> **What the law says**\n>\n";
  for (const auto& point : report.key.law) {
    out += fmt::format("> - {} ({})\n", markdown_escape(point.text), link(point.source));
  }
  out += fmt::format(">\n> **{}**\n>\n> {}\n", markdown_escape(report.key.next_step),
                     markdown_escape(report.key.local_policy));
  if (!report.toolkit.empty()) out += fmt::format(">\n> {}\n", markdown_escape(report.toolkit));
}

void write_steps(std::string& out, const FamilyReport& report) {
  out += fmt::format("\n## {}\n\n", heading_steps);
  if (report.steps.empty()) {
    out += "No further steps are called for now.\n";
    return;
  }
  for (const auto& e : report.steps) {
    out += fmt::format("- **{}** *({})*\n", markdown_escape(e.title), markdown_escape(e.kind));
    if (e.overdue && e.due) {
      out += fmt::format("  - **OVERDUE** — was due by {}\n", long_date(*e.due));
    } else if (!e.due_line.empty()) {
      out += fmt::format("  - {}\n", markdown_escape(e.due_line));
    }
    for (const auto& note : e.notes) out += fmt::format("  - {}\n", markdown_escape(note));
    if (!e.detail.empty()) out += fmt::format("  - {}\n", markdown_escape(e.detail));
    if (!e.who.empty()) out += fmt::format("  - {}\n", markdown_escape(e.who));
    if (!e.source.label.empty()) out += fmt::format("  - Source: {}\n", link(e.source));
  }
}

void write_can_do(std::string& out, const FamilyReport& report) {
  out += fmt::format("\n## {}\n\n", family_heading_can_do);
  for (const auto& item : report.can_do) out += fmt::format("- {}\n", markdown_escape(item));
}

void write_levels(std::string& out, const FamilyReport& report) {
  out += fmt::format("\n## {}\n\n", heading_needs);
  if (report.needs.empty()) {
    out += "No needs are recorded.\n";
    return;
  }
  for (const auto& need : report.needs) out += fmt::format("- {}\n", markdown_escape(need));
}

void write_provision(std::string& out, const FamilyReport& report) {
  out += fmt::format("\n## {}\n\n", heading_provision);
  if (report.provision.empty()) {
    out += "Nothing is listed at the pupil's current levels.\n";
    return;
  }
  out += fmt::format("**{}**\n", markdown_escape(report.provision_summary));
  for (const auto& group : report.provision) {
    out += fmt::format("\n### {}\n\n", markdown_escape(group.heading));
    for (const auto& p : group.items) {
      // [?] is not a task-list box: an item not recorded is neither ticked nor open.
      out += fmt::format("- [{}] **{}:** {} *({})*", p.status_class == "in-place" ? 'x' : p.status_class == "missing" ? ' ' : '?',
                         markdown_escape(p.status), markdown_escape(p.title), markdown_escape(p.kind));
      if (!p.detail.empty()) out += " — " + markdown_escape(p.detail);
      out += source_suffix(p.source) + "\n";
    }
    if (!group.source.label.empty()) out += fmt::format("\nSource of these: {}\n", link(group.source));
  }
}

void write_kind_part(std::string& out, const FamilyKindPart& part) {
  out += fmt::format("\n### {} ({})\n\n*{}*\n\n", part.heading, family_kind(part.kind), part.meaning);
  bool any = false;
  for (std::size_t i = 0; i < part.items.size(); ++i) {
    out += "- ";
    if (!part.item_titles[i].empty()) out += fmt::format("**{}**: ", markdown_escape(part.item_titles[i]));
    out += markdown_escape(part.items[i].text) + source_suffix(part.items[i].source) + "\n";
    any = true;
  }
  if (part.in_key_points) {
    out += std::string(any ? "\n" : "") + "The right to ask for an assessment, the legal test and what the law does not require are in the key points at the top.\n";
    any = true;
  }
  if (!part.rests_on.empty()) {
    out += fmt::format("{}{}\n", any ? "\n" : "", markdown_escape(part.rests_on));
    any = true;
  }
  if (!any) out += "Nothing in this summary rests on it.\n";
}

void write_open(std::string& out, const FamilyReport& report) {
  if (report.open.empty()) return;
  out += fmt::format("\n## {}\n\n", heading_open);
  out += "Some things could not be worked out because the answer is not known yet. Answering "
         "these would make the summary more complete:\n\n";
  for (const auto& q : report.open) out += fmt::format("- {}\n", markdown_escape(q));
}

void write_sources(std::string& out, const FamilyReport& report) {
  out += fmt::format("\n## {}\n\n", heading_sources);
  if (report.sources.empty()) {
    out += "No sources are cited.\n";
    return;
  }
  for (const auto& s : report.sources) {
    out += "- " + (s.title_linked ? link({s.title, s.url}) : markdown_escape(s.title));
    if (!s.published.empty()) out += fmt::format(" (published {})", markdown_escape(s.published));
    if (!s.places.empty()) {
      std::vector<std::string> places;
      for (const auto& p : s.places) places.push_back(link(p));
      out += ": " + join_words(places);
    }
    out += '\n';
  }
}

}  // namespace

std::string render_report_markdown(const eval::Result& result) {
  FamilyReport report = family_report(result);
  std::string out;
  write_header(out, report);
  write_key_points(out, report);
  write_steps(out, report);
  write_can_do(out, report);
  write_levels(out, report);
  write_provision(out, report);
  out += fmt::format("\n## {}\n", heading_kinds);
  for (const auto& part : report.kinds) write_kind_part(out, part);
  write_open(out, report);
  write_sources(out, report);
  return out;
}

}  // namespace apdr::render
