// W011: the area × level matrix has a hole. For each area the linted files
// give provision for, a level strictly between the lowest and the highest
// level with provision for that area, at which no item for the area (and no
// whole-school item) starts, adds nothing: a pupil who moves up to it gets
// nothing new, which is almost always a forgotten section of the toolkit.
// Levels below an area's first item and above its last are not reported:
// many toolkits start an area at SEN support, and stop below the statutory
// plan, whose provision the plan itself sets out.
#include <map>
#include <set>

#include <fmt/format.h>

#include "check/lint_context.hpp"

namespace apdr::check::lint_pass {
namespace {

// The local level an item starts at, or -1 when its root level has no local
// level within it (reported by the checker).
int local_level_of(const Model& model, const Provision& item) {
  if (!item.level_is_root) return item.level;
  return model.ladder.lowest_local_in_root[static_cast<std::size_t>(item.level)];
}

}  // namespace

void level_gaps(const Context& context) {
  const Model& model = context.model;
  std::map<Area, std::set<int>> levels;  // levels where an item for the area starts
  std::set<int> whole_school;
  std::map<Area, const Provision*> first_owned;
  for (const auto& item : model.provision) {
    int level = local_level_of(model, item);
    if (level < 0) continue;
    if (!item.area) {
      whole_school.insert(level);
      continue;
    }
    levels[*item.area].insert(level);
    if (context.owns(item.syntax) && !first_owned.count(*item.area)) first_owned[*item.area] = &item;
  }
  for (const auto& [area, first] : first_owned) {
    const std::set<int>& at = levels[area];
    for (int level = *at.begin() + 1; level < *at.rbegin(); ++level) {
      if (at.count(level) || whole_school.count(level)) continue;
      const LevelDef& def = model.ladder.local[static_cast<std::size_t>(level)];
      SourceLocation where = context.owns_ladder() ? def.where : first->syntax->id.where;
      context.diag.warning(Code::LevelAddsNothing, where,
                           fmt::format("level `{}` adds no provision for `{}`: the levels below and above it have "
                                       "some, so a pupil who moves up to `{}` in this area gets nothing new",
                                       def.id, area_id(area), def.id),
                           {fmt::format("add a provision item with `area: {}` and `level: {}`, or check the "
                                        "`level` of this area's items",
                                        area_id(area), def.id)});
    }
  }
}

}  // namespace apdr::check::lint_pass
