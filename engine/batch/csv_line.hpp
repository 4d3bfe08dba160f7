#pragma once
// One evaluation result as one CSV record, for people who open batch output
// in a spreadsheet. The columns are fixed (docs/batch.md); lists are joined
// with `;`, as in a CSV cohort.
#include <string>

#include "evaluate/result.hpp"

namespace apdr::batch {

// The header record, with its line break.
const std::string& csv_header();

// Appends the record for `result` to `out`, with its line break (CRLF is
// not used: LF, as every other output of apdr).
void append_csv_line(const eval::Result& result, std::string& out);

}  // namespace apdr::batch
