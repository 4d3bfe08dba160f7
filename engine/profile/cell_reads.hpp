#pragma once
// How a column map reads a school export's values (`read:` in the map):
// census codes, year groups written `Year 9`, and dates written dd/mm/yyyy,
// each turned into the form apdr's profile reader takes. A value that cannot
// be read gives a reason that quotes only the value, shortened.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "profile/text_values.hpp"

namespace apdr::profile {

enum class CellRead {
  as_is,           // no `read:`: the value as apdr writes it
  census,          // a census code, any letter case: `k` is K, `SpLD` is SPLD; a level id passes as it is
  year,            // `Year 9`, `Yr 9`, `Y9`, `9`; `R` or `Reception` is 0, `N` or `Nursery` is -1
  day_month_year,  // `dd/mm/yyyy`: 03/09/2026 (or 3/9/2026) is 2026-09-03
};

// The words `read:` takes, in the order messages list them.
const std::vector<std::string>& cell_read_names();

// The read a `read:` word names, or nullopt.
std::optional<CellRead> parse_cell_read(std::string_view word);

// A cell read: its value in apdr's form, or why it cannot be read.
struct CellReading {
  std::string value;
  std::string error;  // empty when the cell was read
  bool ok() const { return error.empty(); }
};

// Reads one cell's text (trimmed, not empty) the way `how` says.
CellReading read_cell(CellRead how, std::string_view text);

}  // namespace apdr::profile
