#pragma once
// Internal to the lints: what every pass needs, and which syntax entries
// belong to the files being checked (see lint.hpp).
#include <set>

#include "check/model.hpp"
#include "core/diagnostic.hpp"

namespace apdr::check::lint_pass {

struct Context {
  Context(const Model& model, Diagnostics& diagnostics);

  const Model& model;
  Diagnostics& diag;
  // Indices in model.chain.sets of the rule sets being linted.
  std::vector<std::size_t> linted_sets;

  // Whether a syntax entry (an element of one of a RuleSet's vectors) was
  // written in a linted rule set.
  bool owns(const void* syntax) const { return owned_.count(syntax) > 0; }
  // Whether the ladder in force was declared by a linted rule set.
  bool owns_ladder() const;

 private:
  std::set<const void*> owned_;
};

// The passes, one file each (lint_<name>.cpp).
void unused_entries(const Context& context);   // W002–W007
void never_fires(const Context& context);      // W008
void redundant_rules(const Context& context);  // W009
void unchanged_overrides(const Context& context);  // W010
void level_gaps(const Context& context);       // W011
void missing_sources(const Context& context);  // W012
void plain_words(const Context& context);      // W013–W015

}  // namespace apdr::check::lint_pass
