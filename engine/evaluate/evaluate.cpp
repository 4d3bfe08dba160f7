#include "evaluate/evaluate.hpp"

#include <algorithm>
#include <map>
#include <string_view>
#include <tuple>

#include <fmt/format.h>

#include "evaluate/citations.hpp"
#include "evaluate/facts.hpp"
#include "evaluate/questions.hpp"

namespace apdr::eval {
namespace {

enum class Outcome { not_applicable, fired, not_fired, undetermined };

template <typename T>
void add_unique(std::vector<T>& list, const T& item) {
  if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

class Evaluation {
 public:
  Evaluation(const run::Program& program, const profile::Profile& profile, Date today, Observer* observer)
      : program_(program), model_(*program.model), profile_(profile), today_(today), observer_(observer),
        facts_(prepare_facts(program, profile, today)), frame_(program, facts_) {}

  Result run() {
    raise_levels();
    decide_rules();
    Result result;
    result.profile = profile_.id;
    result.as_of = today_;
    result.rule_set = model_.id;
    result.rule_set_title = model_.title;
    result.status = model_.status;
    result.chain = model_.chain_ids;
    result.in_place_recorded = facts_.in_place_recorded;
    collect_levels(result);
    collect_provision(result);
    collect_escalations(result);
    collect_information(result);
    collect_undetermined(result);
    collect_sources(result);
    collect_notices(result);
    for (std::size_t i = 0; i < model_.rules.size(); ++i) {
      if (outcomes_[i] == Outcome::fired) result.fired.push_back(model_.rules[i].id);
    }
    return result;
  }

 private:
  bool rule_applies(std::size_t i) const {
    const check::Rule& rule = model_.rules[i];
    if (!rule.window.contains(today_)) return false;
    return !rule.area || facts_.level[static_cast<std::size_t>(*rule.area)] >= 0;
  }

  run::Value condition(std::size_t i) {
    const auto& when = program_.rule_when[i];
    return when ? when(frame_) : run::Value::boolean(true);
  }

  // Runs `expression` with `listener` attached (null: none).
  run::Value traced(const run::Compiled& expression, run::Trace* listener) {
    frame_.trace = listener;
    run::Value v = expression(frame_);
    frame_.trace = nullptr;
    return v;
  }

  // Step 2: levels only rise, so the loop ends within the ladder's height
  // for each area; the bound is a guard, not the stopping rule.
  void raise_levels() {
    raised_by_.fill({});
    const std::size_t bound = model_.ladder.local.size() * 4 + 2;
    for (std::size_t round = 0; round < bound; ++round) {
      frame_.reset_derived();
      auto next = facts_.level;
      for (std::size_t i = 0; i < model_.rules.size(); ++i) {
        const check::Rule& rule = model_.rules[i];
        if (rule.levels.empty() || !rule_applies(i) || !condition(i).is_true()) continue;
        for (const auto& target : rule.levels) {
          auto area = static_cast<std::size_t>(target.area);
          if (next[area] < 0) continue;  // a level for an area with no need has no effect
          if (target.local_level > next[area]) {
            next[area] = target.local_level;
            raised_by_[area] = {rule.id};
          } else if (target.local_level == next[area] && target.local_level > stated_level(area)) {
            add_unique(raised_by_[area], rule.id);
          }
        }
      }
      if (next == facts_.level) break;
      facts_.level = next;
    }
    frame_.reset_derived();
  }

  bool local_ladder_in_force() const {
    const check::Ladder& ladder = model_.ladder;
    return !ladder.refined || model_.set_windows[ladder.refined_by].second.contains(today_);
  }

  int stated_level(std::size_t area) const {
    int level = -1;
    for (std::size_t i = 0; i < profile_.needs.size(); ++i) {
      if (static_cast<std::size_t>(profile_.needs[i].area) == area) level = std::max(level, facts_.need_level[i]);
    }
    return level;
  }

  // Steps 3–5 rest on which rules fire at the final levels.
  void decide_rules() {
    outcomes_.assign(model_.rules.size(), Outcome::not_applicable);
    undecided_.assign(model_.rules.size(), {});
    for (std::size_t i = 0; i < model_.rules.size(); ++i) {
      if (!rule_applies(i)) continue;
      const auto& when = program_.rule_when[i];
      run::Trace* listener = observer_ && when ? observer_->rule_condition(i) : nullptr;
      run::Value v = listener ? traced(when, listener) : condition(i);
      if (v.is_true()) {
        outcomes_[i] = Outcome::fired;
      } else if (v.known()) {
        outcomes_[i] = Outcome::not_fired;
      } else {
        outcomes_[i] = Outcome::undetermined;
        undecided_[i] = undetermined(model_.rules[i].id, false, program_.rule_when[i]);
      }
    }
  }

  std::vector<std::string> missing_facts(const run::Compiled& expression) {
    auto facts = missing_of(expression).facts;
    return {facts.begin(), facts.end()};
  }

  run::Missing missing_of(const run::Compiled& expression) {
    run::Missing missing;
    frame_.missing = &missing;
    expression(frame_);
    frame_.missing = nullptr;
    return missing;
  }

  // Why `expression` (unknown) is undetermined: the facts it lacks, or, when
  // it lacks none, the place where known facts gave no value.
  Undetermined undetermined(const std::string& id, bool is_provision, const run::Compiled& expression) {
    run::Missing missing = missing_of(expression);
    Undetermined u{id, is_provision, {missing.facts.begin(), missing.facts.end()}, {}};
    if (u.missing.empty() && missing.cannot_compute) {
      u.cannot_compute = true;
      u.where = std::move(missing.cannot_compute->where);
      u.why = missing.cannot_compute->why;
    }
    return u;
  }

  void collect_levels(Result& result) {
    const check::Ladder& ladder = model_.ladder;
    for (Area area : all_areas) {
      auto a = static_cast<std::size_t>(area);
      int level = facts_.level[a];
      if (level < 0) continue;
      LevelResult entry;
      entry.area = area;
      const check::LevelDef& def = ladder.local[static_cast<std::size_t>(level)];
      // A ladder refined by a rule set not in force on this date (a
      // proposal, say) takes no part either: levels are named on the ladder
      // it refines.
      const check::LevelDef& shown = local_ladder_in_force() ? def : ladder.root[static_cast<std::size_t>(def.root)];
      entry.level = shown.id;
      entry.level_title = shown.title;
      entry.national = ladder.root[static_cast<std::size_t>(def.root)].id;
      if (level > stated_level(a)) {
        entry.by = raised_by_[a];
        for (std::size_t i = 0; i < model_.rules.size(); ++i) {
          if (outcomes_[i] != Outcome::fired) continue;
          for (const auto& target : model_.rules[i].levels) {
            if (target.area == area && target.local_level == level) add_unique(entry.by, model_.rules[i].id);
          }
        }
      }
      if (entry.by.empty()) entry.by = {"profile"};
      result.levels.push_back(std::move(entry));
    }
  }

  bool reached_by_level(const check::Provision& item) const {
    const check::Ladder& ladder = model_.ladder;
    auto at_or_above = [&](int local) {
      if (local < 0) return false;
      if (item.level_is_root) return ladder.local[static_cast<std::size_t>(local)].root >= item.level;
      return local >= item.level;
    };
    if (item.area) return at_or_above(facts_.level[static_cast<std::size_t>(*item.area)]);
    // Whole-school provision: measured against the pupil's highest level;
    // an item at the lowest level is for every pupil.
    int highest = *std::max_element(facts_.level.begin(), facts_.level.end());
    bool lowest_item = item.level_is_root ? item.level == 0 : item.level == 0;
    return lowest_item || at_or_above(highest);
  }

  void collect_provision(Result& result) {
    // Which items are provided, by what and of which kind, is decided in
    // catalogue order (guards run, and undetermined items are listed, in
    // that order). The entries, with their strings, are built afterwards,
    // once, already in output order, rather than built and moved by the sort.
    struct Chosen {
      std::tuple<int, int, std::size_t> order;
      std::size_t index;
      std::vector<std::string> by;
      Kind kind;
    };
    std::vector<Chosen> chosen;
    for (std::size_t i = 0; i < model_.provision.size(); ++i) {
      const check::Provision& item = model_.provision[i];
      if (!item.window.contains(today_)) continue;
      std::vector<std::string> by;
      std::optional<Kind> kind = item.kind;
      if (reached_by_level(item)) {
        const auto& guard = program_.provision_when[i];
        run::Trace* listener = observer_ && guard ? observer_->provision_guard(i) : nullptr;
        run::Value ok = !guard ? run::Value::boolean(true) : listener ? traced(guard, listener) : guard(frame_);
        if (ok.is_true()) {
          by.push_back("level");
          if (!kind) kind = Kind::local_policy;
        } else if (!ok.known()) {
          undetermined_items_.push_back(undetermined(item.id, true, guard));
        }
      }
      for (int r : program_.provided_by[i]) {
        const check::Rule& rule = model_.rules[static_cast<std::size_t>(r)];
        if (outcomes_[static_cast<std::size_t>(r)] != Outcome::fired) continue;
        by.push_back(rule.id);
        kind = kind ? stronger(*kind, rule.kind) : rule.kind;
      }
      if (by.empty()) continue;
      chosen.push_back({provision_order(i), i, std::move(by), kind.value_or(Kind::local_policy)});
    }
    // The order keys are distinct (the catalogue index is the last), so an
    // unstable sort gives the one order.
    std::sort(chosen.begin(), chosen.end(), [](const Chosen& a, const Chosen& b) { return a.order < b.order; });
    result.provision.reserve(chosen.size());
    for (auto& c : chosen) {
      const check::Provision& item = model_.provision[c.index];
      ProvisionResult& entry = result.provision.emplace_back();
      entry.id = item.id;
      entry.area = item.area ? std::string(area_id(*item.area)) : "all";
      entry.level = item.level_is_root ? model_.ladder.root[static_cast<std::size_t>(item.level)].id
                                       : model_.ladder.local[static_cast<std::size_t>(item.level)].id;
      entry.title = item.title;
      entry.plain = item.plain;
      if (facts_.in_place_recorded) entry.in_place = facts_.in_place[c.index];
      entry.by = std::move(c.by);
      entry.kind = c.kind;
      entry.source = item.source;
      if (entry.in_place == false) result.gaps.push_back(item.id);
    }
  }

  // Whole-school items first, then the areas in the Code's order; within
  // an area, lowest level first; then catalogue order.
  std::tuple<int, int, std::size_t> provision_order(std::size_t index) const {
    const check::Provision& item = model_.provision[index];
    int area = item.area ? static_cast<int>(*item.area) : -1;
    int level = item.level_is_root ? std::max(0, model_.ladder.lowest_local_in_root[static_cast<std::size_t>(item.level)])
                                   : item.level;
    return {area, level, index};
  }

  // One rule's date for a step, folded into the deadline of its kind: the
  // earlier date wins, and the rules behind an equal date are all named.
  static void add_deadline(EscalationResult& entry, const check::Rule& rule, std::optional<Date> due,
                           bool provisional, std::vector<Assumption> assumes) {
    auto same_kind = std::find_if(entry.deadlines.begin(), entry.deadlines.end(),
                                  [&](const Deadline& d) { return d.kind == rule.kind; });
    if (same_kind == entry.deadlines.end()) {
      entry.deadlines.push_back({due, rule.kind, {rule.id}, false, provisional, std::move(assumes)});
      return;
    }
    Deadline& deadline = *same_kind;
    if (due && (!deadline.due || *due < *deadline.due)) {
      deadline.due = due;
      deadline.by = {rule.id};
      deadline.provisional = provisional;
      deadline.assumes = std::move(assumes);
    } else if (due == deadline.due) {
      add_unique(deadline.by, rule.id);
      deadline.provisional = deadline.provisional || provisional;
      for (auto& assumption : assumes) add_unique(deadline.assumes, assumption);
    }
  }

  // The defaults a due date read, with the values in force: of those its
  // expression could read, the ones the evaluation did read.
  std::vector<Assumption> assumptions(std::size_t rule, std::size_t escalation, std::uint64_t read) const {
    std::vector<Assumption> out;
    for (const auto& d : program_.rule_due_defaults[rule][escalation]) {
      if (d.index >= 64 || (read & (std::uint64_t{1} << d.index)) != 0) out.push_back({d.parameter, d.value});
    }
    return out;
  }

  void collect_escalations(Result& result) {
    std::map<int, EscalationResult> by_step;
    for (std::size_t r = 0; r < model_.rules.size(); ++r) {
      if (outcomes_[r] != Outcome::fired) continue;
      const check::Rule& rule = model_.rules[r];
      for (std::size_t e = 0; e < rule.escalate.size(); ++e) {
        int step_index = rule.escalate[e].step;
        const check::Step& step = model_.steps[static_cast<std::size_t>(step_index)];
        if (!step.window.contains(today_)) continue;
        auto [it, fresh] = by_step.try_emplace(step_index);
        EscalationResult& entry = it->second;
        if (fresh) {
          entry.step = step.id;
          entry.title = step.title;
          entry.plain = step.plain;
          entry.who = step.who;
          entry.source = step.source;
        }
        std::optional<Date> due;
        bool provisional = false;
        std::uint64_t parameters_read = 0;
        if (const auto& due_fn = program_.rule_due[r][e]) {
          run::Trace* listener = observer_ ? observer_->due_date(r, e) : nullptr;
          frame_.calendar_pattern_used = false;
          frame_.parameters_read = 0;
          run::Value v = listener ? traced(due_fn, listener) : due_fn(frame_);
          parameters_read = frame_.parameters_read;
          provisional = frame_.calendar_pattern_used;
          if (v.tag == run::Tag::date) {
            due = v.date;
          } else {
            for (auto& fact : missing_facts(due_fn)) add_unique(entry.missing, fact);
          }
        }
        add_deadline(entry, rule, due, provisional,
                     due ? assumptions(r, e, parameters_read) : std::vector<Assumption>{});
        add_unique(entry.by, rule.id);
        if (!rule.because.empty()) add_unique(entry.because, rule.because);
      }
    }
    for (auto& [_, entry] : by_step) {
      finish_escalation(entry);
      result.escalations.push_back(std::move(entry));
    }
    std::stable_sort(result.escalations.begin(), result.escalations.end(),
                     [](const EscalationResult& a, const EscalationResult& b) {
                       if (a.due.has_value() != b.due.has_value()) return a.due.has_value();
                       if (a.due && *a.due != *b.due) return *a.due < *b.due;
                       return a.step < b.step;
                     });
  }

  // Deadlines earliest first (statute before guidance before local policy on
  // the same date); the step's own date and kind are the first deadline's,
  // so the kind shown is that of the rule behind the date shown.
  void finish_escalation(EscalationResult& entry) const {
    for (auto& deadline : entry.deadlines) deadline.overdue = deadline.due && *deadline.due < today_;
    std::stable_sort(entry.deadlines.begin(), entry.deadlines.end(), [](const Deadline& a, const Deadline& b) {
      if (a.due.has_value() != b.due.has_value()) return a.due.has_value();
      if (a.due && *a.due != *b.due) return *a.due < *b.due;
      return static_cast<int>(a.kind) < static_cast<int>(b.kind);
    });
    const Deadline& first = entry.deadlines.front();
    entry.due = first.due;
    entry.overdue = first.overdue;
    entry.provisional = first.provisional;
    entry.assumes = first.assumes;
    entry.kind = first.kind;
    if (!entry.due) {
      // No date: the kind is the strongest behind the step.
      for (const auto& deadline : entry.deadlines) entry.kind = stronger(entry.kind, deadline.kind);
      for (const auto& fact : entry.missing) add_unique(entry.questions, question_for(model_, fact));
    } else {
      entry.missing.clear();  // a date was found: what another rule lacked decides nothing
    }
  }

  void collect_information(Result& result) {
    for (std::size_t i = 0; i < model_.information.size(); ++i) {
      const check::Information& info = model_.information[i];
      if (!info.window.contains(today_)) continue;
      InformationResult entry;
      std::optional<Kind> kind;
      for (int r : program_.informed_by[i]) {
        const check::Rule& rule = model_.rules[static_cast<std::size_t>(r)];
        if (outcomes_[static_cast<std::size_t>(r)] != Outcome::fired) continue;
        entry.by.push_back(rule.id);
        kind = kind ? stronger(*kind, rule.kind) : rule.kind;
      }
      if (entry.by.empty()) continue;
      entry.id = info.id;
      entry.title = info.title;
      entry.text = info.text;
      entry.plain = info.plain;
      entry.kind = *kind;
      entry.source = info.source;
      result.information.push_back(std::move(entry));
    }
  }

  void collect_undetermined(Result& result) {
    for (std::size_t r = 0; r < model_.rules.size(); ++r) {
      if (outcomes_[r] == Outcome::undetermined) result.undetermined.push_back(std::move(undecided_[r]));
    }
    for (auto& item : undetermined_items_) result.undetermined.push_back(std::move(item));
    for (auto& entry : result.undetermined) {
      for (const auto& fact : entry.missing) add_unique(entry.questions, question_for(model_, fact));
    }
  }

  void collect_sources(Result& result) {
    // The few citations, as views ("oap#p12" cites "oap" at p12): a handful
    // per pupil, so a flat list beats a set of copies.
    std::vector<std::string_view> cited;
    auto cite = [&](std::string_view source) {
      if (source.empty()) return;
      if (std::find(cited.begin(), cited.end(), source) == cited.end()) cited.push_back(source);
    };
    for (const auto& p : result.provision) cite(p.source);
    for (const auto& e : result.escalations) cite(e.source);
    for (const auto& i : result.information) cite(i.source);
    for (std::size_t r = 0; r < model_.rules.size(); ++r) {
      if (outcomes_[r] == Outcome::fired) cite(model_.rules[r].source);
    }
    for (const auto& source : model_.sources) {
      SourceInfo info{source.id, source.title, source.published, source.url, {}};
      bool is_cited = false;
      for (std::string_view citation : cited) {
        if (citation.substr(0, citation.find('#')) != source.id) continue;
        is_cited = true;
        if (citation.find('#') != std::string_view::npos) info.citations.push_back(citation_of(source, citation));
      }
      if (!is_cited) continue;
      std::sort(info.citations.begin(), info.citations.end(), cites_before);
      result.sources.push_back(std::move(info));
    }
  }

  void collect_notices(Result& result) {
    if (model_.status == "proposed") {
      result.notices.push_back(fmt::format("`{}` is a proposal, not law: nothing in it is in force.", model_.id));
    } else if (model_.status == "draft") {
      result.notices.push_back(fmt::format("`{}` is a draft that its authority has not published.", model_.id));
    }
    for (const auto& step : result.escalations) {
      for (const auto& deadline : step.deadlines) {
        if (!deadline.provisional || !deadline.due) continue;
        result.notices.push_back(fmt::format(
            "The date {} for \"{}\" counts working days after {}, the last day of the published list of bank "
            "holidays. It uses the usual pattern of bank holidays, so it would move if a holiday were added or "
            "moved.",
            deadline.due->iso(), step.title, model_.calendar.listed_through->iso()));
      }
    }
    for (const auto& [id, window] : model_.set_windows) {
      if (window.contains(today_)) continue;
      std::string when = window.from && today_ < *window.from ? fmt::format("it takes effect on {}", window.from->iso())
                                                              : fmt::format("it ended on {}", window.to->iso());
      result.notices.push_back(fmt::format("Rule set `{}` is not in force on {}: {}. Its rules were left out.", id,
                                           today_.iso(), when));
    }
  }

  const run::Program& program_;
  const check::Model& model_;
  const profile::Profile& profile_;
  Date today_;
  Observer* observer_;
  run::Facts facts_;
  run::Frame frame_;
  std::array<std::vector<std::string>, 4> raised_by_;
  std::vector<Outcome> outcomes_;
  std::vector<Undetermined> undecided_;   // per rule, when its outcome is undetermined
  std::vector<Undetermined> undetermined_items_;
};

}  // namespace

Result evaluate(const run::Program& program, const profile::Profile& profile, Date today, Observer* observer) {
  return Evaluation(program, profile, today, observer).run();
}

}  // namespace apdr::eval
