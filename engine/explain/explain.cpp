#include "explain/explain.hpp"

#include <algorithm>
#include <map>
#include <memory>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "evaluate/evaluate.hpp"
#include "explain/deciding.hpp"
#include "explain/describe.hpp"
#include "explain/value_words.hpp"
#include "render/questions.hpp"

namespace apdr::explain {
namespace {

// Hands a recorder to each condition asked for, and keeps them for reading
// once evaluation is over.
class Recorders final : public eval::Observer {
 public:
  explicit Recorders(const std::vector<Target>& targets) {
    for (const Target& t : targets) (t.is_provision ? guards_ : rules_)[t.index];
  }
  run::Trace* rule_condition(std::size_t rule) override { return find(rules_, rule); }
  run::Trace* provision_guard(std::size_t item) override { return find(guards_, item); }
  run::Trace* due_date(std::size_t rule, std::size_t escalation) override {
    if (!rules_.count(rule)) return nullptr;
    return &dues_[{rule, escalation}];
  }

  const TraceRecorder* rule(std::size_t i) const { return get(rules_, i); }
  const TraceRecorder* guard(std::size_t i) const { return get(guards_, i); }
  const TraceRecorder* due(std::size_t rule, std::size_t e) const {
    auto it = dues_.find({rule, e});
    return it == dues_.end() || !it->second.ran() ? nullptr : &it->second;
  }

 private:
  static TraceRecorder* find(std::map<std::size_t, TraceRecorder>& m, std::size_t i) {
    auto it = m.find(i);
    return it == m.end() ? nullptr : &it->second;
  }
  static const TraceRecorder* get(const std::map<std::size_t, TraceRecorder>& m, std::size_t i) {
    auto it = m.find(i);
    return it == m.end() || !it->second.ran() ? nullptr : &it->second;
  }
  std::map<std::size_t, TraceRecorder> rules_, guards_;
  std::map<std::pair<std::size_t, std::size_t>, TraceRecorder> dues_;
};

std::string where_text(const SourceLocation& where) {
  return where.known() ? fmt::format("{}:{}", where.file, where.line) : std::string();
}

bool has_need(const eval::Result& result, Area area) {
  return std::any_of(result.levels.begin(), result.levels.end(), [&](const auto& l) { return l.area == area; });
}

std::string window_words(const check::Window& window) {
  if (window.from && window.to) return fmt::format("it is in force from {} to {}", window.from->iso(), window.to->iso());
  if (window.from) return fmt::format("it takes effect on {}", window.from->iso());
  if (window.to) return fmt::format("it ended on {}", window.to->iso());
  return "";
}

class Explainer {
 public:
  Explainer(const run::Program& program, const eval::Result& result, const Recorders& recorders)
      : model_(*program.model), result_(result), recorders_(recorders), words_(model_) {}

  Explanation rule(std::size_t index) const {
    const check::Rule& rule = model_.rules[index];
    Explanation e;
    e.id = rule.id;
    e.title = rule.title;
    e.kind = std::string(kind_id(rule.kind));
    e.source = rule.source;
    if (rule.syntax) e.defined_at = where_text(rule.syntax->where);
    if (rule.area) e.area = std::string(area_id(*rule.area));
    if (rule.when && rule.when->tree) e.condition = expr::to_text(*rule.when->tree);
    e.actions = actions(rule);
    if (!rule.window.contains(result_.as_of)) {
      e.outcome = Outcome::not_applicable;
      e.summary = fmt::format("Does not apply: the rule is not in force on {}; {}.", result_.as_of.iso(),
                              window_words(rule.window));
      return e;
    }
    if (rule.area && !has_need(result_, *rule.area)) {
      e.outcome = Outcome::not_applicable;
      e.summary = fmt::format("Does not apply: the rule is for {}, and the pupil has no need there.",
                              area_words(*rule.area));
      return e;
    }
    if (e.condition.empty()) {
      e.outcome = Outcome::fired;
      e.summary = "Fired: the rule has no condition, so it fires for every pupil it applies to.";
    } else if (const TraceRecorder* run = recorders_.rule(index)) {
      decide(e, run->root(), "Fired", "Did not fire");
    }
    if (e.outcome == Outcome::fired) due_dates(e, index);
    if (e.outcome == Outcome::undetermined) missing(e, false);
    return e;
  }

  Explanation item(std::size_t index) const {
    const check::Provision& item = model_.provision[index];
    Explanation e;
    e.id = item.id;
    e.is_provision = true;
    e.title = item.title;
    e.kind = std::string(kind_id(item.kind.value_or(Kind::local_policy)));
    e.source = item.source;
    if (item.syntax) e.defined_at = where_text(item.syntax->where);
    e.area = item.area ? std::string(area_id(*item.area)) : "all";
    if (item.when && item.when->tree) e.condition = expr::to_text(*item.when->tree);
    std::string level = item.level_is_root ? model_.ladder.root[static_cast<std::size_t>(item.level)].id
                                           : model_.ladder.local[static_cast<std::size_t>(item.level)].id;
    e.actions.push_back(fmt::format("provides {} at level {} and above in {}", title_or_id(item.title, item.id), level,
                                    item.area ? area_words(*item.area) : "every area"));
    auto provided = std::find_if(result_.provision.begin(), result_.provision.end(),
                                 [&](const auto& p) { return p.id == item.id; });
    bool by_level = false;
    if (provided != result_.provision.end()) {
      for (const auto& by : provided->by) {
        if (by == "level") by_level = true;
        else e.provided_by.emplace_back(by);
      }
    }
    std::string also = e.provided_by.empty() ? ""
                     : fmt::format(" It is provided all the same, by rule{} {}.", e.provided_by.size() == 1 ? "" : "s",
                                   fmt::join(e.provided_by, ", "));
    if (!item.window.contains(result_.as_of)) {
      e.outcome = Outcome::not_applicable;
      e.summary = fmt::format("Does not apply: the item is not in force on {}; {}.", result_.as_of.iso(),
                              window_words(item.window));
      return e;
    }
    if (item.area && !has_need(result_, *item.area)) {
      e.outcome = Outcome::not_applicable;
      e.summary = fmt::format("Does not apply: the item is for {}, and the pupil has no need there.{}",
                              area_words(*item.area), also);
      return e;
    }
    const TraceRecorder* run = recorders_.guard(index);
    if (!run && !by_level) {
      e.outcome = Outcome::not_fired;
      e.summary = fmt::format("Not reached: the item is for level {} and above, and the pupil's level {} is below it.{}",
                              level, item.area ? "there" : "in every area", also);
      return e;
    }
    if (!run) {
      e.outcome = Outcome::fired;
      e.summary = fmt::format("Provided: the pupil's level reaches {}, and the item has no guard.", level);
      return e;
    }
    decide(e, run->root(), "Provided: the level is reached and the guard holds",
           "Not provided: the level is reached but the guard does not hold");
    if (e.outcome != Outcome::fired && !also.empty()) e.summary += also;
    if (e.outcome == Outcome::undetermined) missing(e, true);
    return e;
  }

 private:
  static std::string title_or_id(const std::string& title, const std::string& id) {
    return title.empty() ? id : fmt::format("{} ({})", title, id);
  }

  // The outcome, summary and tree from a recorded run of the condition.
  void decide(Explanation& e, const Recorded& run, const char* yes, const char* no) const {
    e.traced = true;
    e.why = words_.describe(run);
    std::string reason = words_.reason(run);
    if (run.value.is_true()) {
      e.outcome = Outcome::fired;
      e.summary = fmt::format("{}: {}.", yes, reason);
    } else if (run.value.known()) {
      e.outcome = Outcome::not_fired;
      e.summary = fmt::format("{}: {}.", no, reason);
    } else {
      e.outcome = Outcome::undetermined;
      e.summary = fmt::format("Undetermined: {}.", reason);
      e.deciding.fires_if = would_make(run, true, words_);
      e.deciding.not_fires_if = would_make(run, false, words_);
    }
  }

  void missing(Explanation& e, bool is_provision) const {
    for (const auto& u : result_.undetermined) {
      if (u.rule == e.id && u.is_provision == is_provision) {
        e.deciding.missing.assign(u.missing.begin(), u.missing.end());
        e.deciding.questions = render::questions_for(result_, u.missing);
        if (u.cannot_compute) e.deciding.cannot_compute = fmt::format("{} at {}", u.why, location_text(u.where));
      }
    }
  }

  void due_dates(Explanation& e, std::size_t index) const {
    const check::Rule& rule = model_.rules[index];
    for (std::size_t k = 0; k < rule.escalate.size(); ++k) {
      const TraceRecorder* run = recorders_.due(index, k);
      if (!run) continue;
      DueDate due;
      due.step = model_.steps[static_cast<std::size_t>(rule.escalate[k].step)].id;
      due.due = words_.value(run->root());
      due.how = words_.describe(run->root());
      e.due_dates.push_back(std::move(due));
    }
  }

  std::vector<std::string> actions(const check::Rule& rule) const {
    std::vector<std::string> out;
    for (const auto& target : rule.levels) {
      out.push_back(fmt::format("raises the level in {} to at least {}", area_words(target.area),
                                model_.ladder.local[static_cast<std::size_t>(target.local_level)].id));
    }
    for (int i : rule.provide) {
      const auto& item = model_.provision[static_cast<std::size_t>(i)];
      out.push_back("provides " + title_or_id(item.title, item.id));
    }
    for (const auto& escalation : rule.escalate) {
      const auto& step = model_.steps[static_cast<std::size_t>(escalation.step)];
      std::string due = escalation.due && escalation.due->tree ? ", due " + expr::to_text(*escalation.due->tree) : "";
      out.push_back("calls for " + title_or_id(step.title, step.id) + due);
    }
    for (int i : rule.inform) {
      const auto& info = model_.information[static_cast<std::size_t>(i)];
      out.push_back("tells the family: " + title_or_id(info.title, info.id));
    }
    return out;
  }

  const check::Model& model_;
  const eval::Result& result_;
  const Recorders& recorders_;
  Describer words_;
};

}  // namespace

const char* outcome_id(Outcome outcome) {
  switch (outcome) {
    case Outcome::fired: return "fired";
    case Outcome::not_fired: return "not_fired";
    case Outcome::undetermined: return "undetermined";
    case Outcome::not_applicable: return "not_applicable";
  }
  return "not_applicable";
}

std::optional<Target> find_target(const check::Model& model, std::string_view id) {
  for (std::size_t i = 0; i < model.rules.size(); ++i) {
    if (model.rules[i].id == id) return Target{false, i};
  }
  int item = model.find_provision(id);
  if (item >= 0) return Target{true, static_cast<std::size_t>(item)};
  return std::nullopt;
}

Explained explain(const run::Program& program, const profile::Profile& profile, Date today,
                  const std::vector<Target>& targets) {
  Recorders recorders(targets);
  Explained out;
  out.result = eval::evaluate(program, profile, today, &recorders);
  Explainer explainer(program, out.result, recorders);
  for (const Target& t : targets) out.explanations.push_back(t.is_provision ? explainer.item(t.index) : explainer.rule(t.index));
  return out;
}

}  // namespace apdr::explain
