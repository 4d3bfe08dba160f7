// W012: an entry that does not say where it comes from. Every output carries
// the source of what it says, so that a family or a tribunal can check it;
// an entry without one can only be taken on trust.
#include <fmt/format.h>

#include "check/lint_context.hpp"

namespace apdr::check::lint_pass {
namespace {

template <typename Entries>
void check(const Context& context, const Entries& entries, const char* what) {
  for (const auto& entry : entries) {
    if (entry.source) continue;
    context.diag.warning(Code::MissingSource, entry.id.where,
                         fmt::format("{} `{}` has no `source`: a reader cannot check what it rests on", what,
                                     entry.id.value),
                         {"add `source: ID#section`, citing an entry of `sources:` (the Act, the Code of Practice "
                          "or your own guidance)"});
  }
}

}  // namespace

void missing_sources(const Context& context) {
  for (std::size_t index : context.linted_sets) {
    const syntax::RuleSet& set = context.model.chain.sets[index];
    check(context, set.provision, "provision item");
    check(context, set.steps, "step");
    check(context, set.information, "information item");
    check(context, set.rules, "rule");
  }
}

}  // namespace apdr::check::lint_pass
