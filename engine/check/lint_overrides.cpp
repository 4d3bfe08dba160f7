// W010: an `override: true` entry identical to the entry it replaces, or an
// overlay giving a parameter the value it already had. Either is noise
// today and a trap later: when the base changes, the copy silently keeps the
// old version. Compared key by key, ignoring positions and layout.
#include <algorithm>

#include <fmt/format.h>

#include "check/lint_constant.hpp"
#include "check/lint_context.hpp"

namespace apdr::check::lint_pass {
namespace {

using syntax::Scalar;

bool same(const std::optional<Scalar>& a, const std::optional<Scalar>& b) {
  return a.has_value() == b.has_value() && (!a || a->value == b->value);
}

bool same(const std::vector<Scalar>& a, const std::vector<Scalar>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].value != b[i].value) return false;
  }
  return true;
}

std::string canonical(const syntax::Expression& e) { return e.tree ? expr::to_text(*e.tree) : e.text; }

bool same(const std::optional<syntax::Expression>& a, const std::optional<syntax::Expression>& b) {
  return a.has_value() == b.has_value() && (!a || canonical(*a) == canonical(*b));
}

bool same(const std::optional<syntax::Window>& a, const std::optional<syntax::Window>& b) {
  return a.has_value() == b.has_value() && (!a || (a->from == b->from && a->to == b->to));
}

// Every key of the entry but `override` itself. A key added to the format
// must be added here too, or changing only it would be reported as no change.
bool same(const syntax::EntryCommon& a, const syntax::EntryCommon& b) {
  return same(a.title, b.title) && same(a.plain, b.plain) && same(a.description, b.description) &&
         same(a.source, b.source) && same(a.kind, b.kind) && same(a.effective, b.effective);
}

bool same(const syntax::Provision& a, const syntax::Provision& b) {
  return same(static_cast<const syntax::EntryCommon&>(a), b) && same(a.area, b.area) && same(a.level, b.level) &&
         same(a.when, b.when);
}

bool same(const syntax::Step& a, const syntax::Step& b) {
  return same(static_cast<const syntax::EntryCommon&>(a), b) && same(a.who, b.who);
}

bool same(const syntax::Information& a, const syntax::Information& b) {
  return same(static_cast<const syntax::EntryCommon&>(a), b) && same(a.text, b.text);
}

bool same(const syntax::Action& a, const syntax::Action& b) {
  if (a.levels.size() != b.levels.size() || a.escalate.size() != b.escalate.size()) return false;
  for (std::size_t i = 0; i < a.levels.size(); ++i) {
    if (a.levels[i].area.value != b.levels[i].area.value || a.levels[i].level.value != b.levels[i].level.value) {
      return false;
    }
  }
  for (std::size_t i = 0; i < a.escalate.size(); ++i) {
    if (a.escalate[i].step.value != b.escalate[i].step.value || !same(a.escalate[i].due, b.escalate[i].due)) {
      return false;
    }
  }
  return same(a.provide, b.provide) && same(a.inform, b.inform);
}

bool same(const syntax::Rule& a, const syntax::Rule& b) {
  return same(a.kind, b.kind) && same(a.area, b.area) && same(a.title, b.title) && same(a.when, b.when) &&
         same(a.then, b.then) && same(a.because, b.because) && same(a.plain, b.plain) && same(a.source, b.source) &&
         same(a.effective, b.effective);
}

std::string at(const SourceLocation& where) { return fmt::format("{}:{}:{}", where.file, where.line, where.column); }

// The entry with `id` that set `index` replaces: the nearest earlier one.
template <typename Syntax>
const Syntax* replaced(const Model& model, std::size_t index, const std::string& id,
                       std::vector<Syntax> syntax::RuleSet::*entries) {
  for (std::size_t i = index; i-- > 0;) {
    for (const auto& entry : model.chain.sets[i].*entries) {
      if (entry.id.value == id) return &entry;
    }
  }
  return nullptr;
}

template <typename Syntax>
void check_overrides(const Context& context, std::size_t index, std::vector<Syntax> syntax::RuleSet::*entries,
                     const char* what) {
  for (const auto& entry : context.model.chain.sets[index].*entries) {
    if (!entry.override_) continue;
    const Syntax* old = replaced(context.model, index, entry.id.value, entries);
    if (!old || !same(entry, *old)) continue;
    context.diag.warning(Code::OverrideUnchanged, entry.id.where,
                         fmt::format("{} `{}` overrides an identical {}: the override changes nothing", what,
                                     entry.id.value, what),
                         {fmt::format("the {} it overrides is at {}", what, at(old->id.where)),
                          "remove this copy, or change what you meant to change"});
  }
}

std::optional<ConstantValue> value_of(const Model& model, const syntax::Parameter& p) {
  if (!p.value.tree) return std::nullopt;
  return constant_value(model, *p.value.tree);
}

void check_parameters(const Context& context, std::size_t index) {
  for (const auto& parameter : context.model.chain.sets[index].parameters) {
    for (std::size_t i = index; i-- > 0;) {
      const auto& earlier = context.model.chain.sets[i].parameters;
      auto old = std::find_if(earlier.begin(), earlier.end(),
                              [&](const syntax::Parameter& p) { return p.name.value == parameter.name.value; });
      if (old == earlier.end()) continue;
      auto before = value_of(context.model, *old);
      auto now = value_of(context.model, parameter);
      if (before && now && *before == *now) {
        context.diag.warning(Code::OverrideUnchanged, parameter.name.where,
                             fmt::format("parameter `{}` is set to the value it already has in `{}`, so this line "
                                         "changes nothing",
                                         parameter.name.value, context.model.chain.sets[i].id.value),
                             {fmt::format("it is declared at {}", at(old->name.where)),
                              "remove this line, or give the value you meant"});
      }
      break;
    }
  }
}

}  // namespace

void unchanged_overrides(const Context& context) {
  for (std::size_t index : context.linted_sets) {
    check_overrides(context, index, &syntax::RuleSet::provision, "provision item");
    check_overrides(context, index, &syntax::RuleSet::steps, "step");
    check_overrides(context, index, &syntax::RuleSet::information, "information item");
    check_overrides(context, index, &syntax::RuleSet::rules, "rule");
    check_parameters(context, index);
  }
}

}  // namespace apdr::check::lint_pass
