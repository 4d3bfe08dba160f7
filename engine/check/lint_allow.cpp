#include "check/lint_allow.hpp"

#include <algorithm>

#include "check/model.hpp"
#include "core/rule_set_warnings.hpp"

namespace apdr {

std::optional<Code> warning_code(std::string_view name) {
  for (Code code : rule_set_warnings()) {
    if (code_name(code) == name) return code;
  }
  return std::nullopt;
}

namespace check {
namespace {

// Which rule set of the chain each file belongs to: its main file, and every
// file one of its entries was read from (its includes).
std::map<std::string, std::size_t> files_of(const syntax::Chain& chain) {
  std::map<std::string, std::size_t> owner;
  auto add = [&](const std::string& file, std::size_t index) {
    if (!file.empty()) owner.emplace(file, index);
  };
  for (std::size_t i = 0; i < chain.sets.size(); ++i) {
    const syntax::RuleSet& set = chain.sets[i];
    add(set.file, i);
    add(set.where.file, i);
    for (const auto& e : set.parameters) add(e.name.where.file, i);
    for (const auto& e : set.inputs) add(e.name.where.file, i);
    for (const auto& e : set.derive) add(e.name.where.file, i);
    for (const auto& e : set.provision) add(e.id.where.file, i);
    for (const auto& e : set.steps) add(e.id.where.file, i);
    for (const auto& e : set.information) add(e.id.where.file, i);
    for (const auto& e : set.rules) add(e.id.where.file, i);
    for (const auto& e : set.levels) add(e.id.where.file, i);
  }
  return owner;
}

bool listed(const std::vector<syntax::Scalar>& allow, const std::string& name) {
  return std::any_of(allow.begin(), allow.end(), [&](const syntax::Scalar& s) { return s.value == name; });
}

}  // namespace

AllowedWarnings allow_warnings(const Model* model, const std::vector<Code>& run_allow,
                               Diagnostics& diagnostics) {
  AllowedWarnings allowed;
  std::map<std::string, std::size_t> owner;
  if (model) owner = files_of(model->chain);
  Diagnostics kept;
  for (const Diagnostic& d : diagnostics.all()) {
    if (d.severity == Severity::warning) {
      std::string name = code_name(d.code);
      auto set = owner.find(d.where.file);
      if (set != owner.end() && listed(model->chain.sets[set->second].lint_allow, name)) {
        ++allowed.by_rule_set;
        ++allowed.by_code[name];
        continue;
      }
      if (std::find(run_allow.begin(), run_allow.end(), d.code) != run_allow.end()) {
        ++allowed.by_run;
        ++allowed.by_code[name];
        continue;
      }
    }
    kept.add(d);
  }
  diagnostics = std::move(kept);
  return allowed;
}

}  // namespace check
}  // namespace apdr
