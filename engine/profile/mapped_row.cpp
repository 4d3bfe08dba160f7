#include "profile/mapped_row.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "core/quoted_value.hpp"
#include "core/suggest.hpp"
#include "profile/profile_reader.hpp"

namespace apdr::profile {
namespace {

std::string at(const SourceLocation& where) { return fmt::format("{}:{}:{}", where.file, where.line, where.column); }

// A value a plain apdr cell would refuse but a `read:` would take: say
// which, since the whole column is likely written that way.
std::optional<std::string> read_hint(const MappedColumn& mapped, const std::string& text) {
  if (mapped.read != CellRead::as_is) return std::nullopt;
  auto hint = [&](CellRead how, std::string_view word) -> std::optional<std::string> {
    CellReading reading = read_cell(how, text);
    if (!reading.ok() || reading.value == text) return std::nullopt;
    return fmt::format("add `read: {}` to `{}` in the map ({}) to read values like this one", word, mapped.field,
                       at(mapped.where));
  };
  if (mapped.field == "pupil.year_group") return hint(CellRead::year, "year");
  if (mapped.field == "level" || mapped.field.starts_with("need.")) {
    return hint(CellRead::census, "census");
  }
  if (text.find('/') != std::string::npos) return hint(CellRead::day_month_year, "dd/mm/yyyy");
  return std::nullopt;
}

// The code and words for a value not in apdr's own form for `field`.
std::pair<Code, std::string> expected_form(const std::string& field) {
  if (field == "pupil.year_group") return {Code::InvalidValue, "a year group as apdr writes it (a whole number)"};
  if (field == "level" || field.starts_with("need.")) return {Code::ProfileUnknownLevel, "a level or census code"};
  if (field == "codes") return {Code::ProfileBadEnum, "a census type code as apdr writes it (upper case)"};
  return {Code::ProfileBadDate, "a date as apdr writes it (YYYY-MM-DD)"};
}

}  // namespace

std::optional<BoundHeader> bind_column_map(const ColumnMap& map, const CsvRecord& header, const std::string& file,
                                           Diagnostics& diagnostics) {
  BoundHeader bound;
  std::map<std::string, std::size_t> in_header;  // name → place
  bool ok = true;
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    CellText name = whole_field(header.fields[i], file);
    bound.names.push_back(name.text);
    auto [earlier, inserted] = in_header.emplace(name.text, i);
    if (!inserted) {
      ok = false;
      const CsvField& first = header.fields[earlier->second];
      diagnostics.error(Code::DuplicateKey, name.where, fmt::format("column `{}` is given twice", quoted_value(name.text)),
                        {fmt::format("first given at {}:{}", first.line, first.column)});
    }
  }
  bound.columns.resize(header.fields.size());
  std::vector<char> named(header.fields.size(), 0);
  // The map's columns the header lacks, for "did you mean" both ways.
  std::vector<std::string> absent;
  std::vector<SourceLocation> absent_where;
  auto place = [&](const std::string& column, const SourceLocation& where, BoundHeader::Role role,
                   std::size_t index, bool required) -> bool {
    auto found = in_header.find(column);
    if (found == in_header.end()) {
      absent.push_back(column);
      absent_where.push_back(where);
      if (!required) return false;
      ok = false;
      if (role == BoundHeader::Role::id) {
        diagnostics.error(Code::MissingKey, where,
                          fmt::format("the id column `{}` is not in the header of {}", quoted_value(column), file),
                          suggest_among(column, bound.names));
      } else {
        diagnostics.error(Code::UnknownKey, where,
                          fmt::format("column `{}` is not in the header of {}", quoted_value(column), file),
                          suggest_among(column, bound.names));
      }
      return false;
    }
    named[found->second] = 1;
    bound.columns[found->second] = {role, index};
    return true;
  };
  place(map.id.column, map.id.where, BoundHeader::Role::id, 0, true);
  for (std::size_t i = 0; i < map.columns.size(); ++i) {
    place(map.columns[i].column, map.columns[i].where, BoundHeader::Role::mapped, i, true);
  }
  for (const auto& kept : map.keep) {
    if (place(kept.column, kept.where, BoundHeader::Role::kept, bound.kept_names.size(), true)) {
      bound.kept_at.push_back(in_header[kept.column]);
      bound.kept_names.push_back(kept.column);
    }
  }
  // An ignored column the header lacks is no harm: one map may serve
  // exports with and without it.
  for (const auto& ignored : map.ignore) place(ignored.column, ignored.where, BoundHeader::Role::ignored, 0, false);

  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    if (named[i]) continue;
    ok = false;
    CellText name = whole_field(header.fields[i], file);
    std::vector<std::string> notes;
    if (auto near = closest_name(name.text, absent)) {
      auto index = static_cast<std::size_t>(std::find(absent.begin(), absent.end(), *near) - absent.begin());
      notes.push_back(fmt::format("did you mean `{}`, which the map names at {}?", quoted_value(*near),
                                  at(absent_where[index])));
    }
    notes.push_back(fmt::format("every column must be named: map it under `columns:`, carry it through with "
                                "`keep:`, or leave it out with `ignore:` ({})",
                                at(map.ignore_where)));
    diagnostics.error(Code::UnknownKey, name.where,
                      fmt::format("column `{}` is not named by the column map {}", quoted_value(name.text), map.file),
                      std::move(notes));
  }
  if (!ok) return std::nullopt;
  return bound;
}

RowCells mapped_row_cells(const ColumnMap& map, const BoundHeader& header, const CsvRecord& record,
                          const std::string& file, std::vector<std::string>& kept, Diagnostics& diagnostics) {
  RowCells row;
  row.line = record.line;
  row.from_map = true;
  kept.assign(header.kept_names.size(), std::string());
  for (std::size_t i = 0; i < header.kept_at.size(); ++i) {
    kept[i] = whole_field(record.fields[header.kept_at[i]], file).text;
  }
  for (std::size_t i = 0; i < record.fields.size() && i < header.columns.size(); ++i) {
    const auto& column = header.columns[i];
    if (column.role == BoundHeader::Role::kept || column.role == BoundHeader::Role::ignored) continue;
    CellText cell = whole_field(record.fields[i], file);
    if (cell.text.empty()) continue;  // empty means not known
    if (column.role == BoundHeader::Role::id) {
      row.cells.emplace("id", std::move(cell));
      continue;
    }
    const MappedColumn& mapped = map.columns[column.index];
    if (mapped.field == "codes") {
      // One column may hold several codes, `SEMH;SPLD`, each read alone.
      for (auto& code : split_cell(cell, ';')) {
        std::string text = read_cell(mapped.read, code.text).value;
        if (text != code.text) code.exact = false;
        code.text = std::move(text);
        row.codes.push_back(std::move(code));
      }
      continue;
    }
    CellReading reading = read_cell(mapped.read, cell.text);
    if (!reading.ok()) {
      const std::string* reason = &reading.error;
      Code code = mapped.read == CellRead::day_month_year ? Code::ProfileBadDate : Code::InvalidValue;
      diagnostics.error(code, cell.where, fmt::format("column `{}`: {}", quoted_value(header.names[i]), *reason),
                        {fmt::format("the map reads `{}` from this column ({})", mapped.field, at(mapped.where))});
      continue;
    }
    std::string text = std::move(reading.value);
    if (auto hint = read_hint(mapped, text)) {
      // The profile reader would refuse the value as it stands, with a
      // message about apdr's own form; say here what fixes the whole column.
      auto [code, what] = expected_form(mapped.field);
      diagnostics.error(code, cell.where,
                        fmt::format("column `{}`: `{}` is not {}", quoted_value(header.names[i]),
                                    quoted_value(cell.text), what),
                        {*hint});
      continue;
    }
    if (text != cell.text) cell.exact = false;
    cell.text = std::move(text);
    if (mapped.field == "level") {
      row.level = std::move(cell);
    } else if (mapped.field == "review_due") {
      row.review_due = std::move(cell);
    } else {
      row.cells.emplace(cohort_column_of(mapped.field), std::move(cell));
    }
  }
  return row;
}

}  // namespace apdr::profile
