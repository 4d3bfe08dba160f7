#include "ruletest/compare_result.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace apdr::ruletest {
namespace {

// "a, b, c", or "none" for an empty list: what the result did hold, so a
// failure shows the near miss (a misspelt expectation, a renamed step).
std::string listing(const std::vector<std::string>& ids) {
  return ids.empty() ? std::string("none") : fmt::format("{}", fmt::join(ids, ", "));
}

template <typename Item, typename Field>
std::vector<std::string> ids_of(const std::vector<Item>& items, Field field) {
  std::vector<std::string> ids;
  for (const auto& item : items) ids.emplace_back(item.*field);
  return ids;
}

// A Result's list of names as strings, to compare and list with the test's.
std::vector<std::string> strings(const eval::Names& names) { return {names.begin(), names.end()}; }

template <typename Item, typename Field>
const Item* find_by(const std::vector<Item>& items, Field field, const std::string& id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const Item& item) { return item.*field == id; });
  return it == items.end() ? nullptr : &*it;
}

bool contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::string by_text(const eval::Names& by) { return fmt::format("by {}", fmt::join(by, ", ")); }

std::string due_text(const std::optional<Date>& due) { return due ? "due " + due->iso() : "no due date"; }

std::vector<std::string> sorted_unique(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

// The items of `ids` (in their order, once each) that are not in `other`.
std::vector<std::string> not_in(const std::vector<std::string>& ids, const std::vector<std::string>& other) {
  std::vector<std::string> result;
  for (const auto& id : ids) {
    if (!contains(other, id) && !contains(result, id)) result.push_back(id);
  }
  return result;
}

// The result's reason, in the words a test file writes it.
std::string reason_of(const eval::Undetermined& u) { return u.cannot_compute ? "cannot-compute" : "missing"; }

// The words an `only` failure uses for one kind of set.
struct SetWords {
  const char* key;      // "provide"
  const char* extra;    // "also provided"
  const char* absent;   // "not provided"
};

class Comparer {
 public:
  Comparer(const eval::Result& result, const std::vector<std::string>& fired)
      : result_(result), fired_(fired), gaps_(strings(result.gaps)) {}

  void levels(const std::vector<LevelExpectation>& expected) {
    for (const auto& level : expected) {
      std::string what = fmt::format("levels {}", area_id(level.area));
      auto it = std::find_if(result_.levels.begin(), result_.levels.end(),
                             [&](const eval::LevelResult& l) { return l.area == level.area; });
      if (level.absent) {
        if (it != result_.levels.end()) {
          fail(what, level.where, fmt::format("none: {} not listed", area_id(level.area)),
               fmt::format("{} is listed at {} ({})", area_id(level.area), it->level, by_text(it->by)));
        }
      } else if (it == result_.levels.end()) {
        fail(what, level.where, level.level, "no need in this area");
      } else if (it->level != level.level) {
        fail(what, level.where, level.level, fmt::format("{} ({})", it->level, by_text(it->by)));
      }
    }
  }

  void provide(const std::vector<NamedId>& expected, bool present) {
    auto provided = ids_of(result_.provision, &eval::ProvisionResult::id);
    for (const auto& id : expected) {
      const auto* item = find_by(result_.provision, &eval::ProvisionResult::id, id.id);
      std::string what = fmt::format("{} {}", present ? "provide" : "not_provide", id.id);
      if (present && !item) {
        fail(what, id.where, "in provision", "not in provision; provision: " + listing(provided));
      } else if (!present && item) {
        fail(what, id.where, "not in provision", "in provision, " + by_text(item->by));
      }
    }
  }

  void gaps(const std::vector<NamedId>& expected) {
    for (const auto& id : expected) {
      if (contains(gaps_, id.id)) continue;
      const auto* item = find_by(result_.provision, &eval::ProvisionResult::id, id.id);
      fail("gaps " + id.id, id.where, "a gap (in provision, not in place)",
           !item               ? "not in provision; gaps: " + listing(gaps_)
           : item->in_place    ? std::string("in place")
                               : std::string("not recorded (the profile leaves out in_place)"));
    }
  }

  void escalate(const std::vector<EscalationExpectation>& expected) {
    auto steps = ids_of(result_.escalations, &eval::EscalationResult::step);
    for (const auto& step : expected) {
      std::string what = "escalate " + step.step.id;
      const auto* found = find_by(result_.escalations, &eval::EscalationResult::step, step.step.id);
      // Only the fields the case gives are shown, on both sides of the diff.
      auto describe = [&](const std::optional<Date>& due, bool overdue, Kind kind) {
        std::vector<std::string> parts{"listed"};
        if (step.due) parts.push_back(due_text(due));
        if (step.overdue) parts.push_back(overdue ? "overdue" : "not overdue");
        if (step.kind) parts.push_back(std::string(kind_id(kind)));
        return fmt::format("{}", fmt::join(parts, ", "));
      };
      auto expected = describe(step.due, step.overdue.value_or(false), step.kind.value_or(Kind::statute));
      if (!found) {
        fail(what, step.step.where, expected, "not listed; steps listed: " + listing(steps));
        continue;
      }
      bool due_ok = !step.due || found->due == step.due;
      bool overdue_ok = !step.overdue || found->overdue == *step.overdue;
      bool kind_ok = !step.kind || found->kind == *step.kind;
      if (!due_ok || !overdue_ok || !kind_ok) {
        fail(what, step.step.where, expected, describe(found->due, found->overdue, found->kind));
      }
      for (const auto& deadline : step.deadlines) {
        bool present = std::any_of(found->deadlines.begin(), found->deadlines.end(), [&](const eval::Deadline& d) {
          return d.kind == deadline.kind && d.due == deadline.due;
        });
        if (present) continue;
        std::vector<std::string> actual;
        for (const auto& d : found->deadlines) actual.push_back(fmt::format("{} {}", kind_id(d.kind), due_text(d.due)));
        fail(what + " deadline", deadline.where, fmt::format("a {} deadline of {}", kind_id(deadline.kind), deadline.due.iso()),
             "deadlines: " + (actual.empty() ? std::string("none") : fmt::format("{}", fmt::join(actual, "; "))));
      }
      if (step.assumes) {
        auto sorted = [](std::vector<std::string> v) { std::sort(v.begin(), v.end()); return v; };
        std::vector<std::string> actual;
        for (const auto& assumption : found->assumes) actual.emplace_back(assumption.parameter);
        if (sorted(*step.assumes) != sorted(actual)) {
          auto words = [](const std::vector<std::string>& v) {
            return v.empty() ? std::string("no default") : fmt::format("{}", fmt::join(v, ", "));
          };
          fail(what + " assumes", step.step.where, "a date resting on " + words(*step.assumes),
               "a date resting on " + words(actual));
        }
      }
      if (step.missing) {
        auto sorted = [](std::vector<std::string> v) { std::sort(v.begin(), v.end()); return v; };
        if (found->due || sorted(*step.missing) != sorted(strings(found->missing))) {
          fail(what + " missing", step.step.where,
               fmt::format("no date, missing {}", listing(*step.missing)),
               found->due ? "due " + found->due->iso() : "no date, missing " + listing(strings(found->missing)));
        }
      }
    }
  }

  void not_escalate(const std::vector<NamedId>& expected) {
    for (const auto& id : expected) {
      const auto* found = find_by(result_.escalations, &eval::EscalationResult::step, id.id);
      if (found) {
        fail("not_escalate " + id.id, id.where, "not listed",
             fmt::format("listed, {}, {}", due_text(found->due), by_text(found->by)));
      }
    }
  }

  void inform(const std::vector<NamedId>& expected, bool present) {
    auto ids = ids_of(result_.information, &eval::InformationResult::id);
    for (const auto& id : expected) {
      const auto* found = find_by(result_.information, &eval::InformationResult::id, id.id);
      std::string what = fmt::format("{} {}", present ? "inform" : "not_inform", id.id);
      if (present && !found) {
        fail(what, id.where, "in information", "not in information; information: " + listing(ids));
      } else if (!present && found) {
        fail(what, id.where, "not in information", "in information, " + by_text(found->by));
      }
    }
  }

  void undetermined(const std::vector<UndeterminedExpectation>& expected) {
    auto ids = ids_of(result_.undetermined, &eval::Undetermined::rule);
    for (const auto& entry : expected) {
      const NamedId& id = entry.rule;
      const auto* found = find_by(result_.undetermined, &eval::Undetermined::rule, id.id);
      if (!found) {
        std::string actual = contains(fired_, id.id) ? std::string("fired") : "determined";
        fail("undetermined " + id.id, id.where, "undetermined", actual + "; undetermined: " + listing(ids));
        continue;
      }
      if (entry.missing && sorted_unique(*entry.missing) != sorted_unique(strings(found->missing))) {
        // Compared as sets; the diff then says which facts differ.
        std::vector<std::string> differences;
        auto absent = not_in(*entry.missing, strings(found->missing));
        auto extra = not_in(strings(found->missing), *entry.missing);
        if (!absent.empty()) differences.push_back("expected but not missing: " + listing(absent));
        if (!extra.empty()) differences.push_back("also missing: " + listing(extra));
        fail("undetermined " + id.id + " missing", id.where, "missing " + listing(*entry.missing),
             fmt::format("missing {} ({})", listing(strings(found->missing)), fmt::join(differences, "; ")));
      }
      if (entry.reason && *entry.reason != reason_of(*found)) {
        fail("undetermined " + id.id + " reason", id.where, "reason " + *entry.reason, "reason " + reason_of(*found));
      }
    }
  }

  // `only: true`: nothing beyond the listed ids may be in the result's set.
  // The ids expected but absent have failed one by one already; they are
  // named here too, so this one diff shows the whole difference.
  void exactly(const std::optional<SourceLocation>& only, const SetWords& words,
               const std::vector<std::string>& expected, const std::vector<std::string>& actual) {
    if (!only) return;
    auto extra = not_in(actual, expected);
    if (extra.empty()) return;
    std::string text = fmt::format("{}: {}", words.extra, listing(extra));
    auto absent = not_in(expected, actual);
    if (!absent.empty()) text += fmt::format("; {}: {}", words.absent, listing(absent));
    fail(fmt::format("{} only", words.key), *only, "exactly: " + listing(not_in(expected, {})), text);
  }

  // `levels: { only: true, ... }`: no area beyond those named (not `none`)
  // may be listed. Compared by area: a wrong level is the area's own failure.
  void levels_only(const TestCase& test) {
    if (!test.only.levels) return;
    std::vector<std::string> areas, shown;
    for (const auto& level : test.levels) {
      if (!level.absent) areas.emplace_back(area_id(level.area));
    }
    for (const auto& level : result_.levels) {
      if (!contains(areas, std::string(area_id(level.area)))) {
        shown.push_back(fmt::format("{} at {}", area_id(level.area), level.level));
      }
    }
    if (!shown.empty()) {
      fail("levels only", *test.only.levels, "exactly: " + listing(areas), "also listed: " + listing(shown));
    }
  }

  void fires(const std::vector<NamedId>& expected, bool present) {
    for (const auto& id : expected) {
      bool fired = contains(fired_, id.id);
      if (fired == present) continue;
      auto undetermined = ids_of(result_.undetermined, &eval::Undetermined::rule);
      std::string not_fired = contains(undetermined, id.id) ? "undetermined" : "did not fire";
      fail(fmt::format("{} {}", present ? "fires" : "not_fires", id.id), id.where,
           present ? "fired" : "did not fire", fired ? std::string("fired") : not_fired);
    }
  }

  std::vector<Failure> take() { return std::move(failures_); }

 private:
  void fail(std::string what, const SourceLocation& where, std::string expected, std::string actual) {
    failures_.push_back({std::move(what), where, std::move(expected), std::move(actual)});
  }

  const eval::Result& result_;
  const std::vector<std::string>& fired_;
  std::vector<std::string> gaps_;
  std::vector<Failure> failures_;
};

}  // namespace

std::vector<Failure> compare_result(const TestCase& test, const eval::Result& result,
                                    const std::vector<std::string>& fired) {
  auto named = [](const std::vector<NamedId>& items) {
    std::vector<std::string> ids;
    for (const auto& item : items) ids.push_back(item.id);
    return ids;
  };
  std::vector<std::string> steps, rules;
  for (const auto& step : test.escalate) steps.push_back(step.step.id);
  for (const auto& entry : test.undetermined) rules.push_back(entry.rule.id);
  // Each `only` right after the expectation it belongs to.
  Comparer compare(result, fired);
  compare.levels(test.levels);
  compare.levels_only(test);
  compare.provide(test.provide, true);
  compare.exactly(test.only.provide, {"provide", "also provided", "not provided"}, named(test.provide),
                  ids_of(result.provision, &eval::ProvisionResult::id));
  compare.provide(test.not_provide, false);
  compare.gaps(test.gaps);
  compare.exactly(test.only.gaps, {"gaps", "also a gap", "not a gap"}, named(test.gaps), strings(result.gaps));
  compare.escalate(test.escalate);
  compare.exactly(test.only.escalate, {"escalate", "also listed", "not listed"}, steps,
                  ids_of(result.escalations, &eval::EscalationResult::step));
  compare.not_escalate(test.not_escalate);
  compare.inform(test.inform, true);
  compare.exactly(test.only.inform, {"inform", "also in information", "not in information"}, named(test.inform),
                  ids_of(result.information, &eval::InformationResult::id));
  compare.inform(test.not_inform, false);
  compare.undetermined(test.undetermined);
  compare.exactly(test.only.undetermined, {"undetermined", "also undetermined", "not undetermined"}, rules,
                  ids_of(result.undetermined, &eval::Undetermined::rule));
  compare.fires(test.fires, true);
  compare.fires(test.not_fires, false);
  return compare.take();
}

}  // namespace apdr::ruletest
