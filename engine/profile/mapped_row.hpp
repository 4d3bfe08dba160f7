#pragma once
// A column map applied to one export: its header bound to the map (every
// column accounted for), then each row's cells read into apdr's CSV cells
// (profile/csv_cells.hpp), so the row is validated like any other.
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "profile/column_map.hpp"
#include "profile/csv_cells.hpp"
#include "profile/csv_records.hpp"

namespace apdr::profile {

// What each column of the export's header is under the map.
struct BoundHeader {
  enum class Role { id, mapped, kept, ignored };
  struct Column {
    Role role = Role::ignored;
    std::size_t index = 0;  // into ColumnMap::columns for `mapped`, into kept order for `kept`
  };
  std::vector<Column> columns;            // one per header field
  std::vector<std::string> names;         // the header's column names, as the export writes them
  std::vector<std::string> kept_names;    // the kept columns, in the map's order
  std::vector<std::size_t> kept_at;       // each kept column's place in the header
};

// Binds `header` (of cohort `file`) to `map`. Errors: a header column the
// map does not name (E003, at the header, with "did you mean" among the
// map's columns the header lacks and the map line to add it to); a column
// of `columns` or `keep` the header lacks (E003, at the map); the id column
// absent (E004, at the map); a column twice in the header (E013).
std::optional<BoundHeader> bind_column_map(const ColumnMap& map, const CsvRecord& header, const std::string& file,
                                           Diagnostics& diagnostics);

// One data record (as many fields as the header) read through the map: each
// `read:` applied (a cell it cannot read is an error at that cell), kept
// cells collected into `kept` in the map's order.
RowCells mapped_row_cells(const ColumnMap& map, const BoundHeader& header, const CsvRecord& record,
                          const std::string& file, std::vector<std::string>& kept, Diagnostics& diagnostics);

}  // namespace apdr::profile
