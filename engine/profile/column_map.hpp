#pragma once
// A column map (`apdr batch --columns MAP.yaml`): which column of a school's
// own CSV export holds which apdr field, and how its values read, so that a
// register exported from a school information system comes in untouched.
// docs/profiles.md documents the format; `apdr schema columns` gives its
// JSON Schema.
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/source.hpp"
#include "profile/cell_reads.hpp"
#include "profile/profile.hpp"
#include "yaml/node.hpp"

namespace apdr::profile {

// One column of the export and the apdr field it fills.
struct MappedColumn {
  std::string field;                 // "pupil.year_group", "codes", "level", "need.semh", "inputs.attendance", …
  std::string column;                // the export's column name
  CellRead read = CellRead::as_is;
  SourceLocation where;              // the column name in the map
};

// A column named in `keep:` or `ignore:`.
struct NamedColumn {
  std::string column;
  SourceLocation where;
};

struct ColumnMap {
  std::string file;
  NamedColumn id;                     // the column that holds the pseudonym
  std::vector<MappedColumn> columns;  // in map order; `codes` gives one entry per column
  std::vector<NamedColumn> keep;      // carried through, first, into every output row
  std::vector<NamedColumn> ignore;
  SourceLocation ignore_where;        // the `ignore:` key (or the map's start): where an unnamed column goes
};

// Every apdr field a map may fill under `schema`, for "did you mean".
std::vector<std::string> column_map_fields(const Schema& schema);

// The CSV cohort column an apdr field fills: `pupil.year_group` is
// `year_group`, `ehc.requested` is `ehc_requested`, `need.semh` is
// `need_semh`, `inputs.x` is `input_x`; `level` and `review_due` fill every
// need of the row (profile/csv_cells.hpp).
std::string cohort_column_of(const std::string& field);

// Reads a map from its YAML tree. Each mistake is a located error (E003 an
// unknown key or field, with "did you mean"; E004 no `id`; E005 a wrong
// shape; E006 a `read:` apdr does not know, or one that does not fit the
// field; E008 a version other than 1; E013 a column named twice). nullopt
// after any error.
std::optional<ColumnMap> read_column_map(const yaml::Node& root, const std::string& file, const Schema& schema,
                                         Diagnostics& diagnostics);

// Reads and checks the map file at `path` (at most limits::max_file_bytes).
// The map holds column names, not pupils' data, so `sources` may quote its
// lines in messages.
std::optional<ColumnMap> load_column_map_file(const std::string& path, const Schema& schema,
                                              SourceStore& sources, Diagnostics& diagnostics);

// The same, from text already read (tests and fuzzing).
std::optional<ColumnMap> load_column_map_text(const std::string& display_name, std::string text,
                                              const Schema& schema, SourceStore& sources,
                                              Diagnostics& diagnostics);

}  // namespace apdr::profile
