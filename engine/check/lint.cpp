#include "check/lint.hpp"

#include "check/lint_context.hpp"

namespace apdr::check {
namespace lint_pass {
namespace {

template <typename Entries>
void own_all(std::set<const void*>& owned, const Entries& entries) {
  for (const auto& entry : entries) owned.insert(&entry);
}

}  // namespace

Context::Context(const Model& m, Diagnostics& d) : model(m), diag(d) {
  // Only the requested set (the last of its chain) with its includes: the
  // sets it extends are linted when they are named themselves, so checking
  // a short overlay is not buried under its base's warnings.
  const auto& sets = model.chain.sets;
  if (!sets.empty()) {
    linted_sets.push_back(sets.size() - 1);
    const syntax::RuleSet& set = sets.back();
    own_all(owned_, set.parameters);
    own_all(owned_, set.inputs);
    own_all(owned_, set.derive);
    own_all(owned_, set.provision);
    own_all(owned_, set.steps);
    own_all(owned_, set.information);
    own_all(owned_, set.rules);
    own_all(owned_, set.levels);
  }
}

bool Context::owns_ladder() const {
  for (std::size_t i = model.chain.sets.size(); i-- > 0;) {
    const auto& levels = model.chain.sets[i].levels;
    if (!levels.empty()) return owns(&levels.front());
  }
  return false;
}

}  // namespace lint_pass

void lint(const Model& model, Diagnostics& diagnostics) {
  if (model.chain.sets.empty() || model.ladder.local.empty()) return;
  lint_pass::Context context(model, diagnostics);
  lint_pass::unused_entries(context);
  lint_pass::never_fires(context);
  lint_pass::redundant_rules(context);
  lint_pass::unchanged_overrides(context);
  lint_pass::level_gaps(context);
  lint_pass::missing_sources(context);
  lint_pass::plain_words(context);
}

}  // namespace apdr::check
