// The public face of explain (apdr/explain.hpp) over the explain stage.
#include "apdr/explain.hpp"

#include <fmt/format.h>

#include "compile/program.hpp"
#include "core/suggest.hpp"
#include "explain/explain.hpp"
#include "explain/explain_json.hpp"
#include "explain/explain_text.hpp"

namespace apdr {

bool check_explain_ids(const Program& program, const std::vector<std::string>& ids, Diagnostics& diagnostics) {
  const check::Model& model = *program.model;
  bool all_found = true;
  for (const auto& id : ids) {
    if (explain::find_target(model, id)) continue;
    all_found = false;
    std::vector<std::string> candidates;
    for (const auto& rule : model.rules) candidates.push_back(rule.id);
    for (const auto& item : model.provision) candidates.push_back(item.id);
    auto notes = did_you_mean(id, candidates);
    notes.push_back("`apdr explain` takes the id of a rule, or of a provision item");
    diagnostics.error(Code::BadArgument, {},
                      fmt::format("--rule: rule set `{}` has no rule or provision item `{}`", model.id, id), notes);
  }
  return all_found;
}

ExplainedResult explain_profile(const Program& program, const profile::Profile& profile,
                                const std::vector<std::string>& ids, std::optional<Date> as_of, Date today) {
  const check::Model& model = *program.model;
  std::vector<explain::Target> targets;
  if (ids.empty()) {
    for (std::size_t i = 0; i < model.rules.size(); ++i) targets.push_back({false, i});
  }
  for (const auto& id : ids) {
    if (auto target = explain::find_target(model, id)) targets.push_back(*target);
  }
  Date date = as_of ? *as_of : (profile.as_of ? *profile.as_of : today);
  auto explained = explain::explain(program, profile, date, targets);
  return {std::move(explained.result), std::move(explained.explanations)};
}

std::string explanation_text(const explain::Explanation& explanation, std::size_t width) {
  return explain::explanation_text(explanation, width);
}

nlohmann::ordered_json explanation_json(const explain::Explanation& explanation) {
  return explain::explanation_json(explanation);
}

}  // namespace apdr
