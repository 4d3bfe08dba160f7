#include "render/wording.hpp"

#include "render/report_wording.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

namespace apdr::render {

std::string long_date(Date date) {
  static constexpr std::array<const char*, 7> weekdays = {"Sun", "Mon", "Tue", "Wed",
                                                          "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> months = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  // 1970-01-01 was a Thursday (index 4).
  int weekday = ((date.days() % 7) + 7 + 4) % 7;
  return fmt::format("{} {} {} {}", weekdays[static_cast<std::size_t>(weekday)], date.day(),
                     months[static_cast<std::size_t>(date.month() - 1)], date.year());
}

std::string_view kind_label(Kind kind) {
  switch (kind) {
    case Kind::statute: return "statute";
    case Kind::guidance: return "guidance";
    case Kind::local_policy: return "local policy";
  }
  return "local policy";
}

std::vector<std::string> deadline_notes(const eval::EscalationResult& step) {
  std::vector<std::string> notes;
  if (step.due && step.provisional) {
    notes.push_back("This date counts working days past the published list of bank holidays, so it could still "
                    "move (see the notes).");
  }
  if (step.due && !step.assumes.empty()) {
    std::vector<std::string> defaults;
    for (const auto& a : step.assumes) {
      std::string name(a.parameter);
      std::replace(name.begin(), name.end(), '_', ' ');
      defaults.push_back(fmt::format("{} of {}", name, a.value));
    }
    notes.push_back(fmt::format("This date assumes a {}: a default of the rule set, not a time limit in law.",
                                join_words(defaults)));
  }
  for (std::size_t i = 1; i < step.deadlines.size(); ++i) {
    const eval::Deadline& deadline = step.deadlines[i];
    if (!deadline.due) continue;
    static constexpr const char* kind_dates[] = {"Statutory date", "Guidance date", "Local policy date"};
    notes.push_back(fmt::format("{}: {}{}.", kind_dates[static_cast<int>(deadline.kind)], long_date(*deadline.due),
                                deadline.overdue ? " (overdue)" : ""));
  }
  if (!step.due && !step.missing.empty()) {
    std::vector<std::string> facts;
    for (const auto& fact : step.missing) facts.push_back(fact_words(fact));
    notes.push_back("No date can be worked out yet: it needs " + join_words(facts) + ".");
  }
  return notes;
}

namespace {

template <typename Words>
std::string joined(const Words& words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? " and " : ", ";
    out += words[i];
  }
  return out;
}

}  // namespace

std::string join_words(const std::vector<std::string>& words) { return joined(words); }
std::string join_words(const eval::Names& words) { return joined(words); }

std::string level_reason(const eval::Names& by) {
  bool from_profile = false;
  std::vector<std::string> rules;
  for (const auto& id : by) {
    if (id == "profile") {
      from_profile = true;
    } else {
      rules.emplace_back(id);
    }
  }
  std::string raised;
  if (!rules.empty()) {
    raised = fmt::format("raised by rule{} {}", rules.size() == 1 ? "" : "s", join_words(rules));
  }
  if (from_profile && !raised.empty()) return "Stated in the profile; " + raised + ".";
  if (from_profile) return "Stated in the profile.";
  if (!raised.empty()) return "R" + raised.substr(1) + ".";
  return "";
}

std::string level_description(const eval::LevelResult& level) {
  std::string ids(level.level);
  if (!level.national.empty() && level.national != level.level) ids += fmt::format(", within {}", level.national);
  if (level.level_title.empty() || level.level_title == level.level) return ids;
  return fmt::format("{} ({})", level.level_title, ids);
}

std::string who_label(const eval::Names& who) {
  std::vector<std::string> words;
  for (std::string_view name : who) {
    std::string id(name);
    for (char& c : id) {
      if (c == '_') c = ' ';
    }
    words.push_back(std::move(id));
  }
  return join_words(words);
}

std::string title_or_id(std::string_view title, std::string_view id) {
  return std::string(title.empty() ? id : title);
}

std::string status_banner(std::string_view status) {
  if (status == "proposed") {
    return "PROPOSAL — not law. This rule set is a proposal: it is not in force, and nothing "
           "below is yet required of anyone.";
  }
  if (status == "draft") {
    return "DRAFT — not in force. This rule set is a draft: nothing below is yet required of "
           "anyone.";
  }
  return "";
}

std::string undetermined_intro(const eval::Result& result) {
  std::size_t cannot = 0;
  for (const auto& u : result.undetermined) cannot += u.cannot_compute ? 1 : 0;
  if (cannot == 0) return "These could not be decided because the profile does not say enough:";
  if (cannot == result.undetermined.size()) {
    return "These could not be decided: the rule set cannot work them out from these facts, "
           "so its authors need to correct it:";
  }
  return "These could not be decided because the profile does not say enough, or because the rule set "
         "cannot work them out from these facts (its authors need to correct it):";
}

}  // namespace apdr::render
