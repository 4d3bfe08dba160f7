#include <algorithm>
#include <tuple>
#include <type_traits>
#include <variant>

#include <fmt/format.h>

#include "check/record_fields.hpp"
#include "compile/cited_sources.hpp"
#include "compile/compile_expression.hpp"
#include "compile/program.hpp"

namespace apdr::run {
namespace {

Value constant_value(const check::ConstantValue& constant) {
  return std::visit(
      [](const auto& v) {
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, double>) return Value::of_number(v);
        else if constexpr (std::is_same_v<V, bool>) return Value::boolean(v);
        else if constexpr (std::is_same_v<V, Date>) return Value::of_date(v);
        else if constexpr (std::is_same_v<V, Duration>) return Value::of_duration(v);
        else return Value::of_text(v);
      },
      constant);
}

}  // namespace

void Missing::add(std::string_view fact) {
  if (std::find(facts.begin(), facts.end(), fact) == facts.end()) facts.push_back(fact);
}

Frame::Frame(const Program& p, const Facts& f)
    : program(p),
      facts(f),
      derived(p.derived.size()),
      derived_ready(p.derived.size(), 0),
      derived_parameters(p.derived.size(), 0),
      stack(p.stack_room) {}

void Frame::reset_derived() {
  std::fill(derived_ready.begin(), derived_ready.end(), 0);
  derived_scratch.clear();
}

int Program::local_level_of(std::string_view id) const {
  const check::Ladder& ladder = model->ladder;
  int local = ladder.find_local(id);
  if (local >= 0) return local;
  int root = ladder.find_root(id);
  return root >= 0 ? ladder.lowest_local_in_root[static_cast<std::size_t>(root)] : -1;
}

int Program::provision_index(std::string_view id) const {
  auto it = provision_ids.find(id);
  return it != provision_ids.end() ? it->second : -1;
}

bool Program::reaches(const check::Provision& item, const check::Ladder& ladder, int local) {
  if (local < 0) return false;
  if (item.level_is_root) return ladder.local[static_cast<std::size_t>(local)].root >= item.level;
  return local >= item.level;
}

namespace {

// The parameters `node` reads, through derived values too, each once.
void parameters_read(const check::Model& model, const expr::Node& node, std::vector<int>& out,
                     std::vector<char>& derived_seen) {
  if (const check::Resolution* found = model.resolution_of(node)) {
    const check::Resolution& r = *found;
    if (r.ref == check::Resolution::Ref::parameter) {
      if (std::find(out.begin(), out.end(), r.index) == out.end()) out.push_back(r.index);
    } else if (r.ref == check::Resolution::Ref::derived && !derived_seen[static_cast<std::size_t>(r.index)]) {
      derived_seen[static_cast<std::size_t>(r.index)] = 1;
      const auto* syntax = model.derived[static_cast<std::size_t>(r.index)].syntax;
      if (syntax && syntax->value.tree) parameters_read(model, *syntax->value.tree, out, derived_seen);
    }
  }
  for (const auto& child : node.children) parameters_read(model, *child, out, derived_seen);
}

std::string constant_words(const check::ConstantValue& value) {
  return std::visit(
      [](const auto& v) -> std::string {
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, double>) return fmt::format("{}", v);
        else if constexpr (std::is_same_v<V, bool>) return v ? "true" : "false";
        else if constexpr (std::is_same_v<V, Date>) return v.iso();
        else if constexpr (std::is_same_v<V, Duration>) return describe(v);
        else return v;
      },
      value);
}

// Program::provision_reached, with the rule evaluation applies: an item of
// an area is reached when the pupil's level there is at or above the
// item's; a whole-school item, when the pupil's highest level is, and an
// item at the lowest level is for every pupil.
void reached_by_level(Program& program) {
  const check::Model& m = *program.model;
  const check::Ladder& ladder = m.ladder;
  auto levels = static_cast<int>(ladder.local.size());
  for (auto& by_level : program.provision_reached) by_level.assign(ladder.local.size() + 1, {});
  for (std::size_t i = 0; i < m.provision.size(); ++i) {
    const check::Provision& item = m.provision[i];
    std::size_t slot = item.area ? static_cast<std::size_t>(*item.area) : 4;
    bool for_everyone = !item.area && item.level == 0;
    for (int level = -1; level < levels; ++level) {
      if (for_everyone || Program::reaches(item, ladder, level)) {
        program.provision_reached[slot][static_cast<std::size_t>(level + 1)].push_back(static_cast<int>(i));
      }
    }
  }
}

// Program::provision_rank.
void provision_ranks(Program& program) {
  const check::Model& m = *program.model;
  std::vector<std::tuple<int, int, std::size_t>> keys;
  for (std::size_t i = 0; i < m.provision.size(); ++i) {
    const check::Provision& item = m.provision[i];
    int area = item.area ? static_cast<int>(*item.area) : -1;
    int level = item.level_is_root
                    ? std::max(0, m.ladder.lowest_local_in_root[static_cast<std::size_t>(item.level)])
                    : item.level;
    keys.emplace_back(area, level, i);
  }
  std::sort(keys.begin(), keys.end());
  program.provision_rank.resize(keys.size());
  for (std::size_t rank = 0; rank < keys.size(); ++rank) {
    program.provision_rank[std::get<2>(keys[rank])] = static_cast<int>(rank);
  }
}

}  // namespace

std::shared_ptr<const Program> compile(std::unique_ptr<check::Model> model) {
  auto program = std::make_shared<Program>();
  program->model = std::move(model);
  const check::Model& m = *program->model;

  auto symbols = [&](check::BuiltinEnum e) { return m.enums[static_cast<std::size_t>(check::builtin_enum(e))].members; };
  program->phase_symbol = symbols(check::BuiltinEnum::phase);
  program->setting_symbol = symbols(check::BuiltinEnum::setting);
  program->outcome_symbol = symbols(check::BuiltinEnum::outcome);
  program->requested_by_symbol = symbols(check::BuiltinEnum::requested_by);
  program->decision_symbol = symbols(check::BuiltinEnum::decision);
  program->review_outcome_symbol = symbols(check::BuiltinEnum::review_outcome);

  for (const auto& parameter : m.parameters) program->parameters.push_back(constant_value(parameter.value));

  for (std::size_t i = 0; i < m.provision.size(); ++i) {
    program->provision_ids.emplace(m.provision[i].id, static_cast<int>(i));
  }
  reached_by_level(*program);
  provision_ranks(*program);
  for (std::size_t i = 0; i < m.inputs.size(); ++i) program->input_ids.emplace(m.inputs[i].name, static_cast<int>(i));

  // Every name `missing` can list for a cycle's field, made once.
  for (std::size_t a = 0; a < all_areas.size(); ++a) {
    auto area = static_cast<Area>(a);
    for (std::size_t field = 0; field < check::cycle_fields().size(); ++field) {
      program->fact_names.push_back(fact_name_of_cycle_field(area, static_cast<check::CycleField>(field)));
      program->cycle_field_facts.push_back(program->fact_names.back());
    }
  }

  auto compile_optional = [&](const syntax::Expression* expression) -> Compiled {
    if (expression == nullptr || !expression->tree) return {};
    return compile_expression(*program, *expression);
  };
  for (const auto& derived : m.derived) program->derived.push_back(compile_optional(&derived.syntax->value));
  for (const auto& rule : m.rules) {
    program->rule_when.push_back(compile_optional(rule.when));
    std::vector<Compiled> dues;
    std::vector<std::vector<Program::AssumedDefault>> assumed;
    for (const auto& escalation : rule.escalate) {
      dues.push_back(compile_optional(escalation.due));
      std::vector<int> parameters;
      if (escalation.due && escalation.due->tree) {
        std::vector<char> derived_seen(m.derived.size(), 0);
        parameters_read(m, *escalation.due->tree, parameters, derived_seen);
      }
      std::vector<Program::AssumedDefault> defaults;
      for (int p : parameters) {
        const check::Parameter& parameter = m.parameters[static_cast<std::size_t>(p)];
        defaults.push_back({parameter.name, constant_words(parameter.value), p});
      }
      assumed.push_back(std::move(defaults));
    }
    program->rule_due.push_back(std::move(dues));
    program->rule_due_defaults.push_back(std::move(assumed));
  }
  for (const auto& item : m.provision) program->provision_when.push_back(compile_optional(item.when));

  program->provided_by.resize(m.provision.size());
  program->informed_by.resize(m.information.size());
  for (std::size_t r = 0; r < m.rules.size(); ++r) {
    // A rule naming an item twice still provides it once.
    auto add = [&](std::vector<int>& rules) {
      if (rules.empty() || rules.back() != static_cast<int>(r)) rules.push_back(static_cast<int>(r));
    };
    for (int item : m.rules[r].provide) add(program->provided_by[static_cast<std::size_t>(item)]);
    for (int item : m.rules[r].inform) add(program->informed_by[static_cast<std::size_t>(item)]);
  }

  fill_cited_sources(*program);

  // What a profile may say under this rule set.
  profile::Schema& schema = program->schema;
  for (const auto& level : m.ladder.local) schema.level_ids.push_back(level.id);
  for (const auto& level : m.ladder.root) {
    if (std::find(schema.level_ids.begin(), schema.level_ids.end(), level.id) == schema.level_ids.end()) {
      schema.level_ids.push_back(level.id);
    }
  }
  for (const auto& level : m.ladder.root) {
    if (!level.census.empty()) schema.census_levels.emplace(level.census, level.id);
  }
  for (const auto& input : m.inputs) {
    schema.inputs[input.name] = {input.type_name, input.values, input.item_type};
  }
  for (const auto& item : m.provision) schema.provision_ids.push_back(item.id);
  return program;
}

}  // namespace apdr::run
