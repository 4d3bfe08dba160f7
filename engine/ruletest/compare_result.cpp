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
  for (const auto& item : items) ids.push_back(item.*field);
  return ids;
}

template <typename Item, typename Field>
const Item* find_by(const std::vector<Item>& items, Field field, const std::string& id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const Item& item) { return item.*field == id; });
  return it == items.end() ? nullptr : &*it;
}

bool contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::string by_text(const std::vector<std::string>& by) { return fmt::format("by {}", fmt::join(by, ", ")); }

std::string due_text(const std::optional<Date>& due) { return due ? "due " + due->iso() : "no due date"; }

class Comparer {
 public:
  Comparer(const eval::Result& result) : result_(result) {}

  void levels(const std::vector<LevelExpectation>& expected) {
    for (const auto& level : expected) {
      std::string what = fmt::format("levels {}", area_id(level.area));
      auto it = std::find_if(result_.levels.begin(), result_.levels.end(),
                             [&](const eval::LevelResult& l) { return l.area == level.area; });
      if (it == result_.levels.end()) {
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
      if (contains(result_.gaps, id.id)) continue;
      const auto* item = find_by(result_.provision, &eval::ProvisionResult::id, id.id);
      fail("gaps " + id.id, id.where, "a gap (in provision, not in place)",
           !item               ? "not in provision; gaps: " + listing(result_.gaps)
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
      if (step.missing) {
        auto sorted = [](std::vector<std::string> v) { std::sort(v.begin(), v.end()); return v; };
        if (found->due || sorted(*step.missing) != sorted(found->missing)) {
          fail(what + " missing", step.step.where,
               fmt::format("no date, missing {}", listing(*step.missing)),
               found->due ? "due " + found->due->iso() : "no date, missing " + listing(found->missing));
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

  void undetermined(const std::vector<NamedId>& expected) {
    auto ids = ids_of(result_.undetermined, &eval::Undetermined::rule);
    for (const auto& id : expected) {
      if (contains(ids, id.id)) continue;
      std::string actual = contains(result_.fired, id.id) ? std::string("fired") : "determined";
      fail("undetermined " + id.id, id.where, "undetermined", actual + "; undetermined: " + listing(ids));
    }
  }

  void fires(const std::vector<NamedId>& expected, bool present) {
    for (const auto& id : expected) {
      bool fired = contains(result_.fired, id.id);
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
  std::vector<Failure> failures_;
};

}  // namespace

std::vector<Failure> compare_result(const TestCase& test, const eval::Result& result) {
  Comparer compare(result);
  compare.levels(test.levels);
  compare.provide(test.provide, true);
  compare.provide(test.not_provide, false);
  compare.gaps(test.gaps);
  compare.escalate(test.escalate);
  compare.not_escalate(test.not_escalate);
  compare.inform(test.inform, true);
  compare.inform(test.not_inform, false);
  compare.undetermined(test.undetermined);
  compare.fires(test.fires, true);
  compare.fires(test.not_fires, false);
  return compare.take();
}

}  // namespace apdr::ruletest
