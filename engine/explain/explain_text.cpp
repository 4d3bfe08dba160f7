#include "explain/explain_text.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "render/wrap.hpp"

namespace apdr::explain {
namespace {

void tree(std::string& out, const Step& step, std::size_t depth, std::size_t width) {
  std::string indent(2 + depth * 2, ' ');
  if (!step.element.empty()) {
    out += render::wrap(fmt::format("- {}: {}", step.element, step.value), width, indent, indent + "  ");
  } else {
    out += render::wrap(fmt::format("- {}: {}", step.text, step.value), width, indent, indent + "    ");
    if (!step.says.empty()) out += render::wrap(step.says, width, indent + "  ", indent + "  ");
  }
  for (const auto& sub : step.steps) tree(out, sub, depth + 1, width);
}

}  // namespace

std::string explanation_text(const Explanation& e, std::size_t width) {
  std::string out;
  std::string heading = fmt::format("{} {}", e.is_provision ? "Provision item" : "Rule", e.id);
  if (!e.title.empty()) heading += ": " + e.title;
  out += render::wrap(heading, width, "", "  ");
  std::string facts = fmt::format("Kind: {}.", e.kind == "local-policy" ? "local policy" : e.kind);
  if (!e.area.empty()) facts += fmt::format(" Area: {}.", e.area);
  if (!e.source.empty()) facts += fmt::format(" Source: {}.", e.source);
  if (!e.defined_at.empty()) facts += fmt::format(" Defined at {}.", e.defined_at);
  out += render::wrap(facts, width, "  ", "  ");
  if (!e.condition.empty()) {
    out += render::wrap(fmt::format("{}: {}", e.is_provision ? "Guard" : "When", e.condition), width, "  ", "    ");
  }
  if (!e.actions.empty()) {
    out += e.is_provision ? "  It:\n" : "  When it fires, it:\n";
    for (const auto& action : e.actions) out += render::wrap("- " + action, width, "    ", "      ");
  }
  out += '\n';
  out += render::wrap(e.summary, width, "", "  ");
  if (!e.provided_by.empty() && e.outcome == Outcome::fired) {
    out += render::wrap(fmt::format("It is also provided by: {}.", fmt::join(e.provided_by, ", ")), width, "", "  ");
  }
  if (e.outcome == Outcome::undetermined) {
    out += "\nWhat would decide it:\n";
    const char* yes = e.is_provision ? "It is provided if" : "It fires if";
    const char* no = e.is_provision ? "It is not provided if" : "It does not fire if";
    out += render::wrap(fmt::format("{} {}.", yes, e.deciding.fires_if), width, "  ", "    ");
    out += render::wrap(fmt::format("{} {}.", no, e.deciding.not_fires_if), width, "  ", "    ");
    if (!e.deciding.missing.empty()) {
      out += render::wrap(fmt::format("Facts the profile does not give: {}.", fmt::join(e.deciding.missing, ", ")),
                          width, "  ", "    ");
    }
    for (const auto& q : e.deciding.questions) out += render::wrap("? " + q, width, "  ", "    ");
    if (!e.deciding.cannot_compute.empty()) {
      out += render::wrap(fmt::format("It cannot be worked out from these facts: {}. No answer about the pupil "
                                      "would decide it; the rule set needs correcting.", e.deciding.cannot_compute),
                          width, "  ", "    ");
    }
  }
  if (e.traced) {
    out += "\nWhy, step by step:\n";
    tree(out, e.why, 0, width);
  }
  if (!e.due_dates.empty()) {
    out += "\nDue dates:\n";
    for (const auto& due : e.due_dates) {
      out += render::wrap(fmt::format("- {}: {}", due.step, due.due), width, "  ", "    ");
      tree(out, due.how, 1, width);
    }
  }
  return out;
}

}  // namespace apdr::explain
