#pragma once
// The cells of one cohort row, by apdr's CSV column names, before they
// become a profile tree. A plain CSV cohort fills them straight from its
// columns; a column map (profile/mapped_row.hpp) fills them from a school's
// own export, after reading its values. Both then make the same tree, so
// every row is validated by the same profile reader.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "profile/csv_records.hpp"
#include "profile/profile.hpp"
#include "yaml/node.hpp"

namespace apdr::profile {

// A cell's text (or a piece of it) and where it stands; `exact` when its
// column is the column of its first character, so its parts can be located
// too. A value a column map rewrote (`Year 9` to 9) is not exact.
struct CellText {
  std::string text;
  SourceLocation where;
  bool exact = true;
};

// The field's text without surrounding spaces, located at its first character.
CellText whole_field(const CsvField& field, const std::string& file);

// Splits at `separator`, trimming each piece and dropping empty ones
// (unless `keep_empty`).
std::vector<CellText> split_cell(const CellText& cell, char separator, bool keep_empty = false);

struct RowCells {
  std::uint32_t line = 0;                  // where the row starts
  std::map<std::string, CellText> cells;   // by column name (id, year_group, need_semh, …); empty cells left out
  std::vector<CellText> codes;             // census type codes, in order
  // A column map's `level`: the level of every need the row has (each area
  // a code names, and every need_ column without a level of its own).
  std::optional<CellText> level;
  // The agreed review date of the running cycle of every need of the row
  // (docs/profiles.md says which cycle that is, and when one is made).
  std::optional<CellText> review_due;
  // A column map's row: census facts that name no area (OTH or NSA alone, a
  // level with no type code) are a warning (W016), since a school's export
  // has no other column to place them; in a plain CSV they are an error.
  bool from_map = false;
};

// The profile tree of one row.
yaml::NodePtr row_tree(const RowCells& row, const std::string& file, const Schema& schema,
                       Diagnostics& diagnostics);

}  // namespace apdr::profile
