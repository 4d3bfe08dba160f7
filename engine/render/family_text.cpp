#include "render/family_text.hpp"

#include <fmt/format.h>

#include "render/report_wording.hpp"
#include "render/wording.hpp"
#include "render/wrap.hpp"

namespace apdr::render {

namespace {

constexpr std::size_t width = 80;

std::string bullet(const std::string& text, const std::string& indent = "  ") {
  return wrap(text, width, indent + "- ", indent + "  ");
}

std::string source_text(const FamilyLink& source) {
  if (source.label.empty()) return "";
  return source.url.empty() ? source.label : fmt::format("{} ({})", source.label, source.url);
}

void heading(std::string& out, std::string_view text) {
  out += fmt::format("\n{}\n{}\n", text, std::string(text.size(), '-'));
}

}  // namespace

std::string render_key_points_text(const FamilyReport& report) {
  std::string rule(width, '=');
  std::string out = rule + "\n" + family_heading_key + "\n" + rule + "\n";
  out += "What the law says:\n";
  for (const auto& point : report.key.law) {
    out += bullet(point.text + " Source: " + point.source.label + ".");
  }
  out += "\n" + wrap(report.key.next_step, width, "", "") + "\n";
  out += wrap(report.key.local_policy, width, "", "");
  if (!report.toolkit.empty()) out += "\n" + wrap(report.toolkit, width, "", "");
  out += rule + "\n";
  return out;
}

std::string render_family_text(const eval::Result& result) {
  FamilyReport report = family_report(result);
  std::string out = report.title + "\n" + report.meta + "\n";
  if (!report.banner.empty()) out += "\n" + wrap(report.banner, width, "", "");
  for (const auto& notice : report.notices) out += "\n" + wrap(notice, width, "", "");

  heading(out, heading_steps);
  if (report.steps.empty()) out += "No further steps are called for now.\n";
  for (const auto& e : report.steps) {
    out += bullet(fmt::format("{} ({})", e.title, e.kind));
    if (!e.due_line.empty()) out += wrap(e.overdue ? "OVERDUE: " + e.due_line.substr(9) : e.due_line, width, "    ", "    ");
    for (const auto& note : e.notes) out += wrap(note, width, "    ", "    ");
    if (!e.detail.empty()) out += wrap(e.detail, width, "    ", "    ");
    if (!e.source.label.empty()) out += wrap("Source: " + source_text(e.source), width, "    ", "    ");
  }

  heading(out, family_heading_can_do);
  for (const auto& item : report.can_do) out += bullet(item);

  heading(out, heading_needs);
  if (report.needs.empty()) out += "No needs are recorded.\n";
  for (const auto& need : report.needs) out += bullet(need);

  heading(out, heading_provision);
  if (report.provision.empty()) out += "Nothing is listed at the pupil's current levels.\n";
  for (const auto& group : report.provision) {
    out += group.heading + ":\n";
    for (const auto& p : group.items) {
      out += wrap(fmt::format("[{}] {} ({})", p.status, p.title, p.kind), width, "  ", "    ");
    }
  }
  if (!report.provision_summary.empty()) out += wrap(report.provision_summary, width, "", "");

  bool any_items = false;
  for (const auto& part : report.kinds) any_items = any_items || !part.items.empty();
  if (any_items) heading(out, heading_kinds);
  for (const auto& part : report.kinds) {
    if (part.items.empty()) continue;
    out += part.heading + " (" + family_kind(part.kind) + "):\n";
    for (std::size_t i = 0; i < part.items.size(); ++i) {
      std::string title = part.item_titles[i].empty() ? "" : part.item_titles[i] + ". ";
      out += bullet(title + part.items[i].text);
      if (!part.items[i].source.label.empty()) {
        out += wrap("Source: " + source_text(part.items[i].source), width, "    ", "    ");
      }
    }
  }

  if (!report.open.empty()) {
    heading(out, heading_open);
    for (const auto& q : report.open) out += bullet(q);
  }
  out += "\n" + report.rule_set[1] + "\n" + report.rule_set.back() + "\n\n";
  out += render_key_points_text(report);
  return out;
}

}  // namespace apdr::render
