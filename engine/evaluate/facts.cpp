#include "evaluate/facts.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>

namespace apdr::eval {
namespace {

run::Value input_value(const profile::InputValue& input) {
  return std::visit(
      [](const auto& v) -> run::Value {
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, bool>) return run::Value::boolean(v);
        else if constexpr (std::is_same_v<V, double>) return run::Value::of_number(v);
        else if constexpr (std::is_same_v<V, Date>) return run::Value::of_date(v);
        else if constexpr (std::is_same_v<V, Duration>) return run::Value::of_duration(v);
        else if constexpr (std::is_same_v<V, std::string>) return run::Value::of_text(v);
        else {
          auto items = std::make_shared<std::vector<run::Value>>();
          for (const auto& item : v) items->push_back(run::Value::of_text(item));
          return run::Value::of_list(std::move(items));
        }
      },
      input);
}

}  // namespace

run::Facts prepare_facts(const run::Program& program, const profile::Profile& profile, Date today) {
  const check::Model& model = *program.model;
  run::Facts facts;
  facts.profile = &profile;
  facts.today = today;

  // The pupil's lists (needs, each need's codes, cycles by area) live in one
  // block; the facts' shared_ptrs to them share its ownership (aliasing
  // constructor). One allocation for the block instead of one per list, of
  // which four (the cycle areas) were made for every pupil.
  struct Lists {
    std::vector<run::Value> needs;
    std::vector<std::vector<run::Value>> need_codes;
    std::array<std::vector<run::Value>, 4> cycles;
  };
  auto lists = std::make_shared<Lists>();
  lists->needs.reserve(profile.needs.size());
  lists->need_codes.reserve(profile.needs.size());
  for (const auto& need : profile.needs) {
    // A need with no stated level starts at the ladder's lowest level.
    int level = need.level ? program.local_level_of(*need.level) : 0;
    if (level < 0) level = 0;
    auto& slot = facts.level[static_cast<std::size_t>(need.area)];
    slot = std::max(slot, level);
    facts.need_level.push_back(level);
    // Census codes become indices once, so rules never compare code strings.
    auto& codes = lists->need_codes.emplace_back();
    for (const auto& code : need.codes) {
      if (const CensusCode* found = find_census_code(code)) {
        auto index = static_cast<int>(found - census_codes().data());
        codes.push_back(run::Value::of_id(run::Tag::code, index));
        facts.codes_present |= 1u << index;
      }
    }
    run::Value v;
    v.tag = run::Tag::need;
    v.need = &need;
    lists->needs.push_back(v);
  }

  for (const auto& cycle : profile.cycles) {
    facts.cycle_level.push_back(cycle.level ? program.local_level_of(*cycle.level) : -1);
    run::Value v;
    v.tag = run::Tag::cycle;
    v.cycle = &cycle;
    lists->cycles[static_cast<std::size_t>(cycle.area)].push_back(v);
  }

  // Only now that no list grows any more may the facts point into them.
  using List = std::shared_ptr<const std::vector<run::Value>>;
  facts.needs = List(lists, &lists->needs);
  for (const auto& codes : lists->need_codes) facts.need_codes.push_back(List(lists, &codes));
  for (std::size_t i = 0; i < lists->cycles.size(); ++i) facts.cycles[i] = List(lists, &lists->cycles[i]);

  facts.inputs.resize(model.inputs.size());
  for (std::size_t i = 0; i < model.inputs.size(); ++i) {
    const check::Input& input = model.inputs[i];
    auto it = profile.inputs.find(input.name);
    if (it == profile.inputs.end()) continue;
    run::Value value = input_value(it->second);
    // A one_of answer is one of the input's values, which rules name as
    // bare words (`transport == taxi`): the same symbol, not text.
    if (input.type.kind == check::TypeKind::enumeration && value.tag == run::Tag::text) {
      int symbol = model.find_symbol(value.text);
      value = symbol >= 0 ? run::Value::of_id(run::Tag::symbol, symbol) : run::Value::unknown();
    }
    facts.inputs[i] = value;
  }

  facts.in_place.assign(model.provision.size(), false);
  facts.in_place_recorded = profile.in_place.has_value();
  if (profile.in_place) {
    std::unordered_map<std::string_view, std::size_t> index;
    index.reserve(model.provision.size());
    for (std::size_t i = 0; i < model.provision.size(); ++i) index.emplace(model.provision[i].id, i);
    for (const auto& id : *profile.in_place) {
      if (auto found = index.find(id); found != index.end()) facts.in_place[found->second] = true;
    }
  }
  return facts;
}

}  // namespace apdr::eval
