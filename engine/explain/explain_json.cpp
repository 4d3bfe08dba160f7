#include "explain/explain_json.hpp"

namespace apdr::explain {
namespace {

using nlohmann::ordered_json;

ordered_json or_null(const std::string& text) { return text.empty() ? ordered_json(nullptr) : ordered_json(text); }

ordered_json strings(const std::vector<std::string>& items) {
  ordered_json list = ordered_json::array();
  for (const auto& item : items) list.push_back(item);
  return list;
}

ordered_json step_json(const Step& step) {
  ordered_json out = ordered_json::object();
  if (step.element.empty()) {
    out["text"] = step.text;
  } else {
    out["element"] = step.element;
  }
  out["value"] = step.value;
  if (step.element.empty()) out["says"] = step.says;
  ordered_json steps = ordered_json::array();
  for (const auto& sub : step.steps) steps.push_back(step_json(sub));
  out["steps"] = std::move(steps);
  return out;
}

}  // namespace

ordered_json explanation_json(const Explanation& e) {
  ordered_json out = ordered_json::object();
  out["rule"] = e.id;
  if (e.is_provision) out["item"] = "provision";
  out["kind"] = e.kind;
  out["source"] = or_null(e.source);
  out["area"] = or_null(e.area);
  out["outcome"] = outcome_id(e.outcome);
  out["summary"] = e.summary;
  out["condition"] = or_null(e.condition);
  out["why"] = e.traced ? step_json(e.why) : ordered_json(nullptr);
  if (e.outcome == Outcome::undetermined) {
    ordered_json deciding = ordered_json::object();
    deciding["fires_if"] = e.deciding.fires_if;
    deciding["not_fires_if"] = e.deciding.not_fires_if;
    deciding["missing"] = strings(e.deciding.missing);
    deciding["questions"] = strings(e.deciding.questions);
    if (!e.deciding.cannot_compute.empty()) deciding["cannot_compute"] = e.deciding.cannot_compute;
    out["deciding"] = std::move(deciding);
  } else {
    out["deciding"] = nullptr;
  }
  out["actions"] = strings(e.actions);
  ordered_json dues = ordered_json::array();
  for (const auto& due : e.due_dates) {
    ordered_json d = ordered_json::object();
    d["step"] = due.step;
    d["due"] = due.due;
    d["how"] = step_json(due.how);
    dues.push_back(std::move(d));
  }
  out["due_dates"] = std::move(dues);
  if (e.is_provision) out["provided_by"] = strings(e.provided_by);
  return out;
}

}  // namespace apdr::explain
