#include "evaluate/facts.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <tuple>

namespace apdr::eval {
namespace {

// How many list items the profile's facts hold, so that `items` is sized
// once and the views into it never move.
std::size_t items_needed(const profile::Profile& profile) {
  std::size_t n = profile.needs.size() + profile.cycles.size();
  for (const auto& need : profile.needs) n += need.codes.size() + need.awaiting_assessment.size();
  for (const auto& cycle : profile.cycles) n += cycle.advice_from.size();
  for (const auto& [name, input] : profile.inputs) {
    if (const auto* texts = std::get_if<std::vector<std::string>>(&input)) n += texts->size();
  }
  return n;
}

// Appends texts to `items` and returns them as a list.
run::Value text_list(std::vector<run::Value>& items, const std::vector<std::string>& texts) {
  std::size_t first = items.size();
  for (const auto& t : texts) items.push_back(run::Value::of_text(t));
  return run::Value::of_list(items.data() + first, texts.size());
}

run::Value input_value(std::vector<run::Value>& items, const profile::InputValue& input) {
  return std::visit(
      [&](const auto& v) -> run::Value {
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, bool>) return run::Value::boolean(v);
        else if constexpr (std::is_same_v<V, double>) return run::Value::of_number(v);
        else if constexpr (std::is_same_v<V, Date>) return run::Value::of_date(v);
        else if constexpr (std::is_same_v<V, Duration>) return run::Value::of_duration(v);
        else if constexpr (std::is_same_v<V, std::string>) return run::Value::of_text(v);
        else return text_list(items, v);
      },
      input);
}

template <typename T>
run::Value date_or_unknown(const std::optional<T>& d) { return d ? run::Value::of_date(*d) : run::Value::unknown(); }

// A profile's value of a built-in enumeration, as the symbol rules name it.
template <typename E>
run::Value symbol_or_unknown(const std::vector<int>& symbols, const std::optional<E>& v) {
  return v ? run::Value::of_id(run::Tag::symbol, symbols[static_cast<std::size_t>(*v)]) : run::Value::unknown();
}

static_assert(static_cast<std::size_t>(check::PupilField::setting) + 1 == std::tuple_size_v<decltype(run::Facts::pupil)>);
static_assert(static_cast<std::size_t>(check::EhcField::mediation_certificate) + 1 ==
              std::tuple_size_v<decltype(run::Facts::ehc)>);

void record_fields(const run::Program& program, const profile::Profile& profile, run::Facts& facts) {
  using check::EhcField;
  using check::PupilField;
  auto pupil = [&](PupilField field) -> run::Value& { return facts.pupil[static_cast<std::size_t>(field)]; };
  const profile::Pupil& p = profile.pupil;
  pupil(PupilField::date_of_birth) = date_or_unknown(p.date_of_birth);
  pupil(PupilField::year_group) =
      p.year_group ? run::Value::of_number(static_cast<double>(*p.year_group)) : run::Value::unknown();
  pupil(PupilField::phase) = symbol_or_unknown(program.phase_symbol, p.phase);
  pupil(PupilField::setting) = symbol_or_unknown(program.setting_symbol, p.setting);

  auto ehc = [&](EhcField field) -> run::Value& { return facts.ehc[static_cast<std::size_t>(field)]; };
  const profile::Ehc& e = profile.ehc;
  ehc(EhcField::requested) = date_or_unknown(e.requested);
  ehc(EhcField::requested_by) = symbol_or_unknown(program.requested_by_symbol, e.requested_by);
  ehc(EhcField::decided) = date_or_unknown(e.decided);
  ehc(EhcField::decision) = symbol_or_unknown(program.decision_symbol, e.decision);
  ehc(EhcField::draft_issued) = date_or_unknown(e.draft_issued);
  ehc(EhcField::plan_issued) = date_or_unknown(e.plan_issued);
  ehc(EhcField::last_review) = date_or_unknown(e.last_review);
  ehc(EhcField::review_notice) = date_or_unknown(e.review_notice);
  ehc(EhcField::review_outcome) = symbol_or_unknown(program.review_outcome_symbol, e.review_outcome);
  ehc(EhcField::amendment_notice) = date_or_unknown(e.amendment_notice);
  ehc(EhcField::amended) = date_or_unknown(e.amended);
  ehc(EhcField::mediation_certificate) = date_or_unknown(e.mediation_certificate);
}

}  // namespace

void prepare_facts(const run::Program& program, const profile::Profile& profile, Date today, run::Facts& facts) {
  const check::Model& model = *program.model;
  facts.profile = &profile;
  facts.today = today;
  facts.level = {-1, -1, -1, -1};
  facts.codes_present = 0;
  record_fields(program, profile, facts);
  facts.cycle_level.clear();
  facts.need_level.clear();
  facts.need_codes.clear();
  facts.advice_from.clear();
  facts.awaiting_assessment.clear();

  // Every list lives in `items`, reserved to its final size first: no
  // push_back below moves what the lists already point at.
  std::vector<run::Value>& items = facts.items;
  items.clear();
  items.reserve(items_needed(profile));

  std::size_t needs_at = items.size();
  for (const auto& need : profile.needs) items.push_back(run::Value::of_need(&need));
  facts.needs = run::Value::of_list(items.data() + needs_at, profile.needs.size());
  for (const auto& need : profile.needs) {
    // A need with no stated level starts at the ladder's lowest level.
    int level = need.level ? program.local_level_of(*need.level) : 0;
    if (level < 0) level = 0;
    auto& slot = facts.level[static_cast<std::size_t>(need.area)];
    slot = std::max(slot, level);
    facts.need_level.push_back(level);
    // Census codes become indices once, so rules never compare code strings.
    std::size_t codes_at = items.size();
    for (const auto& code : need.codes) {
      if (const CensusCode* found = find_census_code(code)) {
        auto index = static_cast<int>(found - census_codes().data());
        items.push_back(run::Value::of_id(run::Tag::code, index));
        facts.codes_present |= 1u << index;
      }
    }
    facts.need_codes.push_back(run::Value::of_list(items.data() + codes_at, items.size() - codes_at));
    facts.awaiting_assessment.push_back(text_list(items, need.awaiting_assessment));
  }

  for (const auto& cycle : profile.cycles) {
    facts.cycle_level.push_back(cycle.level ? program.local_level_of(*cycle.level) : -1);
    facts.advice_from.push_back(text_list(items, cycle.advice_from));
  }
  // Cycles by area, oldest first, as they stand in the profile.
  for (std::size_t area = 0; area < facts.cycles.size(); ++area) {
    std::size_t at = items.size();
    for (const auto& cycle : profile.cycles) {
      if (static_cast<std::size_t>(cycle.area) == area) items.push_back(run::Value::of_cycle(&cycle));
    }
    facts.cycles[area] = run::Value::of_list(items.data() + at, items.size() - at);
  }

  // A profile answers a few of the rule set's inputs: each answer is looked
  // up, rather than each input the rule set has.
  facts.inputs.assign(model.inputs.size(), run::Value::unknown());
  for (const auto& [name, answer] : profile.inputs) {
    auto found = program.input_ids.find(name);
    if (found == program.input_ids.end()) continue;
    auto i = static_cast<std::size_t>(found->second);
    const check::Input& input = model.inputs[i];
    run::Value value = input_value(items, answer);
    // A one_of answer is one of the input's values, which rules name as
    // bare words (`transport == taxi`): the same symbol, not text.
    if (input.type.kind == check::TypeKind::enumeration && value.tag == run::Tag::text) {
      int symbol = model.find_symbol(value.text());
      value = symbol >= 0 ? run::Value::of_id(run::Tag::symbol, symbol) : run::Value::unknown();
    }
    facts.inputs[i] = value;
  }

  facts.in_place.assign(model.provision.size(), false);
  facts.in_place_recorded = profile.in_place.has_value();
  if (profile.in_place) {
    for (const auto& id : *profile.in_place) {
      int found = program.provision_index(id);
      if (found >= 0) facts.in_place[static_cast<std::size_t>(found)] = true;
    }
  }
}

run::Facts prepare_facts(const run::Program& program, const profile::Profile& profile, Date today) {
  run::Facts facts;
  prepare_facts(program, profile, today, facts);
  return facts;
}

}  // namespace apdr::eval
