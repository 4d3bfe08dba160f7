// The ladder: the root rule set declares it; a rule set further down may
// refine it, each local level naming with `national:` the root level it sits
// within, in an order that never goes down. Root names keep working under any
// refinement, which is what lets inherited rules run on a local ladder.
#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "check/checker.hpp"
#include "core/quoted_value.hpp"
#include "core/suggest.hpp"

namespace apdr::check {
namespace {

LevelDef level_def(const syntax::Level& level, int root) {
  return {level.id.value, level.title.value, level.plain ? level.plain->value : std::string(), root,
          level.id.where, level.census ? level.census->value : std::string()};
}

// The school census records a pupil's SEN provision as N (no special
// educational need), K (SEN support) or E (an EHC plan); a root level may
// name the one it is, so that a register exported with those codes reads.
const std::vector<std::string> census_provision_codes = {"N", "K", "E"};


}  // namespace

void Checker::build_ladder() {
  Ladder& ladder = model_.ladder;
  const syntax::RuleSet& root_set = model_.chain.sets.front();
  if (root_set.levels.empty()) {
    // Given, but no level could be read: that was reported where it is.
    if (root_set.levels_where && diag_.has_errors()) return;
    diag_.error(Code::LadderProjection, root_set.id.where,
                fmt::format("rule set `{}` is the root of its chain and must declare the ladder (`levels`, lowest first)",
                            root_set.id.value),
                {"most toolkits should `extends: apdr:national`, which declares universal < sen_support < ehc_plan"});
    return;
  }
  std::set<std::string> seen;
  std::map<std::string, SourceLocation> census_seen;
  for (const auto& level : root_set.levels) {
    if (level.census) {
      const std::string& code = level.census->value;
      if (std::find(census_provision_codes.begin(), census_provision_codes.end(), code) ==
          census_provision_codes.end()) {
        auto notes = did_you_mean(code, census_provision_codes);
        notes.push_back("the census SEN provision codes are N (no SEN), K (SEN support) and E (EHC plan)");
        diag_.error(Code::InvalidValue, level.census->where,
                    fmt::format("`{}` is not a census SEN provision code", quoted_value(code)), notes);
      } else if (auto [earlier, fresh] = census_seen.emplace(code, level.census->where); !fresh) {
        diag_.error(Code::DuplicateId, level.census->where,
                    fmt::format("census code `{}` is given to two levels", code),
                    {fmt::format("first given at {}:{}", earlier->second.line, earlier->second.column)});
      }
    }
    if (level.national) {
      diag_.error(Code::LadderProjection, level.national->where,
                  fmt::format("level `{}` is on the root ladder, so it has no national level to name", level.id.value),
                  {"`national:` is for a rule set that refines a ladder it inherits"});
    }
    if (!seen.insert(level.id.value).second) {
      diag_.error(Code::DuplicateId, level.id.where, fmt::format("level `{}` is declared twice", level.id.value));
      continue;
    }
    ladder.root.push_back(level_def(level, static_cast<int>(ladder.root.size())));
  }

  std::vector<std::string> root_ids;
  for (const auto& level : ladder.root) root_ids.push_back(level.id);

  const syntax::RuleSet* refining = nullptr;
  for (std::size_t i = 1; i < model_.chain.sets.size(); ++i) {
    if (!model_.chain.sets[i].levels.empty()) {
      refining = &model_.chain.sets[i];
      ladder.refined_by = i;
    }
  }
  if (refining == nullptr) {
    ladder.local = ladder.root;
  } else {
    ladder.refined = true;
    seen.clear();
    int highest_root = 0;
    for (const auto& level : refining->levels) {
      if (level.census) {
        diag_.error(Code::LadderProjection, level.census->where,
                    fmt::format("level `{}` refines the inherited ladder, so it cannot name a census code",
                                level.id.value),
                    {"census codes (N, K, E) are declared on the root ladder; a code means the root level that "
                     "declares it"});
      }
      if (ladder.find_root(level.id.value) >= 0) {
        diag_.error(Code::AmbiguousName, level.id.where,
                    fmt::format("local level `{}` reuses the id of a root level; give it an id of its own", level.id.value),
                    {"root level names stay usable under any ladder, so a local level may not take one"});
        rejected_levels_.insert(level.id.value);
        continue;
      }
      if (!seen.insert(level.id.value).second) {
        diag_.error(Code::DuplicateId, level.id.where, fmt::format("level `{}` is declared twice", level.id.value));
        continue;
      }
      if (!level.national) {
        diag_.error(Code::LadderProjection, level.id.where,
                    fmt::format("level `{}` refines the inherited ladder, so it must say with `national:` which root level it sits within",
                                level.id.value),
                    {fmt::format("the root levels are: {}", fmt::join(root_ids, ", "))});
        rejected_levels_.insert(level.id.value);
        continue;
      }
      int root = ladder.find_root(level.national->value);
      if (root < 0) {
        auto notes = did_you_mean(level.national->value, root_ids);
        notes.push_back(fmt::format("the root levels are: {}", fmt::join(root_ids, ", ")));
        diag_.error(Code::LadderProjection, level.national->where,
                    fmt::format("`{}` is not a level of the root ladder", level.national->value), notes);
        rejected_levels_.insert(level.id.value);
        continue;
      }
      if (root < highest_root) {
        diag_.error(Code::LadderOrder, level.national->where,
                    fmt::format("level `{}` sits within `{}`, below the level before it (within `{}`); list levels lowest first",
                                level.id.value, ladder.root[root].id, ladder.root[highest_root].id));
      }
      highest_root = std::max(highest_root, root);
      ladder.local.push_back(level_def(level, root));
    }
  }
  // A profile may give a census code where it gives a level, so a level id
  // that is also a census code would mean two levels.
  auto census_clash = [&](const syntax::Level& level) {
    auto code = census_seen.find(level.id.value);
    if (code == census_seen.end()) return;
    diag_.error(Code::AmbiguousName, level.id.where,
                fmt::format("level id `{}` is also the census code of a root level; give the level another id",
                            level.id.value),
                {fmt::format("census code `{}` is given at {}:{}", code->first, code->second.line,
                             code->second.column)});
  };
  for (const auto& level : root_set.levels) {
    if (!level.census || level.census->value != level.id.value) census_clash(level);
  }
  if (refining != nullptr) {
    for (const auto& level : refining->levels) census_clash(level);
  }
  ladder.lowest_local_in_root.assign(ladder.root.size(), -1);
  for (std::size_t i = 0; i < ladder.local.size(); ++i) {
    int& lowest = ladder.lowest_local_in_root[static_cast<std::size_t>(ladder.local[i].root)];
    if (lowest < 0) lowest = static_cast<int>(i);
  }
  // Inherited rules and profiles may name any root level, so a refinement
  // must leave none of them without a local level. Said once, here, rather
  // than at every inherited rule the author cannot edit.
  if (refining != nullptr && !refining->levels.empty() && ladder.local.size() == refining->levels.size()) {
    for (std::size_t r = 0; r < ladder.root.size(); ++r) {
      if (ladder.lowest_local_in_root[r] >= 0) continue;
      diag_.error(Code::LadderProjection, refining->levels.front().id.where,
                  fmt::format("no level of this ladder sits within the root level `{}`; give it at least one "
                              "(`national: {}`)",
                              ladder.root[r].id, ladder.root[r].id),
                  {"inherited rules and profiles may name any root level, so each needs a local level"});
    }
  }
}

bool Checker::resolve_level_name(const syntax::Scalar& name, int& index, bool& is_root) {
  const Ladder& ladder = model_.ladder;
  index = ladder.find_local(name.value);
  if (index >= 0) { is_root = false; return true; }
  index = ladder.find_root(name.value);
  if (index >= 0) { is_root = true; return true; }
  if (rejected_levels_.count(name.value) > 0) return false;  // its declaration was reported
  // A level of an earlier refinement that a later one replaced.
  for (const auto& set : model_.chain.sets) {
    for (const auto& level : set.levels) {
      if (level.id.value == name.value) {
        diag_.error(Code::LevelRemoved, name.where,
                    fmt::format("level `{}` (from `{}`) is no longer on the ladder: a later rule set refines the ladder without it",
                                name.value, set.id.value));
        return false;
      }
    }
  }
  std::vector<std::string> ids;
  for (const auto& level : ladder.local) ids.push_back(level.id);
  if (ladder.refined) {
    for (const auto& level : ladder.root) ids.push_back(level.id);
  }
  auto notes = did_you_mean(name.value, ids);
  notes.push_back(fmt::format("the levels are: {}", fmt::join(ids, ", ")));
  diag_.error(Code::UnknownReference, name.where, fmt::format("`{}` is not a level of the ladder", name.value), notes);
  return false;
}

}  // namespace apdr::check
