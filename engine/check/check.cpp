#include "check/check.hpp"

#include <fmt/format.h>

#include "check/checker.hpp"
#include "check/citation.hpp"

namespace apdr::check {

void Checker::check_derived() {
  derived_state_.assign(model_.derived.size(), 0);
  for (std::size_t i = 0; i < model_.derived.size(); ++i) {
    if (derived_state_[i] != 0) continue;
    derived_state_[i] = 1;
    derived_stack_ = {static_cast<int>(i)};
    model_.derived[i].type = check_expression(model_.derived[i].syntax->value, "derived value");
    derived_stack_.clear();
    derived_state_[i] = 2;
  }
}

void Checker::check_expressions() {
  for (const auto& rule : model_.rules) {
    if (rule.when) {
      Type type = check_expression(*rule.when, "condition");
      if (!type.is_error() && type.kind != TypeKind::boolean && rule.when->tree) {
        diag_.error(Code::TypeMismatch, rule.when->where,
                    fmt::format("the `when` of rule `{}` must be true or false, but it is {}", rule.id, describe(type)));
      }
    }
    // The syntax's escalations, not the resolved ones: an escalation to an
    // unknown step is one mistake, and a wrong `due` in it is another.
    for (const auto& escalation : rule.syntax->then.escalate) {
      if (!escalation.due) continue;
      Type type = check_expression(*escalation.due, "due date");
      if (!type.is_error() && type.kind != TypeKind::date && escalation.due->tree) {
        diag_.error(Code::TypeMismatch, escalation.due->where,
                    fmt::format("a `due` must be a date, but this is {}", describe(type)),
                    {"add a duration to a date, e.g. ehc.requested + 6 weeks"});
      }
    }
  }
  for (const auto& item : model_.provision) {
    if (!item.when) continue;
    Type type = check_expression(*item.when, "guard");
    if (!type.is_error() && type.kind != TypeKind::boolean && item.when->tree) {
      diag_.error(Code::TypeMismatch, item.when->where,
                  fmt::format("the `when` of provision item `{}` must be true or false, but it is {}", item.id,
                              describe(type)));
    }
  }
}

void Checker::run() {
  for (const auto& set : model_.chain.sets) {
    Window window;
    if (set.effective) window = {set.effective->from, set.effective->to};
    model_.set_windows.emplace_back(set.id.value, window);
  }
  model_.window = model_.set_windows.back().second;
  merge_chain();
  build_calendar();
  build_ladder();
  build_symbols();
  declare_names();
  check_parameters();
  for (const auto& merged : derived_) {
    derived_index_[merged.syntax->name.value] = static_cast<int>(model_.derived.size());
    model_.derived.push_back({merged.syntax->name.value, Type::of(TypeKind::error), merged.syntax});
  }
  if (model_.ladder.local.empty()) return;  // without a ladder nothing else can be checked meaningfully
  convert_entries();
  check_derived();
  check_expressions();
}

std::unique_ptr<Model> check(syntax::Chain chain, Diagnostics& diagnostics) {
  auto model = std::make_unique<Model>();
  model->chain = std::move(chain);
  if (model->chain.sets.empty()) return model;
  Checker checker(*model, diagnostics);
  checker.run();
  fill_citations(*model);
  return model;
}

}  // namespace apdr::check
