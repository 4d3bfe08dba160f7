#include "diff/text.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "render/wording.hpp"
#include "render/wrap.hpp"

namespace apdr::diff {
namespace {

constexpr std::size_t width = 80;

std::string due_text(const std::optional<Date>& due) { return due ? "due " + due->iso() : "no due date"; }

std::string in_place_text(std::optional<bool> in_place) {
  return !in_place ? "not recorded" : *in_place ? "in place" : "not in place";
}

// Each error on its own line under `indent`, continued two columns further in.
std::string error_lines(const Diagnostics& errors, const std::string& indent) {
  std::string out;
  for (const auto& error : errors.all()) {
    std::string where = error.where.file;
    if (error.where.line > 0) where += fmt::format(":{}:{}", error.where.line, error.where.column);
    out += render::wrap(fmt::format("{} at {}: {}", code_name(error.code), where, error.message), width, indent,
                        indent + "  ");
  }
  return out;
}

// The words after "provision changed: ID: ".
std::string provision_change_text(const Change& change) {
  std::vector<std::string> parts;
  if (change.old_in_place != change.new_in_place) {
    parts.push_back(fmt::format("now {}, was {}", in_place_text(change.new_in_place),
                                in_place_text(change.old_in_place)));
  }
  if (change.old_kind != change.new_kind) {
    parts.push_back(fmt::format("now {}, was {}", render::kind_label(change.new_kind),
                                render::kind_label(change.old_kind)));
  }
  return fmt::format("{}", fmt::join(parts, "; "));
}

std::string escalation_move_text(const Change& change) {
  std::string text = fmt::format("{} from {} to {}", change.subject,
                                 change.old_due ? change.old_due->iso() : "no due date",
                                 change.new_due ? change.new_due->iso() : "no due date");
  if (change.new_overdue && !change.old_overdue) text += " (now overdue)";
  if (!change.new_overdue && change.old_overdue) text += " (no longer overdue)";
  return text;
}

std::string undetermined_text(const Change& change) {
  std::string text = fmt::format("{} {}", change.is_provision ? "provision item" : "rule", change.subject);
  if (change.kind == ChangeKind::undetermined_added && !change.missing.empty()) {
    text += fmt::format(" (lacks {})", render::join_words(change.missing));
  }
  return text;
}

// What follows the label on a change's line.
std::string change_detail(const Change& change) {
  switch (change.kind) {
    case ChangeKind::rejected_under_new:
      return "the row is valid under the old rule set only";
    case ChangeKind::rejected_under_old:
      return "the row is valid under the new rule set only";
    case ChangeKind::level_changed:
      return fmt::format("{} from {} to {}", change.subject, change.old_level.empty() ? "none" : change.old_level,
                         change.new_level.empty() ? "none" : change.new_level);
    case ChangeKind::provision_gained:
      return fmt::format("{} ({}; {})", change.subject, render::kind_label(change.new_kind),
                         in_place_text(change.new_in_place));
    case ChangeKind::provision_lost:
      return fmt::format("{} ({}; was {})", change.subject, render::kind_label(change.old_kind),
                         in_place_text(change.old_in_place));
    case ChangeKind::provision_changed:
      return fmt::format("{}: {}", change.subject, provision_change_text(change));
    case ChangeKind::escalation_added:
      return fmt::format("{} ({}), {}{}", change.subject, render::kind_label(change.new_kind),
                         due_text(change.new_due), change.new_overdue ? " (overdue)" : "");
    case ChangeKind::escalation_removed:
      return fmt::format("{} ({}; was {})", change.subject, render::kind_label(change.old_kind),
                         due_text(change.old_due));
    case ChangeKind::escalation_moved:
      return escalation_move_text(change);
    case ChangeKind::information_added:
    case ChangeKind::information_removed:
      return fmt::format("{} ({})", change.subject, render::kind_label(change_item_kind(change)));
    case ChangeKind::undetermined_added:
    case ChangeKind::undetermined_removed:
      return undetermined_text(change);
  }
  return change.subject;
}

// The summary's name for a group of changes: like a pupil's line, without
// what differs from pupil to pupil (dates, in place or not).
std::string key_text(const SummaryKey& key) {
  std::string label(change_label(key.kind));
  switch (key.kind) {
    case ChangeKind::level_changed:
      return fmt::format("{}: {} from {} to {}", label, key.subject, key.old_level.empty() ? "none" : key.old_level,
                         key.new_level.empty() ? "none" : key.new_level);
    case ChangeKind::rejected_under_new:
    case ChangeKind::rejected_under_old:
      return fmt::format("{} ({})", label, key.subject);
    default:
      if (key.item_kind) return fmt::format("{}: {} ({})", label, key.subject, render::kind_label(*key.item_kind));
      return fmt::format("{}: {}", label, key.subject);
  }
}

bool is_statute_lost(const SummaryKey& key) {
  Change change;
  change.kind = key.kind;
  change.old_kind = key.item_kind.value_or(Kind::local_policy);
  return key.item_kind && statute_lost(change);
}

std::string pupils_text(const std::vector<std::string>& pupils) {
  std::size_t shown = std::min(pupils.size(), max_listed_pupils);
  std::string list = fmt::format("{}", fmt::join(pupils.begin(), pupils.begin() + static_cast<long>(shown), ", "));
  if (pupils.size() > shown) list += fmt::format(" and {} more", pupils.size() - shown);
  return fmt::format("{} {}: {}", pupils.size(), pupils.size() == 1 ? "pupil" : "pupils", list);
}

}  // namespace

std::string heading_text(const Heading& heading) {
  std::string out = fmt::format("Comparing old {} ({})\n     with new {} ({})\n", heading.old_rules,
                                heading.old_id, heading.new_rules, heading.new_id);
  std::string date = heading.as_of ? "every pupil as of " + heading.as_of->iso()
                                   : "each pupil as of their own as_of date, or today";
  out += fmt::format("Cohort {}, {}\n", heading.cohort == "-" ? "from standard input" : heading.cohort, date);
  return out;
}

std::string pupil_text(const PupilChange& pupil) {
  if (pupil.status == PupilChange::Status::unchanged) return {};
  if (pupil.status == PupilChange::Status::rejected) {
    return fmt::format("\nrow {} (line {}): rejected under both rule sets\n{}", pupil.row, pupil.line,
                       error_lines(pupil.errors, "  "));
  }
  std::string out = fmt::format("\n{} (row {})\n", pupil.pupil, pupil.row);
  for (const auto& change : pupil.changes) {
    std::string detail = change_detail(change);
    std::string line(change_label(change.kind));
    if (!detail.empty()) line += ": " + detail;
    if (statute_lost(change)) line += " " + std::string(statute_lost_marker);
    out += render::wrap(line, width, "  ", "    ");
    if (change.kind == ChangeKind::rejected_under_new || change.kind == ChangeKind::rejected_under_old) {
      out += error_lines(change.errors, "    ");
    }
  }
  return out;
}

std::string summary_text(const DiffSummary& summary) {
  std::string out;
  if (summary.changes.empty()) {
    out += "\nNo pupil's result changed.\n";
  } else {
    // Statutory items taken away come first, under their own heading: a
    // local change must never quietly take away a statutory entitlement.
    std::string lost;
    for (const auto& [key, entry] : summary.changes) {
      if (is_statute_lost(key)) lost += render::wrap(fmt::format("{} — {}", key_text(key), pupils_text(entry.pupils)), width, "  ", "    ");
    }
    if (!lost.empty()) {
      out += fmt::format("\nStatutory items lost ({}): a local change must never take away what the law gives\n",
                         summary.statute_lost_pupils == 1 ? "1 pupil" : fmt::format("{} pupils", summary.statute_lost_pupils));
      out += lost;
    }
    out += "\nSummary: each change, and the pupils it touches\n";
    for (const auto& [key, entry] : summary.changes) {
      out += render::wrap(fmt::format("{} — {}", key_text(key), pupils_text(entry.pupils)), width, "  ", "    ");
    }
  }
  out += fmt::format("\nread {} {}: {} changed, {} unchanged, {} rejected\n", summary.read,
                     summary.read == 1 ? "pupil" : "pupils", summary.changed, summary.unchanged, summary.rejected);
  return out;
}

}  // namespace apdr::diff
