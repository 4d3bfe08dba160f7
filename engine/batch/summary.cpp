#include "batch/summary.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "batch/summary_order.hpp"
#include "render/markdown.hpp"

namespace apdr::batch {
namespace {

void add_counts(Counts& into, const Counts& from) {
  for (const auto& [key, n] : from) into[key] += n;
}

// Keeps the max_listed_pupils lowest rows, sorted by row; the id is copied
// only when it is kept.
void keep_listed(std::vector<ListedPupil>& list, std::size_t row, std::string_view id) {
  auto at = std::upper_bound(list.begin(), list.end(), row,
                             [](std::size_t r, const ListedPupil& p) { return r < p.row; });
  if (list.size() >= Summary::max_listed_pupils && at == list.end()) return;
  list.insert(at, ListedPupil{row, std::string(id)});
  if (list.size() > Summary::max_listed_pupils) list.pop_back();
}

void merge_listed(std::vector<ListedPupil>& into, const std::vector<ListedPupil>& from) {
  for (const auto& p : from) keep_listed(into, p.row, p.id);
}

// map[id], making the key's std::string only when `id` is new.
template <typename Value>
Value& at_id(ById<Value>& map, std::string_view id) {
  auto at = map.find(id);
  if (at == map.end()) at = map.emplace(std::string(id), Value{}).first;
  return at->second;
}

// Keeps the first title given for `id`.
void note_title(ById<std::string>& titles, std::string_view id, std::string_view title) {
  if (titles.find(id) == titles.end()) titles.emplace(std::string(id), std::string(title));
}

void merge_titles(ById<std::string>& into, const ById<std::string>& from) {
  for (const auto& [id, title] : from) {
    auto& mine = into[id];
    if (mine.empty() || (!title.empty() && title < mine)) mine = title;  // one rule set: the same title
  }
}

// "a, b and 3 more" (Markdown-escaped ids: they come from the cohort).
std::string listed_words(const std::vector<ListedPupil>& list, std::size_t total) {
  std::vector<std::string> ids;
  for (const auto& p : list) ids.push_back(render::markdown_escape(p.id));
  std::string out = fmt::format("{}", fmt::join(ids, ", "));
  if (total > list.size()) out += fmt::format(" and {} more", total - list.size());
  return out;
}


}  // namespace

void Summary::add(const eval::Result& result, bool had_warnings, std::size_t row) {
  ++read;
  ++evaluated;
  if (had_warnings) ++warnings;
  if (!result.in_place_recorded) ++in_place_not_recorded;
  if (rule_set.empty()) {
    rule_set = result.rule_set;
    rule_set_title = result.rule_set_title;
  }
  if (!first_as_of || result.as_of < *first_as_of) first_as_of = result.as_of;
  if (!last_as_of || *last_as_of < result.as_of) last_as_of = result.as_of;
  for (const auto& level : result.levels) {
    ++at_id(levels[static_cast<std::size_t>(level.area)], level.level);
    if (!level.level_title.empty()) note_title(level_titles, level.level, level.level_title);
  }
  for (const auto& gap : result.gaps) ++at_id(gaps, gap);
  for (const auto& p : result.provision) {
    if (!p.title.empty() && std::find(result.gaps.begin(), result.gaps.end(), p.id) != result.gaps.end()) {
      note_title(provision_titles, p.id, p.title);
    }
  }
  Date soon = result.as_of.add_days(due_soon_days);
  for (const auto& e : result.escalations) {
    StepCounts& counts = at_id(escalations, e.step);
    if (!e.title.empty()) note_title(step_titles, e.step, e.title);
    ++counts.pupils;
    if (!e.due) {
      ++counts.no_date;
    } else if (e.overdue) {
      ++counts.overdue;
      keep_listed(counts.overdue_pupils, row, result.profile);
    } else if (*e.due <= soon) {
      ++counts.due_soon;
      keep_listed(counts.due_soon_pupils, row, result.profile);
    }
  }
  // A fact counts once per pupil however many rules lack it.
  std::vector<std::string_view> facts;
  for (const auto& u : result.undetermined) {
    ++at_id(undetermined, u.rule);
    for (std::string_view fact : u.missing) {
      if (std::find(facts.begin(), facts.end(), fact) == facts.end()) facts.push_back(fact);
    }
  }
  for (std::string_view fact : facts) ++at_id(missing, fact);
}

void Summary::add_rejected(std::size_t row, const Diagnostics& diagnostics) {
  ++read;
  ++rejected;
  std::vector<std::string> codes;
  for (const auto& d : diagnostics.all()) {
    if (d.severity != Severity::error) continue;
    std::string code = code_name(d.code);
    if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(std::move(code));
  }
  for (auto& code : codes) ++rejected_by_code[code];
  if (rejected_rows.size() < max_listed_rejected) rejected_rows.push_back(row);
}

void Summary::merge(const Summary& other) {
  read += other.read;
  evaluated += other.evaluated;
  rejected += other.rejected;
  warnings += other.warnings;
  repeated_ids += other.repeated_ids;
  blank_rows += other.blank_rows;
  in_place_not_recorded += other.in_place_not_recorded;
  for (std::size_t a = 0; a < levels.size(); ++a) add_counts(levels[a], other.levels[a]);
  add_counts(gaps, other.gaps);
  for (const auto& [step, c] : other.escalations) {
    StepCounts& into = escalations[step];
    into.pupils += c.pupils;
    into.overdue += c.overdue;
    into.due_soon += c.due_soon;
    into.no_date += c.no_date;
    merge_listed(into.overdue_pupils, c.overdue_pupils);
    merge_listed(into.due_soon_pupils, c.due_soon_pupils);
  }
  if (rule_set.empty()) {
    rule_set = other.rule_set;
    rule_set_title = other.rule_set_title;
  }
  if (other.first_as_of && (!first_as_of || *other.first_as_of < *first_as_of)) first_as_of = other.first_as_of;
  if (other.last_as_of && (!last_as_of || *last_as_of < *other.last_as_of)) last_as_of = other.last_as_of;
  merge_titles(step_titles, other.step_titles);
  merge_titles(provision_titles, other.provision_titles);
  merge_titles(level_titles, other.level_titles);
  add_counts(undetermined, other.undetermined);
  add_counts(missing, other.missing);
  add_counts(rejected_by_code, other.rejected_by_code);
  rejected_rows.insert(rejected_rows.end(), other.rejected_rows.begin(), other.rejected_rows.end());
  std::sort(rejected_rows.begin(), rejected_rows.end());
  if (rejected_rows.size() > max_listed_rejected) rejected_rows.resize(max_listed_rejected);
}

std::string summary_markdown(const Summary& s, const SummaryLayout& layout) {
  std::string out = "# Batch summary\n\n";
  out += fmt::format("Rows read: {}. Evaluated: {}. Rejected: {}.", s.read, s.evaluated, s.rejected);
  if (s.warnings) out += fmt::format(" Evaluated with warnings: {}.", s.warnings);
  if (s.repeated_ids) out += fmt::format(" Rows repeating an earlier row's pupil id: {}.", s.repeated_ids);
  if (s.blank_rows) out += fmt::format(" Blank rows skipped: {}.", s.blank_rows);
  out += "\n";
  if (s.in_place_not_recorded) {
    out += fmt::format("\nNothing recorded as in place for {} {}: their provision is not recorded, and no gaps "
                       "are counted for them.\n",
                       s.in_place_not_recorded, s.in_place_not_recorded == 1 ? "pupil" : "pupils");
  }

  std::vector<std::string> columns = level_columns(s, layout);
  out += "\n## Pupils by area and level\n\n| area |";
  for (const auto& c : columns) out += fmt::format(" {} |", c);
  out += " total |\n| --- |";
  for (std::size_t i = 0; i <= columns.size(); ++i) out += " ---: |";
  out += "\n";
  for (Area area : all_areas) {
    const Counts& counts = s.levels[static_cast<std::size_t>(area)];
    std::size_t total = 0;
    out += fmt::format("| {} |", area_id(area));
    for (const auto& c : columns) {
      std::size_t n = count_of(counts, c);
      total += n;
      out += fmt::format(" {} |", n);
    }
    out += fmt::format(" {} |\n", total);
  }

  auto ranked_table = [&](std::string_view title, std::string_view what, const Counts& counts) {
    auto list = ranked(counts);
    out += fmt::format("\n## {}\n\n", title);
    if (list.empty()) {
      out += "None.\n";
      return;
    }
    if (list.size() > layout.top) out += fmt::format("The {} most common of {}.\n\n", layout.top, list.size());
    out += fmt::format("| {} | pupils |\n| --- | ---: |\n", what);
    for (std::size_t i = 0; i < list.size() && i < layout.top; ++i) {
      out += fmt::format("| {} | {} |\n", list[i].first, list[i].second);
    }
  };
  ranked_table("Most common gaps", "provision", s.gaps);

  out += "\n## Escalations\n\n";
  if (s.escalations.empty()) {
    out += "None.\n";
  } else {
    std::vector<std::pair<std::string, StepCounts>> steps(s.escalations.begin(), s.escalations.end());
    std::sort(steps.begin(), steps.end(), [](const auto& a, const auto& b) {
      if (a.second.overdue != b.second.overdue) return a.second.overdue > b.second.overdue;
      return a.first < b.first;
    });
    out += fmt::format("| step | overdue | due within {} weeks | later | no date | pupils |\n"
                       "| --- | ---: | ---: | ---: | ---: | ---: |\n", due_soon_days / 7);
    for (const auto& [step, c] : steps) {
      std::size_t later = c.pupils - c.overdue - c.due_soon - c.no_date;
      out += fmt::format("| {} | {} | {} | {} | {} | {} |\n", step, c.overdue, c.due_soon, later, c.no_date,
                         c.pupils);
    }
    bool heading = false;
    for (const auto& [step, c] : steps) {
      if (c.overdue == 0 && c.due_soon == 0) continue;
      if (!heading) out += fmt::format("\nPupils (the first {} by row for each step):\n\n", Summary::max_listed_pupils);
      heading = true;
      out += fmt::format("- {}:", step);
      if (c.overdue) out += fmt::format(" overdue for {}.", listed_words(c.overdue_pupils, c.overdue));
      if (c.due_soon) {
        out += fmt::format(" Due within {} weeks for {}.", due_soon_days / 7,
                           listed_words(c.due_soon_pupils, c.due_soon));
      }
      out += "\n";
    }
  }
  ranked_table("Undetermined", "rule", s.undetermined);
  ranked_table("Facts most often missing", "fact", s.missing);

  out += "\n## Rejected rows\n\n";
  if (s.rejected == 0) {
    out += "None.\n";
  } else {
    out += "| code | rows |\n| --- | ---: |\n";
    for (const auto& [code, n] : ranked(s.rejected_by_code)) out += fmt::format("| {} | {} |\n", code, n);
    out += fmt::format("\nRows: {}", fmt::join(s.rejected_rows, ", "));
    if (s.rejected > s.rejected_rows.size()) out += fmt::format(" and {} more", s.rejected - s.rejected_rows.size());
    out += ".\n";
  }
  return out;
}

nlohmann::ordered_json summary_json(const Summary& s, const SummaryLayout& layout) {
  using nlohmann::ordered_json;
  auto counts_json = [](const Counts& counts) {
    ordered_json list = ordered_json::array();
    for (const auto& [id, n] : ranked(counts)) list.push_back({{"id", id}, {"pupils", n}});
    return list;
  };
  ordered_json out = ordered_json::object();
  out["read"] = s.read;
  out["evaluated"] = s.evaluated;
  out["rejected"] = s.rejected;
  out["warnings"] = s.warnings;
  out["repeated_ids"] = s.repeated_ids;
  out["blank_rows"] = s.blank_rows;
  out["in_place_not_recorded"] = s.in_place_not_recorded;
  ordered_json levels = ordered_json::array();
  std::vector<std::string> columns = level_columns(s, layout);
  for (Area area : all_areas) {
    const Counts& counts = s.levels[static_cast<std::size_t>(area)];
    for (const auto& c : columns) {
      if (std::size_t n = count_of(counts, c)) {
        levels.push_back({{"area", std::string(area_id(area))}, {"level", c}, {"pupils", n}});
      }
    }
  }
  out["levels"] = levels;
  out["gaps"] = counts_json(s.gaps);
  ordered_json steps = ordered_json::array();
  std::vector<std::string> ids;
  for (const auto& [id, _] : s.escalations) ids.push_back(id);
  std::sort(ids.begin(), ids.end());
  for (const auto& id : ids) {
    const StepCounts& c = s.escalations.at(id);
    auto ids = [](const std::vector<ListedPupil>& list) {
      ordered_json out = ordered_json::array();
      for (const auto& p : list) out.push_back(p.id);
      return out;
    };
    // The ids are the first Summary::max_listed_pupils by row; the counts
    // say how many there are in all.
    steps.push_back({{"step", id}, {"pupils", c.pupils}, {"overdue", c.overdue},
                     {"due_within_4_weeks", c.due_soon}, {"no_date", c.no_date},
                     {"overdue_pupils", ids(c.overdue_pupils)},
                     {"due_within_4_weeks_pupils", ids(c.due_soon_pupils)}});
  }
  out["escalations"] = steps;
  out["undetermined"] = counts_json(s.undetermined);
  out["missing"] = counts_json(s.missing);
  ordered_json codes = ordered_json::array();
  for (const auto& [code, n] : ranked(s.rejected_by_code)) codes.push_back({{"code", code}, {"rows", n}});
  out["rejected_by_code"] = codes;
  out["rejected_rows"] = s.rejected_rows;
  out["rejected_rows_listed_all"] = s.rejected <= s.rejected_rows.size();
  return out;
}

}  // namespace apdr::batch
