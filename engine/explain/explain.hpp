#pragma once
// `apdr explain`: evaluates a profile with listeners on the conditions asked
// for, and puts each recorded run into words.
#include <string>
#include <vector>

#include "compile/program.hpp"
#include "evaluate/result.hpp"
#include "explain/explanation.hpp"

namespace apdr::explain {

// What to explain: a rule, or a provision item's guard, by index.
struct Target {
  bool is_provision = false;
  std::size_t index = 0;
};

// The target `id` names: a rule when one has that id, else a provision
// item; nullopt when neither does.
std::optional<Target> find_target(const check::Model& model, std::string_view id);

struct Explained {
  eval::Result result;                    // exactly what evaluate() gives
  std::vector<Explanation> explanations;  // one per target, in the order asked
};

// Evaluates `profile` on `today` once, recording the runs of the targets'
// conditions, due dates and guards, and explains each target.
Explained explain(const run::Program& program, const profile::Profile& profile, Date today,
                  const std::vector<Target>& targets);

}  // namespace apdr::explain
