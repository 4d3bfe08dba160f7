#include "profile/csv_columns.hpp"

#include <algorithm>
#include <array>
#include <map>

#include <fmt/format.h>

#include "core/area.hpp"
#include "profile/profile_reader.hpp"
#include "profile/csv_cells.hpp"
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

}  // namespace

std::vector<std::string> cohort_column_names(const Schema& schema) {
  std::vector<std::string> names = {"id", "as_of"};
  names.insert(names.end(), pupil_columns.begin(), pupil_columns.end());
  for (Area area : all_areas) names.push_back(fmt::format("need_{}", area_id(area)));
  names.insert(names.end(), {"codes", "in_place", "cycles", "review_due"});
  names.insert(names.end(), ehc_columns.begin(), ehc_columns.end());
  for (const auto& [name, spec] : schema.inputs) names.push_back("input_" + name);
  return names;
}

std::vector<std::string> read_csv_header(const CsvRecord& header, const std::string& file,
                                         const Schema& schema, Diagnostics& diagnostics) {
  const std::vector<std::string> known = cohort_column_names(schema);
  std::vector<std::string> columns;
  std::map<std::string, SourceLocation> seen;
  bool ok = true;
  std::vector<std::string> declared_inputs;
  for (const auto& [name, spec] : schema.inputs) declared_inputs.push_back(name);
  for (const auto& field : header.fields) {
    CellText name = whole_field(field, file);
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
  RowCells row;
  row.line = record.line;
  for (std::size_t i = 0; i < columns.size() && i < record.fields.size(); ++i) {
    CellText cell = whole_field(record.fields[i], file);
    if (cell.text.empty()) continue;  // empty means not known
    if (columns[i] == "codes") {
      row.codes = split_cell(cell, ';');
    } else if (columns[i] == "review_due") {
      row.review_due = std::move(cell);
    } else {
      row.cells.emplace(columns[i], std::move(cell));
    }
  }
  return row_tree(row, file, schema, diagnostics);
}

}  // namespace apdr::profile
