#include "diff/json.hpp"

#include "render/json.hpp"

namespace apdr::diff {
namespace {

using nlohmann::ordered_json;

ordered_json date_json(const std::optional<Date>& date) { return date ? ordered_json(date->iso()) : ordered_json(); }

ordered_json level_json(const std::string& level) { return level.empty() ? ordered_json() : ordered_json(level); }

ordered_json provision_side(std::optional<bool> in_place, Kind kind) {
  return ordered_json{{"in_place", in_place ? ordered_json(*in_place) : ordered_json(nullptr)},
                      {"kind", std::string(kind_id(kind))}};
}

ordered_json escalation_side(const std::optional<Date>& due, bool overdue) {
  return ordered_json{{"due", date_json(due)}, {"overdue", overdue}};
}

// One line of the streamed document; invalid UTF-8 from a rule file is
// replaced, not fatal.
std::string line_of(const ordered_json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

ordered_json change_json(const Change& change) {
  ordered_json out;
  out["change"] = std::string(change_label(change.kind));
  switch (change.kind) {
    case ChangeKind::rejected_under_new:
    case ChangeKind::rejected_under_old:
      out["errors"] = render::diagnostics_to_json(change.errors);
      break;
    case ChangeKind::level_changed:
      out["area"] = change.subject;
      out["old"] = level_json(change.old_level);
      out["new"] = level_json(change.new_level);
      break;
    case ChangeKind::provision_gained:
      out["id"] = change.subject;
      out.update(provision_side(change.new_in_place, change.new_kind));
      break;
    case ChangeKind::provision_lost:
      out["id"] = change.subject;
      out.update(provision_side(change.old_in_place, change.old_kind));
      break;
    case ChangeKind::provision_changed:
      out["id"] = change.subject;
      out["old"] = provision_side(change.old_in_place, change.old_kind);
      out["new"] = provision_side(change.new_in_place, change.new_kind);
      break;
    case ChangeKind::escalation_added:
      out["step"] = change.subject;
      out.update(escalation_side(change.new_due, change.new_overdue));
      out["kind"] = std::string(kind_id(change.new_kind));
      break;
    case ChangeKind::escalation_removed:
      out["step"] = change.subject;
      out.update(escalation_side(change.old_due, change.old_overdue));
      out["kind"] = std::string(kind_id(change.old_kind));
      break;
    case ChangeKind::escalation_moved:
      out["step"] = change.subject;
      out["old"] = escalation_side(change.old_due, change.old_overdue);
      out["new"] = escalation_side(change.new_due, change.new_overdue);
      break;
    case ChangeKind::information_added:
    case ChangeKind::information_removed:
      out["id"] = change.subject;
      out["kind"] = std::string(kind_id(change_item_kind(change)));
      break;
    case ChangeKind::undetermined_added:
    case ChangeKind::undetermined_removed:
      out["rule"] = change.subject;
      out["item"] = change.is_provision ? "provision" : "rule";
      out["missing"] = change.missing;
      break;
  }
  // A moved escalation has no kind here (its two due dates may rest on two).
  if (has_item_kind(change.kind) && change.kind != ChangeKind::escalation_moved) {
    out["statute_lost"] = statute_lost(change);
  }
  return out;
}

ordered_json pupil_json(const PupilChange& pupil) {
  ordered_json out;
  out["row"] = pupil.row;
  out["line"] = pupil.line;
  out["pupil"] = pupil.pupil.empty() ? ordered_json() : ordered_json(pupil.pupil);
  out["status"] = pupil.status == PupilChange::Status::rejected  ? "rejected"
                  : pupil.status == PupilChange::Status::changed ? "changed"
                                                                 : "unchanged";
  out["changes"] = ordered_json::array();
  for (const auto& change : pupil.changes) out["changes"].push_back(change_json(change));
  out["errors"] = render::diagnostics_to_json(pupil.errors);
  return out;
}

ordered_json summary_json(const DiffSummary& summary) {
  ordered_json out = ordered_json::array();
  for (const auto& [key, entry] : summary.changes) {
    bool level = key.kind == ChangeKind::level_changed;
    out.push_back(ordered_json{{"change", std::string(change_label(key.kind))},
                               {"subject", key.subject},
                               {"old", level ? level_json(key.old_level) : ordered_json()},
                               {"new", level ? level_json(key.new_level) : ordered_json()},
                               {"kind", key.item_kind ? ordered_json(std::string(kind_id(*key.item_kind)))
                                                      : ordered_json()},
                               {"count", entry.pupils.size()},
                               {"pupils", entry.pupils}});
  }
  return out;
}

std::string json_opening(const Heading& heading) {
  ordered_json old_side{{"rules", heading.old_rules}, {"id", heading.old_id}};
  ordered_json new_side{{"rules", heading.new_rules}, {"id", heading.new_id}};
  return "{\n  \"apdr\": 1,\n  \"old\": " + line_of(old_side) + ",\n  \"new\": " + line_of(new_side) +
         ",\n  \"cohort\": " + line_of(heading.cohort) + ",\n  \"as_of\": " + line_of(date_json(heading.as_of)) +
         ",\n  \"pupils\": [";
}

std::string json_pupil(const PupilChange& pupil, bool first) {
  if (pupil.status == PupilChange::Status::unchanged) return {};
  return std::string(first ? "\n    " : ",\n    ") + line_of(pupil_json(pupil));
}

std::string json_closing(const DiffSummary& summary) {
  std::string out = "\n  ],\n  \"summary\": [";
  bool first = true;
  for (const auto& entry : summary_json(summary)) {
    out += (first ? "\n    " : ",\n    ") + line_of(entry);
    first = false;
  }
  ordered_json totals{{"read", summary.read},
                      {"changed", summary.changed},
                      {"unchanged", summary.unchanged},
                      {"rejected", summary.rejected},
                      {"statute_lost", summary.statute_lost_pupils}};
  out += "\n  ],\n  \"totals\": " + line_of(totals) + "\n}\n";
  return out;
}

}  // namespace apdr::diff
