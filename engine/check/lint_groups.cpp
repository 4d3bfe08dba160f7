#include "check/lint_groups.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace apdr::check {
namespace {

// What the warnings of a group have in common, after their count.
std::string group_phrase(Code code) {
  switch (code) {
    case Code::NeverInForce: return "entries are never in force";
    case Code::UnusedProvision: return "provision items are never part of a result";
    case Code::UnusedStep: return "steps are never used";
    case Code::UnusedInformation: return "information items are never given";
    case Code::UnusedInput: return "inputs are never read";
    case Code::UnusedParameter: return "parameters are never read";
    case Code::UnusedDerived: return "derived values are never read";
    case Code::NeverFires: return "rules can never fire";
    case Code::RedundantRule: return "rules add nothing another rule does not already do";
    case Code::OverrideUnchanged: return "overrides change nothing";
    case Code::LevelAddsNothing: return "levels add no provision for an area";
    case Code::MissingSource: return "entries have no `source`";
    case Code::MissingPlain: return "entries have no `plain` wording for families";
    case Code::UnexplainedAcronym: return "acronyms are not spelt out in plain wording";
    case Code::LongSentence: return "plain wordings have a sentence of 30 words or more";
    default: return fmt::format("warnings: {}", code_summary(code));
  }
}

// The id a lint's message names first, in backquotes: every lint names the
// entry it is about before anything else.
std::string subject_of(const Diagnostic& d) {
  std::size_t open = d.message.find('`');
  if (open == std::string::npos) return {};
  std::size_t close = d.message.find('`', open + 1);
  if (close == std::string::npos) return {};
  return d.message.substr(open + 1, close - open - 1);
}

std::string line_list(const Diagnostics& diagnostics, const WarningGroup& group) {
  constexpr std::size_t shown = 10;
  std::vector<std::string> lines;
  for (std::size_t i : group.members) {
    std::string line = std::to_string(diagnostics.all()[i].where.line);
    if (lines.empty() || lines.back() != line) lines.push_back(line);
  }
  std::size_t listed = std::min(lines.size(), shown);
  std::string out = fmt::format("{}", fmt::join(lines.begin(), lines.begin() + static_cast<long>(listed), ", "));
  if (lines.size() > listed) out += fmt::format(" and {} more", lines.size() - listed);
  return out;
}

}  // namespace

std::vector<WarningGroup> group_warnings(const Diagnostics& diagnostics, std::size_t above) {
  std::map<std::pair<std::string, Code>, std::size_t> index;  // (file, code) → position in `all`
  std::vector<WarningGroup> all;
  const auto& items = diagnostics.all();
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Diagnostic& d = items[i];
    if (d.severity != Severity::warning || !d.where.known()) continue;
    auto [at, added] = index.emplace(std::make_pair(d.where.file, d.code), all.size());
    if (added) all.push_back(WarningGroup{d.code, d.where.file, {}});
    all[at->second].members.push_back(i);
  }
  std::vector<WarningGroup> groups;
  for (auto& group : all) {
    if (group.members.size() > above) groups.push_back(std::move(group));
  }
  return groups;
}

Diagnostic grouped_warning(const Diagnostics& diagnostics, const WarningGroup& group) {
  const auto& items = diagnostics.all();
  const Diagnostic& first = items[group.members.front()];
  std::vector<std::string> names;
  for (std::size_t i : group.members) {
    std::string name = subject_of(items[i]);
    if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  Diagnostic out = first;
  out.message = fmt::format("{} {}", group.members.size(), group_phrase(group.code));
  if (!names.empty()) {
    std::size_t listed = std::min(names.size(), group_names_shown);
    out.message += ": " + fmt::format("{}", fmt::join(names.begin(), names.begin() + static_cast<long>(listed), ", "));
    if (names.size() > listed) out.message += fmt::format(", … (and {} more)", names.size() - listed);
  }
  // The fix applies to all only when every member gives the same one.
  bool same_notes = std::all_of(group.members.begin(), group.members.end(),
                                [&](std::size_t i) { return items[i].notes == first.notes; });
  if (!same_notes) out.notes.clear();
  out.notes.push_back(fmt::format("at lines {} of {}; `--no-group` shows each warning", line_list(diagnostics, group),
                                  group.file));
  return out;
}

Diagnostics with_groups(const Diagnostics& diagnostics, const std::vector<WarningGroup>& groups) {
  std::map<std::size_t, const WarningGroup*> first;  // a group's first member → the group
  std::vector<bool> grouped(diagnostics.all().size(), false);
  for (const auto& group : groups) {
    first[group.members.front()] = &group;
    for (std::size_t i : group.members) grouped[i] = true;
  }
  Diagnostics out;
  for (std::size_t i = 0; i < diagnostics.all().size(); ++i) {
    if (auto at = first.find(i); at != first.end()) {
      out.add(grouped_warning(diagnostics, *at->second));
    } else if (!grouped[i]) {
      out.add(diagnostics.all()[i]);
    }
  }
  return out;
}

}  // namespace apdr::check
