#include "diff/compare.hpp"

#include <algorithm>

namespace apdr::diff {
namespace {

template <typename Item, typename Key>
const Item* find_by(const std::vector<Item>& items, std::string_view id, Key key) {
  auto found = std::find_if(items.begin(), items.end(), [&](const Item& item) { return item.*key == id; });
  return found == items.end() ? nullptr : &*found;
}

void compare_levels(const eval::Result& before, const eval::Result& after, std::vector<Change>& changes) {
  for (Area area : all_areas) {
    auto in = [area](const std::vector<eval::LevelResult>& levels) -> std::string {
      for (const auto& level : levels) {
        if (level.area == area) return std::string(level.level);
      }
      return {};
    };
    std::string old_level = in(before.levels);
    std::string new_level = in(after.levels);
    if (old_level == new_level) continue;
    Change change;
    change.kind = ChangeKind::level_changed;
    change.subject = std::string(area_id(area));
    change.old_level = std::move(old_level);
    change.new_level = std::move(new_level);
    changes.push_back(std::move(change));
  }
}

void compare_provision(const eval::Result& before, const eval::Result& after, std::vector<Change>& changes) {
  for (const auto& item : after.provision) {
    const auto* old_item = find_by(before.provision, item.id, &eval::ProvisionResult::id);
    if (old_item && old_item->in_place == item.in_place && old_item->kind == item.kind) continue;
    Change change;
    change.kind = old_item ? ChangeKind::provision_changed : ChangeKind::provision_gained;
    change.subject = item.id;
    change.new_in_place = item.in_place;
    change.new_kind = item.kind;
    if (old_item) {
      change.old_in_place = old_item->in_place;
      change.old_kind = old_item->kind;
    }
    changes.push_back(std::move(change));
  }
  for (const auto& item : before.provision) {
    if (find_by(after.provision, item.id, &eval::ProvisionResult::id)) continue;
    Change change;
    change.kind = ChangeKind::provision_lost;
    change.subject = item.id;
    change.old_in_place = item.in_place;
    change.old_kind = item.kind;
    changes.push_back(std::move(change));
  }
}

void compare_escalations(const eval::Result& before, const eval::Result& after, std::vector<Change>& changes) {
  for (const auto& step : after.escalations) {
    const auto* old_step = find_by(before.escalations, step.step, &eval::EscalationResult::step);
    if (old_step && old_step->due == step.due && old_step->overdue == step.overdue) continue;
    Change change;
    change.kind = old_step ? ChangeKind::escalation_moved : ChangeKind::escalation_added;
    change.subject = step.step;
    change.new_due = step.due;
    change.new_overdue = step.overdue;
    change.new_kind = step.kind;
    if (old_step) {
      change.old_due = old_step->due;
      change.old_overdue = old_step->overdue;
      change.old_kind = old_step->kind;
    }
    changes.push_back(std::move(change));
  }
  for (const auto& step : before.escalations) {
    if (find_by(after.escalations, step.step, &eval::EscalationResult::step)) continue;
    Change change;
    change.kind = ChangeKind::escalation_removed;
    change.subject = step.step;
    change.old_due = step.due;
    change.old_overdue = step.overdue;
    change.old_kind = step.kind;
    changes.push_back(std::move(change));
  }
}

void compare_information(const eval::Result& before, const eval::Result& after, std::vector<Change>& changes) {
  auto one_way = [&](const eval::Result& from, const eval::Result& to, ChangeKind kind) {
    for (const auto& entry : to.information) {
      if (find_by(from.information, entry.id, &eval::InformationResult::id)) continue;
      Change change;
      change.kind = kind;
      change.subject = entry.id;
      // The kind of the side that gives it: new when added, old when removed.
      (kind == ChangeKind::information_added ? change.new_kind : change.old_kind) = entry.kind;
      changes.push_back(std::move(change));
    }
  };
  one_way(before, after, ChangeKind::information_added);
  one_way(after, before, ChangeKind::information_removed);
}

// A rule and a provision item may share an id, so both parts are the key.
void compare_undetermined(const eval::Result& before, const eval::Result& after, std::vector<Change>& changes) {
  auto one_way = [&](const eval::Result& from, const eval::Result& to, ChangeKind kind) {
    for (const auto& entry : to.undetermined) {
      bool there = std::any_of(from.undetermined.begin(), from.undetermined.end(), [&](const auto& other) {
        return other.rule == entry.rule && other.is_provision == entry.is_provision;
      });
      if (there) continue;
      Change change;
      change.kind = kind;
      change.subject = entry.rule;
      change.is_provision = entry.is_provision;
      change.missing.assign(entry.missing.begin(), entry.missing.end());
      changes.push_back(std::move(change));
    }
  };
  one_way(before, after, ChangeKind::undetermined_added);
  one_way(after, before, ChangeKind::undetermined_removed);
}

}  // namespace

std::vector<Change> compare_results(const eval::Result& before, const eval::Result& after) {
  std::vector<Change> changes;
  compare_levels(before, after, changes);
  compare_provision(before, after, changes);
  compare_escalations(before, after, changes);
  compare_information(before, after, changes);
  compare_undetermined(before, after, changes);
  std::stable_sort(changes.begin(), changes.end(),
                   [](const Change& a, const Change& b) { return a.kind < b.kind; });
  return changes;
}

}  // namespace apdr::diff
