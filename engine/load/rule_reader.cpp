// The `rules:` section: a list of rules, each with a `then` of actions.
#include <fmt/format.h>

#include "load/entry_readers.hpp"
#include "load/expression_reader.hpp"
#include "load/rule_file_keys.hpp"

namespace apdr::load {
namespace {

using Keys = std::vector<std::string>;

void read_escalations(const YamlFile& file, const Field& field, std::string_view what,
                      std::vector<syntax::Escalation>& out) {
  const Keys& keys = rule_file::escalation.allowed;
  const Keys& required = rule_file::escalation.required;
  if (!field.value->is_sequence()) {
    file.error(Code::WrongShape, field.value_where,
               fmt::format("`escalate` of {} should be a list of `- {{ step: …, due: … }}`, but it is {}",
                           what, shape_of(*field.value)));
    return;
  }
  for (const auto& item : field.value->items) {
    std::string where_what = fmt::format("an escalation of {}", what);
    auto fields = read_fields(file, *item, field.value_where, where_what, keys);
    if (!fields) continue;
    // Without a step the escalation is reported and kept (an empty step, not
    // looked up), so its `due` is still checked.
    require_keys(file, *fields, where_what, required);
    syntax::Escalation escalation;
    auto step = read_optional_scalar(file, *fields, "step", fmt::format("`step` of {}", where_what));
    if (step) escalation.step = *step;
    escalation.where = fields->where;
    if (const Field* due = fields->find("due")) {
      escalation.due = read_expression(file, *due, fmt::format("`due` of {}", where_what));
    }
    out.push_back(std::move(escalation));
  }
}

void read_action(const YamlFile& file, const Field& field, std::string_view what, syntax::Action& out) {
  const Keys& keys = rule_file::action.allowed;
  std::string then_what = fmt::format("`then` of {}", what);
  auto fields = read_fields(file, *field.value, field.value_where, then_what, keys);
  out.where = field.value_where;
  if (!fields) return;
  if (const Field* levels = fields->find("level")) {
    static const Keys any;
    auto areas = read_fields(file, *levels->value, levels->value_where,
                             fmt::format("`level` of {} (area: level, e.g. `{{ semh: range3 }}`)", then_what),
                             any);
    if (areas) {
      for (const auto& area : areas->items) {
        auto level = read_scalar(file, area, fmt::format("the level for `{}` in {}", area.key.value, then_what));
        if (level) out.levels.push_back(syntax::LevelAction{area.key, *level});
      }
    }
  }
  if (const Field* provide = fields->find("provide")) {
    out.provide = read_scalar_list(file, *provide, fmt::format("`provide` of {}", then_what), true);
  }
  if (const Field* escalate = fields->find("escalate")) read_escalations(file, *escalate, what, out.escalate);
  if (const Field* inform = fields->find("inform")) {
    out.inform = read_scalar_list(file, *inform, fmt::format("`inform` of {}", then_what), true);
  }
}

// Every item of the output says `by` what it came: rule ids, or `level` for
// a catalogue item reached by level and `profile` for the profile's own
// statement. A rule with one of those ids could not be told apart (E050).
void refuse_reserved_id(const YamlFile& file, const syntax::Scalar& id) {
  if (id.value != "level" && id.value != "profile") return;
  const char* meaning = id.value == "level" ? "a provision item reached by the pupil's level alone"
                                            : "what the profile itself states";
  file.error(Code::ReservedId, id.where,
             fmt::format("`{}` cannot be a rule id: in results, `by: {}` marks {}, so a rule of that id "
                         "could not be told apart from it",
                         id.value, id.value, meaning),
             {"give the rule an id of its own that says what it decides, e.g. `semh-persisting`"});
}

}  // namespace

void read_rules(const YamlFile& file, const Field& section, std::vector<syntax::Rule>& out) {
  const Keys& keys = rule_file::rule.allowed;
  const Keys& required = rule_file::rule.required;
  if (!section.value->is_sequence()) {
    file.error(Code::WrongShape, section.value_where,
               fmt::format("`rules` should be a list of rules (`- id: …`), but it is {}", shape_of(*section.value)));
    return;
  }
  std::size_t index = 0;
  for (const auto& item : section.value->items) {
    ++index;
    std::string what = fmt::format("rule {} of `rules`", index);
    auto fields = read_fields(file, *item, section.value_where, what, keys);
    if (!fields) continue;
    if (const Field* id = fields->find("id"); id != nullptr && id->value->is_scalar()) {
      what = fmt::format("rule `{}`", id->value->text);
    }
    // An incomplete rule is reported and still checked: its expressions and
    // references may hold mistakes of their own.
    require_keys(file, *fields, what, required);
    syntax::Rule rule;
    rule.where = fields->where;
    auto id = read_optional_scalar(file, *fields, "id", fmt::format("`id` of {}", what));
    if (id) {
      rule.id = *id;
      refuse_reserved_id(file, *id);
    }
    rule.kind = read_kind(file, *fields, what);
    rule.area = read_optional_scalar(file, *fields, "area", fmt::format("`area` of {}", what));
    rule.title = read_optional_scalar(file, *fields, "title", fmt::format("`title` of {}", what));
    if (const Field* when = fields->find("when")) {
      rule.when = read_expression(file, *when, fmt::format("`when` of {}", what));
    }
    if (const Field* then = fields->find("then")) read_action(file, *then, what, rule.then);
    rule.because = read_optional_scalar(file, *fields, "because", fmt::format("`because` of {}", what));
    rule.plain = read_optional_scalar(file, *fields, "plain", fmt::format("`plain` of {}", what));
    rule.source = read_optional_scalar(file, *fields, "source", fmt::format("`source` of {}", what));
    read_effective_and_override(file, *fields, what, rule.effective, rule.override_);
    out.push_back(std::move(rule));
  }
}

}  // namespace apdr::load
