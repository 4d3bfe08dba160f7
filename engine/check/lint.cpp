#include "check/lint.hpp"

#include "check/lint_context.hpp"

namespace apdr::check {
namespace lint_pass {
namespace {

bool embedded(const syntax::RuleSet& set) { return set.file.starts_with("apdr:"); }

template <typename Entries>
void own_all(std::set<const void*>& owned, const Entries& entries) {
  for (const auto& entry : entries) owned.insert(&entry);
}

}  // namespace

Context::Context(const Model& m, Diagnostics& d) : model(m), diag(d) {
  const auto& sets = model.chain.sets;
  for (std::size_t i = 0; i < sets.size(); ++i) {
    // The requested set is always linted, even `apdr check apdr:national`.
    if (embedded(sets[i]) && i + 1 != sets.size()) continue;
    linted_sets.push_back(i);
    const syntax::RuleSet& set = sets[i];
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
