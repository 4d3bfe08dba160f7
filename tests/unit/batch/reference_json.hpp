#pragma once
// The JSON of a result as it was made before render/result_json.cpp: a
// nlohmann tree built field by field and dumped. Kept as the reference the
// one writer must match byte for byte, pretty and compact.
#include <nlohmann/json.hpp>

#include "render/json.hpp"
#include "render/notice.hpp"
#include "render/questions.hpp"

namespace apdr::tree_json {

using nlohmann::ordered_json;

template <typename Items>
ordered_json string_list(const Items& items) {
  ordered_json list = ordered_json::array();
  for (const auto& item : items) list.push_back(item);
  return list;
}

// A source or wording the rule set leaves out: null, not a missing key or "".
inline ordered_json text_or_null(std::string_view text) {
  return text.empty() ? ordered_json(nullptr) : ordered_json(text);
}

inline ordered_json kind_json(Kind kind) { return std::string(kind_id(kind)); }


inline ordered_json rule_set_json(const eval::Result& result) {
  ordered_json rule_set = ordered_json::object();
  rule_set["id"] = result.rule_set;
  rule_set["chain"] = string_list(result.chain);
  // Only a rule set that is not plainly in force says so; the common case
  // keeps DESIGN.md's shape exactly.
  if (!result.status.empty() && result.status != "in-force") rule_set["status"] = result.status;
  return rule_set;
}

inline ordered_json levels_json(const eval::Result& result) {
  ordered_json levels = ordered_json::array();
  for (const auto& level : result.levels) {
    ordered_json item = ordered_json::object();
    item["area"] = std::string(area_id(level.area));
    item["level"] = level.level;
    item["national"] = level.national;
    item["by"] = string_list(level.by);
    levels.push_back(std::move(item));
  }
  return levels;
}

inline ordered_json provision_json(const eval::Result& result, const render::JsonOptions& options) {
  ordered_json provision = ordered_json::array();
  for (const auto& p : result.provision) {
    ordered_json item = ordered_json::object();
    item["id"] = p.id;
    item["area"] = p.area;
    item["level"] = p.level;
    if (options.wording) {
      item["title"] = text_or_null(p.title);
      item["plain"] = text_or_null(p.plain);
    }
    item["in_place"] = p.in_place ? nlohmann::ordered_json(*p.in_place) : nlohmann::ordered_json(nullptr);
    item["by"] = string_list(p.by);
    item["kind"] = kind_json(p.kind);
    item["source"] = text_or_null(p.source);
    provision.push_back(std::move(item));
  }
  return provision;
}

// [{ "parameter": "review_interval", "value": "12 weeks" }]
inline ordered_json assumptions_json(const eval::List<eval::Assumption>& assumes) {
  ordered_json out = ordered_json::array();
  for (const auto& a : assumes) out.push_back({{"parameter", a.parameter}, {"value", a.value}});
  return out;
}

inline ordered_json escalations_json(const eval::Result& result, const render::JsonOptions& options) {
  ordered_json escalations = ordered_json::array();
  for (const auto& e : result.escalations) {
    ordered_json item = ordered_json::object();
    item["step"] = e.step;
    if (options.wording) {
      item["title"] = text_or_null(e.title);
      item["plain"] = text_or_null(e.plain);
    }
    item["due"] = e.due ? ordered_json(e.due->iso()) : ordered_json(nullptr);
    item["overdue"] = e.overdue;
    item["provisional"] = e.provisional;
    item["assumes"] = assumptions_json(e.assumes);
    ordered_json deadlines = ordered_json::array();
    for (const auto& d : e.deadlines) {
      ordered_json deadline = ordered_json::object();
      deadline["due"] = d.due ? ordered_json(d.due->iso()) : ordered_json(nullptr);
      deadline["kind"] = kind_json(d.kind);
      deadline["by"] = string_list(d.by);
      deadline["overdue"] = d.overdue;
      deadline["provisional"] = d.provisional;
      deadline["assumes"] = assumptions_json(d.assumes);
      deadlines.push_back(std::move(deadline));
    }
    item["deadlines"] = std::move(deadlines);
    item["missing"] = string_list(e.missing);
    item["by"] = string_list(e.by);
    item["kind"] = kind_json(e.kind);
    item["because"] = string_list(e.because);
    item["source"] = text_or_null(e.source);
    escalations.push_back(std::move(item));
  }
  return escalations;
}

inline ordered_json information_json(const eval::Result& result, const render::JsonOptions& options) {
  ordered_json information = ordered_json::array();
  for (const auto& i : result.information) {
    ordered_json item = ordered_json::object();
    item["id"] = i.id;
    if (options.wording) {
      item["title"] = text_or_null(i.title);
      item["text"] = text_or_null(i.text);
      item["plain"] = text_or_null(i.plain);
    }
    item["by"] = string_list(i.by);
    item["kind"] = kind_json(i.kind);
    item["source"] = text_or_null(i.source);
    information.push_back(std::move(item));
  }
  return information;
}

inline ordered_json undetermined_json(const eval::Result& result) {
  ordered_json undetermined = ordered_json::array();
  for (const auto& u : result.undetermined) {
    ordered_json item = ordered_json::object();
    item["rule"] = u.rule;
    // A provision item whose guard is unknown is listed under its own id;
    // `item` tells it apart from a rule of the same name.
    if (u.is_provision) item["item"] = "provision";
    item["reason"] = u.cannot_compute ? "cannot-compute" : "missing";
    // Every entry has the same keys: `at` and `why` are null for reason missing.
    item["at"] = u.cannot_compute ? ordered_json(location_text(u.where)) : ordered_json(nullptr);
    item["why"] = u.cannot_compute ? ordered_json(u.why) : ordered_json(nullptr);
    item["missing"] = string_list(u.missing);
    item["questions"] = string_list(render::questions_for(result, u.missing));
    undetermined.push_back(std::move(item));
  }
  return undetermined;
}

inline ordered_json reference_json(const eval::Result& result, const render::JsonOptions& options = {}) {
  ordered_json out = ordered_json::object();
  out["apdr"] = 1;
  out["profile"] = result.profile;
  out["as_of"] = result.as_of.iso();
  out["rule_set"] = rule_set_json(result);
  out["levels"] = levels_json(result);
  out["provision"] = provision_json(result, options);
  out["gaps"] = string_list(result.gaps);
  out["escalations"] = escalations_json(result, options);
  out["information"] = information_json(result, options);
  out["undetermined"] = undetermined_json(result);
  if (!result.notices.empty()) out["notices"] = string_list(render::notice_texts(result));
  return out;
}

// As `apdr eval --format json` printed it.
inline std::string pretty(const eval::Result& result, bool wording = true) {
  return reference_json(result, render::JsonOptions{wording})
             .dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

// As a line of `apdr batch` was written.
inline std::string line(const eval::Result& result, bool wording = true) {
  return reference_json(result, render::JsonOptions{wording})
      .dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace apdr::tree_json
