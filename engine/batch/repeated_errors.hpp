#pragma once
// One mistake made down a whole column (a column of `Year 9` mapped without
// `read: year`) rejects every row with the same error. Shown once per row,
// it would bury everything else; so a batch shows the first such row in
// full and counts the rest, then says in one line how many rows (and which)
// it rejected. The count of rejected rows is unchanged: only the messages
// are grouped. Kept per (code, column), so memory does not grow with rows.
#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostic_code.hpp"
#include "profile/cohort.hpp"

namespace apdr::batch {

class RepeatedErrors {
 public:
  // How many later rows each group lists by number.
  static constexpr std::size_t listed_rows = 10;

  // Whether `row` (rejected) should be shown: true for the first row with
  // its error in its column, and for rows whose first error is in no CSV
  // column or that have more than one error; false for a repeat, which is
  // counted instead. Rows must come in input order.
  bool show(const profile::CohortRow& row);

  struct Group {
    Code code = Code::InvalidValue;
    std::string column;
    std::size_t first_row = 0;
    std::size_t rows = 0;                  // every row with this error, the first included
    std::vector<std::size_t> later_rows;   // the first listed_rows repeats
  };
  // The groups with repeats, in order of their first row.
  std::vector<Group> repeated() const;

 private:
  std::map<std::pair<Code, std::string>, Group> groups_;
};

// "E006 in column `Year` again in 213 more rows (rows 2, 3, 4, …): 214 rows
// rejected for it in all; row 1 above shows the first."
std::string repeated_error_line(const RepeatedErrors::Group& group);

}  // namespace apdr::batch
