#include "profile/csv_columns.hpp"

#include <algorithm>
#include <array>
#include <map>

#include <fmt/format.h>

#include "core/area.hpp"
#include "profile/profile_reader.hpp"
#include "profile/text_values.hpp"

namespace apdr::profile {
namespace {

using Kind = yaml::Node::Kind;

const std::vector<std::string> pupil_columns = {"date_of_birth", "year_group", "phase", "setting"};
const std::vector<std::string> ehc_columns = {
    "ehc_requested",    "ehc_requested_by", "ehc_decided",     "ehc_decision",
    "ehc_draft_issued", "ehc_plan_issued",  "ehc_last_review",
    "ehc_review_notice", "ehc_review_outcome", "ehc_amendment_notice", "ehc_amended",
    "ehc_mediation_certificate"};

// Every column name a header may use with this schema.
std::vector<std::string> known_columns(const Schema& schema) {
  std::vector<std::string> names = {"id", "as_of"};
  names.insert(names.end(), pupil_columns.begin(), pupil_columns.end());
  for (Area area : all_areas) names.push_back(fmt::format("need_{}", area_id(area)));
  names.insert(names.end(), {"codes", "in_place", "cycles"});
  names.insert(names.end(), ehc_columns.begin(), ehc_columns.end());
  for (const auto& [name, spec] : schema.inputs) names.push_back("input_" + name);
  return names;
}

std::string_view trim(std::string_view text, std::size_t& removed_front) {
  removed_front = 0;
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
    text.remove_prefix(1);
    ++removed_front;
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// A piece of a field and where it stands; `exact` when its column is the
// column of its first character, so its parts can be located too.
struct Part {
  std::string text;
  SourceLocation where;
  bool exact = true;
};

Part whole_field(const CsvField& field, const std::string& file) {
  std::size_t removed = 0;
  std::string_view text = trim(field.text, removed);
  Part part{std::string(text), {file, field.line, field.column}, field.verbatim};
  if (field.verbatim) part.where.column += static_cast<std::uint32_t>(removed) + (field.quoted ? 1 : 0);
  return part;
}

// Splits at `separator`, trimming each piece and dropping empty ones.
std::vector<Part> split(const Part& part, char separator, bool keep_empty = false) {
  std::vector<Part> pieces;
  std::size_t start = 0;
  for (;;) {
    std::size_t end = part.text.find(separator, start);
    std::string_view raw = std::string_view(part.text).substr(start, end == std::string::npos ? std::string::npos : end - start);
    std::size_t removed = 0;
    std::string_view text = trim(raw, removed);
    if (!text.empty() || keep_empty) {
      Part piece{std::string(text), part.where, part.exact};
      if (part.exact) piece.where.column += static_cast<std::uint32_t>(start + removed);
      pieces.push_back(std::move(piece));
    }
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return pieces;
}

std::shared_ptr<yaml::Node> scalar_node(const Part& part) {
  auto node = std::make_shared<yaml::Node>();
  node->kind = Kind::scalar;
  node->text = part.text;
  node->where = part.where;
  return node;
}

std::shared_ptr<yaml::Node> container(Kind kind, const SourceLocation& where) {
  auto node = std::make_shared<yaml::Node>();
  node->kind = kind;
  node->where = where;
  return node;
}

void put(yaml::Node& mapping, const std::string& key, yaml::NodePtr value) {
  mapping.entries.emplace_back(scalar_node({key, value->where}), std::move(value));
}

std::shared_ptr<yaml::Node> list_node(const Part& part, char separator) {
  auto list = container(Kind::sequence, part.where);
  for (const auto& piece : split(part, separator)) list->items.push_back(scalar_node(piece));
  return list;
}

}  // namespace

std::vector<std::string> read_csv_header(const CsvRecord& header, const std::string& file,
                                         const Schema& schema, Diagnostics& diagnostics) {
  const std::vector<std::string> known = known_columns(schema);
  std::vector<std::string> columns;
  std::map<std::string, SourceLocation> seen;
  bool ok = true;
  std::vector<std::string> declared_inputs;
  for (const auto& [name, spec] : schema.inputs) declared_inputs.push_back(name);
  for (const auto& field : header.fields) {
    Part name = whole_field(field, file);
    columns.push_back(name.text);
    if (std::find(known.begin(), known.end(), name.text) == known.end()) {
      ok = false;
      if (name.text.rfind("input_", 0) == 0) {
        std::string input = name.text.substr(6);
        diagnostics.error(Code::ProfileBadInput, name.where,
                          fmt::format("column `{}`: `{}` is not an input this rule set declares",
                                      quoted_value(name.text), quoted_value(input)),
                          suggest_among(input, declared_inputs));
      } else {
        diagnostics.error(Code::UnknownKey, name.where,
                          fmt::format("`{}` is not a cohort column", quoted_value(name.text)),
                          suggest_among(name.text, known));
      }
      continue;
    }
    auto [earlier, inserted] = seen.emplace(name.text, name.where);
    if (!inserted) {
      ok = false;
      diagnostics.error(Code::DuplicateKey, name.where,
                        fmt::format("column `{}` is given twice", name.text),
                        {fmt::format("first given at {}:{}", earlier->second.line, earlier->second.column)});
    }
  }
  if (!ok) columns.clear();
  return columns;
}

yaml::NodePtr csv_row_tree(const CsvRecord& record, const std::vector<std::string>& columns,
                         const std::string& file, const Schema& schema, Diagnostics& diagnostics) {
  std::map<std::string, Part> cells;
  for (std::size_t i = 0; i < columns.size() && i < record.fields.size(); ++i) {
    Part cell = whole_field(record.fields[i], file);
    if (!cell.text.empty()) cells.emplace(columns[i], std::move(cell));  // empty means not known
  }
  auto cell = [&](const std::string& name) -> const Part* {
    auto found = cells.find(name);
    return found == cells.end() ? nullptr : &found->second;
  };

  auto root = container(Kind::mapping, {file, record.line, 1});
  if (auto* id = cell("id")) put(*root, "id", scalar_node(*id));
  if (auto* as_of = cell("as_of")) put(*root, "as_of", scalar_node(*as_of));

  auto pupil = container(Kind::mapping, root->where);
  for (const auto& name : pupil_columns) {
    if (auto* value = cell(name)) put(*pupil, name, scalar_node(*value));
  }
  if (!pupil->entries.empty()) put(*root, "pupil", pupil);

  // Needs, in area order: from need_<area> columns, then any area a code implies.
  std::array<std::shared_ptr<yaml::Node>, 4> needs;
  std::array<std::shared_ptr<yaml::Node>, 4> need_codes;
  auto need_for = [&](Area area, const SourceLocation& where) -> yaml::Node& {
    auto index = static_cast<std::size_t>(area);
    if (!needs[index]) {
      needs[index] = container(Kind::mapping, where);
      put(*needs[index], "area", scalar_node({std::string(area_id(area)), where}));
    }
    return *needs[index];
  };
  for (Area area : all_areas) {
    const Part* level = cell(fmt::format("need_{}", area_id(area)));
    if (!level) continue;
    yaml::Node& need = need_for(area, level->where);
    // `*` is a need whose level the school has not stated.
    if (level->text != "*") put(need, "level", scalar_node(*level));
  }
  if (auto* codes = cell("codes")) {
    std::vector<Part> arealess;
    for (auto& code : split(*codes, ';')) {
      const CensusCode* known = find_census_code(code.text);
      if (!known || !known->area) {
        arealess.push_back(std::move(code));
        continue;
      }
      need_for(*known->area, code.where);
      auto index = static_cast<std::size_t>(*known->area);
      if (!need_codes[index]) need_codes[index] = container(Kind::sequence, code.where);
      need_codes[index]->items.push_back(scalar_node(code));
    }
    // OTH, NSA (and unknown codes, which the schema then reports) sit under
    // the first need the row has.
    for (auto& code : arealess) {
      auto first = std::find_if(needs.begin(), needs.end(), [](const auto& need) { return need != nullptr; });
      if (first == needs.end()) {
        diagnostics.error(Code::ProfileBadEnum, code.where,
                          fmt::format("code `{}` has no need to sit under: give a level (or *) in a need_ column",
                                      quoted_value(code.text)));
        continue;
      }
      auto index = static_cast<std::size_t>(first - needs.begin());
      if (!need_codes[index]) need_codes[index] = container(Kind::sequence, code.where);
      need_codes[index]->items.push_back(scalar_node(code));
    }
  }
  auto need_list = container(Kind::sequence, root->where);
  for (std::size_t i = 0; i < needs.size(); ++i) {
    if (!needs[i]) continue;
    if (need_codes[i]) put(*needs[i], "codes", need_codes[i]);
    need_list->items.push_back(needs[i]);
  }
  if (!need_list->items.empty()) put(*root, "needs", need_list);

  if (auto* cycles = cell("cycles")) {
    static const std::array<const char*, 5> keys = {"area", "level", "started", "reviewed", "outcome"};
    auto list = container(Kind::sequence, cycles->where);
    for (const auto& entry : split(*cycles, ';')) {
      auto parts = split(entry, '|', /*keep_empty=*/true);
      if (parts.size() != 5 && parts.size() != 6) {
        diagnostics.error(Code::WrongShape, entry.where,
                          fmt::format("a cycle is written area|level|started|reviewed|outcome, with an "
                                      "optional |advice_from; this one has {} parts",
                                      parts.size()));
        continue;
      }
      auto cycle = container(Kind::mapping, entry.where);
      for (std::size_t i = 0; i < keys.size(); ++i) {
        if (!parts[i].text.empty()) put(*cycle, keys[i], scalar_node(parts[i]));
      }
      if (parts.size() == 6 && !parts[5].text.empty()) put(*cycle, "advice_from", list_node(parts[5], '+'));
      list->items.push_back(cycle);
    }
    put(*root, "cycles", list);
  }
  // An empty cell cannot tell "nothing" from "not filled in", so it is not
  // recorded; `none` says that nothing is in place.
  if (auto* in_place = cell("in_place"); in_place && !in_place->text.empty()) {
    put(*root, "in_place",
        in_place->text == "none" ? container(Kind::sequence, in_place->where) : list_node(*in_place, ';'));
  }

  auto ehc = container(Kind::mapping, root->where);
  for (const auto& name : ehc_columns) {
    if (auto* value = cell(name)) put(*ehc, name.substr(4), scalar_node(*value));
  }
  if (!ehc->entries.empty()) put(*root, "ehc", ehc);

  auto inputs = container(Kind::mapping, root->where);
  for (const auto& [name, spec] : schema.inputs) {
    const Part* value = cell("input_" + name);
    if (!value) continue;
    put(*inputs, name, spec.type == "list" ? list_node(*value, ';') : scalar_node(*value));
  }
  if (!inputs->entries.empty()) put(*root, "inputs", inputs);
  return root;
}

}  // namespace apdr::profile
