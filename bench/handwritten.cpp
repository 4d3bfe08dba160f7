#include "handwritten.hpp"

#include <algorithm>
#include <array>
#include <set>

namespace apdr::bench {
namespace {

constexpr int universal = 0, sen_support = 1;
const std::array<const char*, 3> level_ids = {"universal", "sen_support", "ehc_plan"};
const std::array<const char*, 3> level_titles = {"Universal", "SEN support", "EHC plan"};

int level_index(const std::optional<std::string>& id) {
  if (!id) return universal;
  for (int i = 0; i < 3; ++i) {
    if (*id == level_ids[static_cast<std::size_t>(i)]) return i;
  }
  return universal;
}

struct Item {
  const char* id;
  int area;  // -1: all
  int level;
  const char* title;
  const char* source;
};
// In the order the engine lists them: whole school first, then by area, then level.
const std::array<Item, 4> items = {{{"adapted-teaching", -1, universal, "Adapted teaching", "cop#6.37"},
                                    {"attendance-support", -1, sen_support, "Attendance support", ""},
                                    {"word-mats", 1, universal, "Word mats", ""},
                                    {"check-in", 2, sen_support, "Daily check-in with a key adult", ""}}};

std::optional<bool> in_place(const profile::Profile& p, const char* id) {
  if (!p.in_place) return std::nullopt;
  return std::find(p.in_place->begin(), p.in_place->end(), id) != p.in_place->end();
}

}  // namespace

void evaluate_by_hand(const profile::Profile& p, Date today, eval::Result& r) {
  r.clear();
  r.profile = r.text(p.id);
  r.in_place_recorded = p.in_place.has_value();
  r.as_of = today;
  r.rule_set = "bench";
  r.rule_set_title = "Benchmark rule set";
  r.status = "in-force";
  r.chain = r.names({"bench"});

  std::array<int, 4> level{-1, -1, -1, -1};
  for (const auto& need : p.needs) {
    auto& slot = level[static_cast<std::size_t>(need.area)];
    slot = std::max(slot, level_index(need.level));
  }
  const std::size_t semh = static_cast<std::size_t>(Area::semh);
  const profile::Cycle* latest_semh = nullptr;
  int semh_not_met = 0;
  for (const auto& c : p.cycles) {
    if (c.area != Area::semh) continue;
    latest_semh = &c;
    if (c.outcome && *c.outcome == profile::Outcome::not_met) ++semh_not_met;
  }
  bool has_semh = level[semh] >= 0;
  bool stuck = has_semh && semh_not_met >= 2;
  bool review = has_semh && latest_semh && latest_semh->started && !latest_semh->outcome;
  bool ehc = p.ehc.requested && !p.ehc.decided;
  std::optional<double> attendance;
  if (auto it = p.inputs.find("attendance"); it != p.inputs.end()) attendance = std::get<double>(it->second);
  bool low_attendance = attendance && *attendance < 90;

  int stated_semh = level[semh];
  if (stuck && level[semh] < sen_support) level[semh] = sen_support;
  for (Area area : all_areas) {
    int l = level[static_cast<std::size_t>(area)];
    if (l < 0) continue;
    eval::LevelResult entry{area, level_ids[static_cast<std::size_t>(l)], level_titles[static_cast<std::size_t>(l)],
                            level_ids[static_cast<std::size_t>(l)], {}};
    if (area == Area::semh && stuck && l == sen_support && l > stated_semh) entry.by = r.names({"semh-stuck"});
    else entry.by = r.names({"profile"});
    r.levels.push_back(entry);
  }

  int highest = *std::max_element(level.begin(), level.end());
  std::array<std::string_view, 2> by{};
  std::array<std::string_view, items.size()> gaps{};
  std::size_t gap_count = 0;
  for (const Item& item : items) {
    eval::ProvisionResult entry;
    std::size_t by_count = 0;
    bool reached = item.area < 0 ? (item.level == universal || highest >= item.level)
                                 : level[static_cast<std::size_t>(item.area)] >= item.level;
    bool guarded = std::string_view(item.id) == "attendance-support";
    if (reached && guarded && !attendance) {
      eval::Undetermined u;
      u.rule = item.id;
      u.is_provision = true;
      u.missing = r.names({"attendance"});
      r.undetermined.push_back(u);
    } else if (reached && (!guarded || low_attendance)) {
      by[by_count++] = "level";
    }
    if (guarded && low_attendance) by[by_count++] = "low-attendance";
    if (by_count == 0) continue;
    entry.by = r.names(std::span<const std::string_view>(by.data(), by_count));
    entry.id = item.id;
    entry.area = item.area < 0 ? std::string_view("all") : area_id(static_cast<Area>(item.area));
    entry.level = level_ids[static_cast<std::size_t>(item.level)];
    entry.title = item.title;
    entry.in_place = in_place(p, item.id);
    entry.kind = Kind::local_policy;
    entry.source = item.source;
    if (entry.in_place == false) gaps[gap_count++] = entry.id;
    r.provision.push_back(entry);
  }
  r.gaps = r.names(std::span<const std::string_view>(gaps.data(), gap_count));

  auto step = [&](const char* id, const char* title, const char* who, const char* source, std::optional<Date> due,
                  const char* rule, Kind kind, const char* because) {
    eval::EscalationResult e;
    e.step = id;
    e.title = title;
    e.who = r.names({who});
    e.source = source;
    e.due = due;
    e.overdue = due && *due < today;
    e.by = r.names({rule});
    e.kind = kind;
    e.because = r.names({because});
    // One kind of rule behind each step, so one deadline, the step's own.
    eval::Deadline deadline{due, kind, e.by, e.overdue, false, {}};
    e.deadlines = r.deadlines(std::span<const eval::Deadline>(&deadline, 1));
    r.escalations.push_back(e);
  };
  // Step order of the catalogue; sorted by due date below, as the engine does.
  if (review) {
    step("review", "Review the cycle", "school", "cop#6.52", latest_semh->started->add_days(84), "semh-review",
         Kind::guidance, "A cycle is running.");
    // The date rests on the toolkit's review_interval, and says so.
    eval::EscalationResult& review_step = r.escalations.back();
    const eval::Assumption interval{"review_interval", "12 weeks"};
    review_step.assumes = r.assumptions(std::span<const eval::Assumption>(&interval, 1));
    eval::Deadline deadline = review_step.deadlines.front();
    deadline.assumes = review_step.assumes;
    review_step.deadlines = r.deadlines(std::span<const eval::Deadline>(&deadline, 1));
  }
  if (stuck) {
    std::optional<Date> due;
    if (latest_semh->reviewed) due = latest_semh->reviewed->add_days(42);
    step("specialist-advice", "Seek specialist advice", "school", "cop#6.59", due, "semh-stuck", Kind::guidance,
         "Little or no progress over two cycles.");
    // No date without the review's: the step says which fact it needs.
    if (!due) r.escalations.back().missing = r.names({"cycles(semh).reviewed"});
  }
  if (ehc) {
    step("ehc-decision", "Decide whether to assess", "local_authority", "cop#9.14", p.ehc.requested->add_days(42),
         "ehc-decision", Kind::statute, "The local authority must decide within 6 weeks of a request.");
  }
  // A stable insertion sort, as the engine's: std::stable_sort would take a
  // heap buffer on every call.
  auto earlier = [](const eval::EscalationResult& a, const eval::EscalationResult& b) {
    if (a.due.has_value() != b.due.has_value()) return a.due.has_value();
    if (a.due && *a.due != *b.due) return *a.due < *b.due;
    return a.step < b.step;
  };
  for (std::size_t i = 1; i < r.escalations.size(); ++i) {
    for (std::size_t j = i; j > 0 && earlier(r.escalations[j], r.escalations[j - 1]); --j) {
      std::swap(r.escalations[j], r.escalations[j - 1]);
    }
  }

  if (!attendance) {
    eval::Undetermined u;
    u.rule = "low-attendance";
    u.missing = r.names({"attendance"});
    r.undetermined.insert(r.undetermined.begin(), u);
  }
  // The questions for `attendance` are worded by the renderer from the
  // rule set's input, as for the engine's result; the model is the engine's.
  bool cites_cop = !r.provision.empty() || !r.escalations.empty();
  if (cites_cop) r.sources.push_back({"cop", "SEND Code of Practice", "", "", {}});
}

eval::Result evaluate_by_hand(const profile::Profile& p, Date today) {
  eval::Result r;
  evaluate_by_hand(p, today, r);
  return r;
}

}  // namespace apdr::bench
