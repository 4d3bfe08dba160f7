#include "evaluate/evaluate.hpp"

#include <algorithm>
#include <string_view>
#include <functional>

#include "evaluate/facts.hpp"
#include "evaluate/item_set.hpp"

namespace apdr::eval {
namespace {

enum class Outcome { not_applicable, fired, not_fired, undetermined };

template <typename T>
void add_unique(std::vector<T>& list, const T& item) {
  if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

// A stable sort that allocates nothing: std::stable_sort takes a buffer
// from the heap on every call, and the lists sorted here (a pupil's steps,
// a step's deadlines) hold a handful of items.
template <typename It, typename Less>
void stable_insertion_sort(It first, It last, Less less) {
  for (It i = first; i != last; ++i) {
    for (It j = i; j != first && less(*j, *(j - 1)); --j) std::iter_swap(j, j - 1);
  }
}

// A deadline while its step is being gathered: vectors the builder keeps
// between pupils, copied into the Result's arenas once the step is done.
// Sorts distinct keys: by insertion when there are a handful (a pupil's
// candidates, steps and citations), which costs a few instructions where
// std::sort's set-up costs hundreds; by std::sort when there are more.
template <typename It, typename Less>
void sort_distinct(It first, It last, Less less) {
  if (last - first <= 24) stable_insertion_sort(first, last, less);
  else std::sort(first, last, less);
}

struct DeadlineBuilder {
  std::optional<Date> due;
  Kind kind = Kind::local_policy;
  std::vector<std::string_view> by;
  bool overdue = false;
  bool provisional = false;
  std::vector<Assumption> assumes;
};

struct StepBuilder {
  bool used = false;
  std::vector<DeadlineBuilder> deadlines;  // the first `deadline_count` are this pupil's
  std::size_t deadline_count = 0;
  std::vector<std::string_view> by, because, missing;
};

}  // namespace

class Evaluator::State {
 public:
  explicit State(const run::Program& program)
      : program_(program), model_(*program.model), frame_(program, facts_) {}

  void run(const profile::Profile& profile, Date today, Result& out, Observer* observer) {
    profile_ = &profile;
    today_ = today;
    observer_ = observer;
    prepare_facts(program_, profile, today, facts_);
    frame_.element = nullptr;
    frame_.missing = nullptr;
    frame_.trace = nullptr;
    frame_.calendar_pattern_used = false;
    frame_.parameters_read = 0;
    frame_.depth = 0;
    // A Result reused pupil after pupil already holds this program: moving
    // the hold out and back costs nothing, where dropping it and taking it
    // again from the weak pointer costs two atomic operations a pupil.
    std::shared_ptr<const void> held = std::move(out.keep_alive);
    out.clear();
    out.keep_alive = held.get() == static_cast<const void*>(&program_) ? std::move(held)
                                                                        : program_.weak_from_this().lock();
    raise_levels();
    decide_rules(out);
    out.model = &model_;
    out.profile = out.text(profile.id);
    out.as_of = today_;
    out.rule_set = model_.id;
    out.rule_set_title = model_.title;
    out.status = model_.status;
    views_.clear();
    for (const auto& id : model_.chain_ids) views_.push_back(id);
    out.chain = out.names(views_);
    out.in_place_recorded = facts_.in_place_recorded;
    collect_levels(out);
    collect_provision(out);
    collect_escalations(out);
    collect_information(out);
    collect_undetermined(out);
    collect_sources(out);
    collect_notices(out);
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
    for (auto& by : raised_by_) by.clear();
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
            raised_by_[area].assign(1, rule.id);
          } else if (target.local_level == next[area] && target.local_level > stated_level(area)) {
            add_unique(raised_by_[area], std::string_view(rule.id));
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
    for (std::size_t i = 0; i < profile_->needs.size(); ++i) {
      if (static_cast<std::size_t>(profile_->needs[i].area) == area) level = std::max(level, facts_.need_level[i]);
    }
    return level;
  }

  // Steps 3–5 rest on which rules fire at the final levels.
  void decide_rules(Result& out) {
    outcomes_.assign(model_.rules.size(), Outcome::not_applicable);
    fired_.clear();
    undecided_.resize(model_.rules.size());
    undetermined_items_.clear();
    for (std::size_t i = 0; i < model_.rules.size(); ++i) {
      if (!rule_applies(i)) continue;
      const auto& when = program_.rule_when[i];
      run::Trace* listener = observer_ && when ? observer_->rule_condition(i) : nullptr;
      run::Value v = listener ? traced(when, listener) : condition(i);
      if (v.is_true()) {
        outcomes_[i] = Outcome::fired;
        fired_.push_back(i);
        if (observer_) observer_->fired(i);
      } else if (v.known()) {
        outcomes_[i] = Outcome::not_fired;
      } else {
        outcomes_[i] = Outcome::undetermined;
        undecided_[i] = undetermined(out, model_.rules[i].id, false, program_.rule_when[i]);
      }
    }
  }

  // Fills missing_ with the facts `expression` read and did not have.
  void collect_missing(const run::Compiled& expression) {
    missing_.facts.clear();
    missing_.cannot_compute.reset();
    frame_.missing = &missing_;
    expression(frame_);
    frame_.missing = nullptr;
  }

  // Why `expression` (unknown) is undetermined: the facts it lacks, or, when
  // it lacks none, the place where known facts gave no value.
  Undetermined undetermined(Result& out, std::string_view id, bool is_provision, const run::Compiled& expression) {
    collect_missing(expression);
    Undetermined u;
    u.rule = id;
    u.is_provision = is_provision;
    u.missing = out.names(missing_.facts);
    if (u.missing.empty() && missing_.cannot_compute) {
      u.cannot_compute = true;
      u.where = std::move(missing_.cannot_compute->where);
      u.why = missing_.cannot_compute->why;
    }
    return u;
  }

  void collect_levels(Result& out) {
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
      views_.clear();
      if (level > stated_level(a)) {
        views_ = raised_by_[a];
        for (std::size_t i : fired_) {
          for (const auto& target : model_.rules[i].levels) {
            if (target.area == area && target.local_level == level) add_unique(views_, std::string_view(model_.rules[i].id));
          }
        }
      }
      if (views_.empty()) views_.push_back("profile");
      entry.by = out.names(views_);
      out.levels.push_back(entry);
    }
  }

  // The items the pupil's levels reach (Program::provision_reached) and the
  // ones fired rules provide, in catalogue order, in candidates_; those
  // reached by level are in reached_ too.
  void provision_candidates() {
    reached_.reset(model_.provision.size());
    chosen_set_.reset(model_.provision.size());
    for (std::size_t a = 0; a < facts_.level.size(); ++a) {
      int level = facts_.level[a];
      if (level < 0) continue;
      for (int i : program_.provision_reached[a][static_cast<std::size_t>(level + 1)]) reached_.add(static_cast<std::size_t>(i));
    }
    int highest = *std::max_element(facts_.level.begin(), facts_.level.end());
    for (int i : program_.provision_reached[4][static_cast<std::size_t>(highest + 1)]) reached_.add(static_cast<std::size_t>(i));
    for (std::size_t r : fired_) {
      for (int i : model_.rules[r].provide) chosen_set_.add(static_cast<std::size_t>(i));
    }
    reached_.list(candidates_);
    for (int i : candidates_) chosen_set_.add(static_cast<std::size_t>(i));
    chosen_set_.list(candidates_);
  }

  void collect_provision(Result& out) {
    // Which items are provided, by what and of which kind, is decided in
    // catalogue order (guards run, and undetermined items are listed, in
    // that order). The entries are built afterwards, already in output
    // order, rather than built and moved by the sort. Only the candidates
    // can be provided: an item neither reached nor named by a fired rule
    // is not.
    chosen_.clear();
    provision_candidates();
    for (int candidate : candidates_) {
      auto i = static_cast<std::size_t>(candidate);
      const check::Provision& item = model_.provision[i];
      if (!item.window.contains(today_)) continue;
      views_.clear();
      std::optional<Kind> kind = item.kind;
      if (reached_.contains(i)) {
        const auto& guard = program_.provision_when[i];
        run::Trace* listener = observer_ && guard ? observer_->provision_guard(i) : nullptr;
        run::Value ok = !guard ? run::Value::boolean(true) : listener ? traced(guard, listener) : guard(frame_);
        if (ok.is_true()) {
          views_.push_back("level");
          if (!kind) kind = Kind::local_policy;
        } else if (!ok.known()) {
          undetermined_items_.push_back(undetermined(out, item.id, true, guard));
        }
      }
      for (int r : program_.provided_by[i]) {
        const check::Rule& rule = model_.rules[static_cast<std::size_t>(r)];
        if (outcomes_[static_cast<std::size_t>(r)] != Outcome::fired) continue;
        views_.push_back(rule.id);
        kind = kind ? stronger(*kind, rule.kind) : rule.kind;
      }
      if (views_.empty()) continue;
      chosen_.push_back({program_.provision_rank[i], i, out.names(views_), kind.value_or(Kind::local_policy)});
    }
    // The ranks are distinct, so any sort gives the one order.
    sort_distinct(chosen_.begin(), chosen_.end(), [](const Chosen& a, const Chosen& b) { return a.order < b.order; });
    views_.clear();  // the gaps
    for (const auto& c : chosen_) {
      const check::Provision& item = model_.provision[c.index];
      ProvisionResult& entry = out.provision.emplace_back();
      entry.id = item.id;
      entry.area = item.area ? area_id(*item.area) : std::string_view("all");
      entry.level = item.level_is_root ? model_.ladder.root[static_cast<std::size_t>(item.level)].id
                                       : model_.ladder.local[static_cast<std::size_t>(item.level)].id;
      entry.title = item.title;
      entry.plain = item.plain;
      if (facts_.in_place_recorded) entry.in_place = facts_.in_place[c.index];
      entry.by = c.by;
      entry.kind = c.kind;
      entry.source = item.source;
      if (entry.in_place == false) views_.push_back(item.id);
    }
    out.gaps = out.names(views_);
  }

  // One rule's date for a step, folded into the deadline of its kind: the
  // earlier date wins, and the rules behind an equal date are all named.
  // `assumes_` holds the defaults this date rests on.
  void add_deadline(StepBuilder& entry, const check::Rule& rule, std::optional<Date> due, bool provisional) {
    DeadlineBuilder* same_kind = nullptr;
    for (std::size_t i = 0; i < entry.deadline_count; ++i) {
      if (entry.deadlines[i].kind == rule.kind) same_kind = &entry.deadlines[i];
    }
    if (!same_kind) {
      if (entry.deadline_count == entry.deadlines.size()) entry.deadlines.emplace_back();
      DeadlineBuilder& fresh = entry.deadlines[entry.deadline_count++];
      fresh.due = due;
      fresh.kind = rule.kind;
      fresh.by.assign(1, rule.id);
      fresh.overdue = false;
      fresh.provisional = provisional;
      fresh.assumes = assumes_;
      return;
    }
    DeadlineBuilder& deadline = *same_kind;
    if (due && (!deadline.due || *due < *deadline.due)) {
      deadline.due = due;
      deadline.by.assign(1, rule.id);
      deadline.provisional = provisional;
      deadline.assumes = assumes_;
    } else if (due == deadline.due) {
      add_unique(deadline.by, std::string_view(rule.id));
      deadline.provisional = deadline.provisional || provisional;
      for (const auto& assumption : assumes_) add_unique(deadline.assumes, assumption);
    }
  }

  // Fills assumes_ with the defaults a due date read, with the values in
  // force: of those its expression could read, the ones the evaluation did read.
  void assumptions(std::size_t rule, std::size_t escalation, std::uint64_t read) {
    assumes_.clear();
    for (const auto& d : program_.rule_due_defaults[rule][escalation]) {
      if (d.index >= 64 || (read & (std::uint64_t{1} << d.index)) != 0) assumes_.push_back({d.parameter, d.value});
    }
  }

  void collect_escalations(Result& out) {
    steps_.resize(model_.steps.size());
    used_steps_.clear();
    for (std::size_t r : fired_) {
      const check::Rule& rule = model_.rules[r];
      for (std::size_t e = 0; e < rule.escalate.size(); ++e) {
        int step_index = rule.escalate[e].step;
        const check::Step& step = model_.steps[static_cast<std::size_t>(step_index)];
        if (!step.window.contains(today_)) continue;
        StepBuilder& entry = steps_[static_cast<std::size_t>(step_index)];
        if (!entry.used) {
          entry.used = true;
          entry.deadline_count = 0;
          entry.by.clear();
          entry.because.clear();
          entry.missing.clear();
          used_steps_.push_back(step_index);
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
            collect_missing(due_fn);
            for (auto fact : missing_.facts) add_unique(entry.missing, fact);
          }
        }
        if (due) assumptions(r, e, parameters_read);
        else assumes_.clear();
        add_deadline(entry, rule, due, provisional);
        add_unique(entry.by, std::string_view(rule.id));
        if (!rule.because.empty()) add_unique(entry.because, std::string_view(rule.because));
      }
    }
    // In step order, as the steps were once gathered in a map by index;
    // the stable sort below keeps that order among equals.
    sort_distinct(used_steps_.begin(), used_steps_.end(), std::less<int>());
    for (int step_index : used_steps_) {
      StepBuilder& builder = steps_[static_cast<std::size_t>(step_index)];
      builder.used = false;
      out.escalations.push_back(finish_escalation(out, model_.steps[static_cast<std::size_t>(step_index)], builder));
    }
    stable_insertion_sort(out.escalations.begin(), out.escalations.end(),
                     [](const EscalationResult& a, const EscalationResult& b) {
                       if (a.due.has_value() != b.due.has_value()) return a.due.has_value();
                       if (a.due && *a.due != *b.due) return *a.due < *b.due;
                       return a.step < b.step;
                     });
  }

  // Deadlines earliest first (statute before guidance before local policy on
  // the same date); the step's own date and kind are the first deadline's,
  // so the kind shown is that of the rule behind the date shown.
  EscalationResult finish_escalation(Result& out, const check::Step& step, StepBuilder& builder) {
    EscalationResult entry;
    entry.step = step.id;
    entry.title = step.title;
    entry.plain = step.plain;
    views_.clear();
    for (const auto& who : step.who) views_.push_back(who);
    entry.who = out.names(views_);
    entry.source = step.source;
    auto begin = builder.deadlines.begin();
    auto end = begin + static_cast<std::ptrdiff_t>(builder.deadline_count);
    for (auto it = begin; it != end; ++it) it->overdue = it->due && *it->due < today_;
    stable_insertion_sort(begin, end, [](const DeadlineBuilder& a, const DeadlineBuilder& b) {
      if (a.due.has_value() != b.due.has_value()) return a.due.has_value();
      if (a.due && *a.due != *b.due) return *a.due < *b.due;
      return static_cast<int>(a.kind) < static_cast<int>(b.kind);
    });
    deadlines_.clear();
    for (auto it = begin; it != end; ++it) {
      deadlines_.push_back({it->due, it->kind, out.names(it->by), it->overdue, it->provisional,
                            out.assumptions(it->assumes)});
    }
    entry.deadlines = out.deadlines(deadlines_);
    const Deadline& first = entry.deadlines.front();
    entry.due = first.due;
    entry.overdue = first.overdue;
    entry.provisional = first.provisional;
    entry.assumes = first.assumes;
    entry.kind = first.kind;
    if (!entry.due) {
      // No date: the kind is the strongest behind the step.
      for (const auto& deadline : entry.deadlines) entry.kind = stronger(entry.kind, deadline.kind);
      entry.missing = out.names(builder.missing);
    }
    // else a date was found: what another rule lacked decides nothing
    entry.by = out.names(builder.by);
    entry.because = out.names(builder.because);
    return entry;
  }

  void collect_information(Result& out) {
    // Only the items fired rules name can be given, each once, in catalogue order.
    chosen_set_.reset(model_.information.size());
    for (std::size_t r : fired_) {
      for (int i : model_.rules[r].inform) chosen_set_.add(static_cast<std::size_t>(i));
    }
    chosen_set_.list(candidates_);
    informed_.clear();
    for (int candidate : candidates_) {
      auto i = static_cast<std::size_t>(candidate);
      const check::Information& info = model_.information[i];
      if (!info.window.contains(today_)) continue;
      views_.clear();
      std::optional<Kind> kind;
      for (int r : program_.informed_by[i]) {
        const check::Rule& rule = model_.rules[static_cast<std::size_t>(r)];
        if (outcomes_[static_cast<std::size_t>(r)] != Outcome::fired) continue;
        views_.push_back(rule.id);
        kind = kind ? stronger(*kind, rule.kind) : rule.kind;
      }
      if (views_.empty()) continue;
      informed_.push_back(i);
      InformationResult& entry = out.information.emplace_back();
      entry.by = out.names(views_);
      entry.id = info.id;
      entry.title = info.title;
      entry.text = info.text;
      entry.plain = info.plain;
      entry.kind = *kind;
      entry.source = info.source;
    }
  }

  void collect_undetermined(Result& out) {
    for (std::size_t r = 0; r < model_.rules.size(); ++r) {
      if (outcomes_[r] == Outcome::undetermined) out.undetermined.push_back(std::move(undecided_[r]));
    }
    for (auto& item : undetermined_items_) out.undetermined.push_back(std::move(item));
  }

  // The sources the entries above cite, in the order the program worked out
  // (compile/cited_sources.hpp): marking each cited one is all that is
  // left to do per pupil.
  void collect_sources(Result& out) {
    cited_.reset(program_.cited.size());
    auto cite = [&](int index) {
      if (index >= 0) cited_.add(static_cast<std::size_t>(index));
    };
    for (const auto& c : chosen_) cite(program_.provision_cited[c.index]);
    for (int step : used_steps_) cite(program_.step_cited[static_cast<std::size_t>(step)]);
    for (std::size_t i : informed_) cite(program_.information_cited[i]);
    for (std::size_t r : fired_) cite(program_.rule_cited[r]);
    cited_.list(cites_);
    for (std::size_t i = 0; i < cites_.size();) {
      int source = program_.cited[static_cast<std::size_t>(cites_[i])].source;
      citations_.clear();
      for (; i < cites_.size() && program_.cited[static_cast<std::size_t>(cites_[i])].source == source; ++i) {
        if (const check::Citation* c = program_.cited[static_cast<std::size_t>(cites_[i])].citation) {
          citations_.push_back({c->cite, c->label, c->url});
        }
      }
      const check::SourceDef& def = model_.sources[static_cast<std::size_t>(source)];
      out.sources.push_back({def.id, def.title, def.published, def.url, out.citations(citations_)});
    }
  }

  static Notice notice_of(Notice::What what, std::string_view rule_set) {
    Notice notice;
    notice.what = what;
    notice.rule_set = rule_set;
    return notice;
  }

  void collect_notices(Result& out) {
    if (model_.status == "proposed") {
      out.notices.push_back(notice_of(Notice::What::proposal, model_.id));
    } else if (model_.status == "draft") {
      out.notices.push_back(notice_of(Notice::What::draft, model_.id));
    }
    for (const auto& step : out.escalations) {
      for (const auto& deadline : step.deadlines) {
        if (!deadline.provisional || !deadline.due) continue;
        Notice notice = notice_of(Notice::What::provisional_date, model_.id);
        notice.step = step.title;
        notice.due = deadline.due;
        notice.listed_through = model_.calendar.listed_through;
        out.notices.push_back(notice);
      }
    }
    for (const auto& [id, window] : model_.set_windows) {
      if (window.contains(today_)) continue;
      Notice notice = notice_of(Notice::What::not_in_force, id);
      notice.as_of = today_;
      if (window.from && today_ < *window.from) notice.from = window.from;
      else notice.to = window.to;
      out.notices.push_back(notice);
    }
  }

  struct Chosen {
    int order;                            // Program::provision_rank
    std::size_t index;
    Names by;
    Kind kind;
  };

  const run::Program& program_;
  const check::Model& model_;
  const profile::Profile* profile_ = nullptr;
  Date today_;
  Observer* observer_ = nullptr;
  run::Facts facts_;
  run::Frame frame_;
  std::array<std::vector<std::string_view>, 4> raised_by_;
  std::vector<Outcome> outcomes_;
  std::vector<std::size_t> fired_;        // the rules that fired, in rule order
  std::vector<Undetermined> undecided_;   // per rule, when its outcome is undetermined
  std::vector<Undetermined> undetermined_items_;
  run::Missing missing_;
  std::vector<std::string_view> views_;   // a list being gathered, copied into the Result when done
  std::vector<Chosen> chosen_;
  std::vector<StepBuilder> steps_;        // per step
  std::vector<int> used_steps_;           // the steps this pupil reached
  std::vector<Assumption> assumes_;
  std::vector<Deadline> deadlines_;
  std::vector<std::size_t> informed_;     // the information items this pupil was given
  std::vector<int> candidates_;           // items that may be listed (provision, then information)
  ItemSet reached_;                       // provision items the pupil's levels reach
  ItemSet chosen_set_;                    // candidates_ as a set, while they are gathered
  ItemSet cited_;                         // indices into Program::cited, this pupil's
  std::vector<int> cites_;                // indices into Program::cited, this pupil's
  std::vector<Citation> citations_;
};

Evaluator::Evaluator(const run::Program& program) : state_(std::make_unique<State>(program)) {}
Evaluator::~Evaluator() = default;

void Evaluator::evaluate(const profile::Profile& profile, Date today, Result& out, Observer* observer) {
  state_->run(profile, today, out, observer);
}

Result evaluate(const run::Program& program, const profile::Profile& profile, Date today, Observer* observer) {
  Result result;
  Evaluator(program).evaluate(profile, today, result, observer);
  return result;
}

}  // namespace apdr::eval
