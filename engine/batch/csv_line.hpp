#pragma once
// Evaluation results as CSV for a SENCO's spreadsheet: one sortable column
// per thing a register is sorted or filtered by (the next step and its ISO
// due date, its kind, how many steps are overdue, the gaps and the level in
// each area), words rather than ids, the columns a column map keeps first.
// A program that wants ids reads JSON Lines instead (docs/batch.md).
#include <string>
#include <vector>

#include "evaluate/result.hpp"

namespace apdr::batch {

// One record per pupil, or one per pupil and step (`--rows steps`).
enum class CsvRows { pupils, steps };

struct CsvLayout {
  std::vector<std::string> kept_columns;  // CohortReader::kept_columns(), in order
  CsvRows rows = CsvRows::pupils;
};

// The header record, with its line break.
std::string csv_header(const CsvLayout& layout);

// Appends the record (or, for CsvRows::steps, the records) of `result` to
// `out`, each with its line break (LF, as every other output of apdr).
// `kept` holds the pupil's cells of the kept columns; missing cells are
// written empty.
void append_csv_line(const eval::Result& result, const std::vector<std::string>& kept, const CsvLayout& layout,
                     std::string& out);

// One cell as it is written: RFC 4180 quoting, a formula neutralised, and an
// id a spreadsheet would turn into a number (`00123`) kept as text; both
// with a leading `'` (docs/batch.md says why). Exposed for tests.
void append_csv_field(std::string_view text, std::string& out);

}  // namespace apdr::batch
