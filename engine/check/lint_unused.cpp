// W002–W007: entries nothing uses. Use is counted over the whole chain, so an
// input the embedded national set declares and a local rule reads is used;
// only entries written in the linted files are reported.
#include <fmt/format.h>

#include "check/lint_constant.hpp"
#include "check/lint_context.hpp"

namespace apdr::check::lint_pass {
namespace {

struct Reads {
  std::vector<bool> inputs, parameters, derived;
};

void collect(const Model& model, const expr::Node& node, Reads& reads) {
  if (const Resolution* found = model.resolution_of(node)) {
    auto index = static_cast<std::size_t>(found->index);
    switch (found->ref) {
      case Resolution::Ref::input: reads.inputs[index] = true; break;
      case Resolution::Ref::parameter: reads.parameters[index] = true; break;
      case Resolution::Ref::derived: reads.derived[index] = true; break;
      default: break;
    }
  }
  for (const auto& child : node.children) collect(model, *child, reads);
}

// What every expression in force reads: conditions, due dates, provision
// guards and derived values.
Reads reads_of(const Model& model) {
  Reads reads{std::vector<bool>(model.inputs.size()), std::vector<bool>(model.parameters.size()),
              std::vector<bool>(model.derived.size())};
  auto read = [&](const syntax::Expression* e) {
    if (e && e->tree) collect(model, *e->tree, reads);
  };
  for (const auto& rule : model.rules) {
    read(rule.when);
    for (const auto& escalation : rule.escalate) read(escalation.due);
  }
  for (const auto& item : model.provision) read(item.when);
  for (const auto& d : model.derived) read(&d.syntax->value);
  return reads;
}

}  // namespace

void unused_entries(const Context& context) {
  const Model& model = context.model;
  std::vector<bool> provided(model.provision.size()), escalated(model.steps.size()), informed(model.information.size());
  for (const auto& rule : model.rules) {
    if (always_false(model, rule.when)) continue;  // reported itself (W008); what only it uses is unused too
    for (int p : rule.provide) provided[static_cast<std::size_t>(p)] = true;
    for (const auto& e : rule.escalate) escalated[static_cast<std::size_t>(e.step)] = true;
    for (int i : rule.inform) informed[static_cast<std::size_t>(i)] = true;
  }

  for (std::size_t i = 0; i < model.provision.size(); ++i) {
    const Provision& item = model.provision[i];
    // Every item is reached by level (it has an area and a level) unless its
    // guard can never hold.
    if (provided[i] || !context.owns(item.syntax) || !always_false(model, item.when)) continue;
    context.diag.warning(Code::UnusedProvision, item.syntax->id.where,
                         fmt::format("provision item `{}` is never part of a result: its `when` is always false, "
                                     "so no level reaches it, and no rule that can fire provides it",
                                     item.id),
                         {"fix its `when`, name it in a rule's `provide`, or remove it"});
  }
  for (std::size_t i = 0; i < model.steps.size(); ++i) {
    const Step& step = model.steps[i];
    if (escalated[i] || !context.owns(step.syntax)) continue;
    context.diag.warning(Code::UnusedStep, step.syntax->id.where,
                         fmt::format("step `{}` is never used: no rule that can fire escalates to it", step.id),
                         {fmt::format("name it in a rule's `escalate: [{{ step: {} }}]`, or remove it", step.id)});
  }
  for (std::size_t i = 0; i < model.information.size(); ++i) {
    const Information& info = model.information[i];
    if (informed[i] || !context.owns(info.syntax)) continue;
    context.diag.warning(Code::UnusedInformation, info.syntax->id.where,
                         fmt::format("information item `{}` is never given: no rule that can fire informs it",
                                     info.id),
                         {fmt::format("name it in a rule's `inform: [{}]`, or remove it", info.id)});
  }

  Reads reads = reads_of(model);
  const char* fix = "use it in a `when`, a `due` or a derived value, or remove it";
  for (std::size_t i = 0; i < model.inputs.size(); ++i) {
    const Input& input = model.inputs[i];
    if (reads.inputs[i] || !context.owns(input.syntax)) continue;
    context.diag.warning(Code::UnusedInput, input.syntax->name.where,
                         fmt::format("input `{}` is never read: no expression uses it, so a profile's answer "
                                     "changes nothing",
                                     input.name),
                         {fix});
  }
  for (std::size_t i = 0; i < model.parameters.size(); ++i) {
    const Parameter& parameter = model.parameters[i];
    if (reads.parameters[i] || !context.owns(parameter.syntax)) continue;
    context.diag.warning(Code::UnusedParameter, parameter.syntax->name.where,
                         fmt::format("parameter `{}` is never read: no expression uses it, so changing it "
                                     "changes nothing",
                                     parameter.name),
                         {fix});
  }
  for (std::size_t i = 0; i < model.derived.size(); ++i) {
    const Derived& derived = model.derived[i];
    if (reads.derived[i] || !context.owns(derived.syntax)) continue;
    context.diag.warning(Code::UnusedDerived, derived.syntax->name.where,
                         fmt::format("derived value `{}` is never read: no expression uses it", derived.name),
                         {fix});
  }
}

}  // namespace apdr::check::lint_pass
