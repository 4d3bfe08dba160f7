#include "ask/draft_profile.hpp"

#include <fmt/format.h>

namespace apdr::ask {

std::string yaml_quote(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          out += fmt::format("\\x{:02x}", static_cast<unsigned>(c));
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string phase_for_year(long long year_group) {
  if (year_group < 0) return "early_years";
  if (year_group <= 6) return "primary";
  if (year_group <= 11) return "secondary";
  return "post16";
}

std::string to_yaml(const DraftProfile& draft) {
  std::string out = "# Written by `apdr ask` from a parent carer's answers. Facts left out were not known.\n";
  out += "apdr-profile: 1\n";
  out += fmt::format("id: {}\n", yaml_quote(draft.id));
  out += fmt::format("as_of: {}\n", draft.as_of.iso());

  std::vector<std::string> pupil;
  if (draft.date_of_birth) pupil.push_back("date_of_birth: " + draft.date_of_birth->iso());
  if (draft.year_group) pupil.push_back(fmt::format("year_group: {}", *draft.year_group));
  if (draft.phase) pupil.push_back("phase: " + *draft.phase);
  if (draft.setting) pupil.push_back("setting: " + *draft.setting);
  if (!pupil.empty()) {
    out += "pupil:\n";
    for (const auto& line : pupil) out += "  " + line + "\n";
  }

  if (!draft.needs.empty()) {
    out += "needs:\n";
    for (Area area : draft.needs) {
      out += fmt::format("  - area: {}\n", area_id(area));
      if (draft.level) out += fmt::format("    level: {}\n", *draft.level);
    }
  }

  if (!draft.cycles.empty()) {
    out += "cycles:\n";
    for (const auto& cycle : draft.cycles) {
      out += fmt::format("  - area: {}\n", area_id(cycle.area));
      if (cycle.started) out += fmt::format("    started: {}\n", cycle.started->iso());
      if (cycle.reviewed) out += fmt::format("    reviewed: {}\n", cycle.reviewed->iso());
      if (cycle.outcome) out += fmt::format("    outcome: {}\n", *cycle.outcome);
      if (cycle.specialist_advice) out += "    advice_from: [specialist]\n";
    }
  }

  if (draft.in_place && draft.in_place->empty()) {
    out += "in_place: []\n";
  } else if (draft.in_place) {
    out += "in_place:\n";
    for (const auto& id : *draft.in_place) out += "  - " + yaml_quote(id) + "\n";
  }

  if (!draft.ehc.empty()) {
    out += "ehc:\n";
    for (const auto& [field, value] : draft.ehc) out += fmt::format("  {}: {}\n", field, value);
  }

  if (!draft.inputs.empty()) {
    out += "inputs:\n";
    for (const auto& [name, values] : draft.inputs) {
      auto list = draft.input_is_list.find(name);
      if (list != draft.input_is_list.end() && list->second) {
        std::string items;
        for (std::size_t i = 0; i < values.size(); ++i) items += (i ? ", " : "") + yaml_quote(values[i]);
        out += fmt::format("  {}: [{}]\n", name, items);
      } else if (!values.empty()) {
        out += fmt::format("  {}: {}\n", name, yaml_quote(values.front()));
      }
    }
  }
  return out;
}

}  // namespace apdr::ask
