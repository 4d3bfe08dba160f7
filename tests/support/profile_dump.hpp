#pragma once
// Every field of a Profile as one text, positions and all, so that two
// readers' results are compared field for field (and a difference shows as
// text): the JSON Lines fast path's differential tests and fuzz target.
#include <cstdio>
#include <string>
#include <variant>

#include "profile/profile.hpp"

namespace profile_dump {

inline std::string text(const std::optional<apdr::Date>& d) { return d ? d->iso() : "-"; }
inline std::string text(const std::optional<std::string>& s) { return s ? "'" + *s + "'" : "-"; }
template <typename E>
std::string number(const std::optional<E>& e) {
  return e ? std::to_string(static_cast<long long>(*e)) : "-";
}
inline std::string text(const std::vector<std::string>& list) {
  std::string out = "[";
  for (const auto& item : list) out += "'" + item + "' ";
  return out + "]";
}
inline std::string text(const apdr::SourceLocation& where) {
  return where.file + ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
}

inline std::string text(const apdr::profile::InputValue& value) {
  std::string out = "#" + std::to_string(value.index()) + " ";
  if (auto* flag = std::get_if<bool>(&value)) return out + (*flag ? "true" : "false");
  if (auto* number = std::get_if<double>(&value)) {
    char exact[64];
    std::snprintf(exact, sizeof exact, "%a", *number);  // every bit of the double
    return out + exact;
  }
  if (auto* date = std::get_if<apdr::Date>(&value)) return out + date->iso();
  if (auto* span = std::get_if<apdr::Duration>(&value)) {
    return out + std::to_string(span->months) + "m" + std::to_string(span->days) + "d" +
           std::to_string(span->working_days) + "wd";
  }
  if (auto* words = std::get_if<std::string>(&value)) return out + "'" + *words + "'";
  return out + text(std::get<std::vector<std::string>>(value));
}

inline std::string dump(const apdr::profile::Profile& p) {
  std::string out = "id '" + p.id + "' file '" + p.file + "' as_of " + text(p.as_of) + "\n";
  out += "pupil " + text(p.pupil.date_of_birth) + " " + number(p.pupil.year_group) + " " + number(p.pupil.phase) +
         " " + number(p.pupil.setting) + "\n";
  for (const auto& n : p.needs) {
    out += "need " + number(std::optional(n.area)) + " " + text(n.level) + " codes " + text(n.codes) + " awaiting " +
           text(n.awaiting_assessment) + " at " + text(n.where) + "\n";
  }
  for (const auto& c : p.cycles) {
    out += "cycle " + number(std::optional(c.area)) + " " + text(c.level) + " " + text(c.started) + " " +
           text(c.reviewed) + " " + text(c.review_due) + " " + number(c.outcome) + " advice " + text(c.advice_from) +
           " at " + text(c.where) + "\n";
  }
  out += "in_place " + (p.in_place ? text(*p.in_place) : std::string("not recorded")) + "\n";
  const auto& e = p.ehc;
  out += "ehc " + text(e.requested) + " " + number(e.requested_by) + " " + text(e.decided) + " " + number(e.decision) +
         " " + text(e.draft_issued) + " " + text(e.plan_issued) + " " + text(e.last_review) + " " +
         text(e.review_notice) + " " + number(e.review_outcome) + " " + text(e.amendment_notice) + " " +
         text(e.amended) + " " + text(e.mediation_certificate) + "\n";
  for (const auto& [name, value] : p.inputs) out += "input " + name + " " + text(value) + "\n";
  out += "kept " + text(p.kept) + "\n";
  return out;
}

}  // namespace profile_dump
