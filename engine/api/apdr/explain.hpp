#pragma once
// Why a rule fired or did not, for one pupil (`apdr explain`, `eval
// --explain`). The explanation is recorded from the one evaluation, by a
// listener on the conditions asked for, so it always agrees with the result
// it comes with.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "apdr/engine.hpp"
#include "explain/explanation.hpp"

namespace apdr {

struct ExplainedResult {
  eval::Result result;                             // what evaluate() gives for the same arguments
  std::vector<explain::Explanation> explanations;  // one per id asked for, in that order
};

// Adds an error (E090, with "did you mean" when a near id exists) for each id
// that names neither a rule nor a provision item of `program`, and returns
// whether all were found. Call it before explain_profile.
bool check_explain_ids(const Program& program, const std::vector<std::string>& ids, Diagnostics& diagnostics);

// Evaluates one validated profile as evaluate() does (same date rules) and
// explains each id: a rule, or, when no rule has that id, a provision item's
// guard. An empty `ids` explains every rule, in rule-set order. Ids that
// name nothing are skipped; check them first with check_explain_ids.
ExplainedResult explain_profile(const Program& program, const profile::Profile& profile,
                                const std::vector<std::string>& ids, std::optional<Date> as_of, Date today);

// The explanation as text for a person (ends with a newline), or as JSON.
std::string explanation_text(const explain::Explanation& explanation, std::size_t width = 80);
nlohmann::ordered_json explanation_json(const explain::Explanation& explanation);

}  // namespace apdr
