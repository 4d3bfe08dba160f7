#pragma once
// Reads a cohort (a SEN register: one pupil a row) as a stream, a row at a
// time, for `apdr batch` and `apdr diff`. Nothing is accumulated: memory
// stays flat however many rows the input has, and a row longer than
// limits::max_cohort_row_bytes is rejected without being held whole.
// docs/profiles.md documents both formats and every CSV column.
#include <cstddef>
#include <istream>
#include <memory>
#include <optional>
#include <string>

#include "core/diagnostic.hpp"
#include "profile/column_map.hpp"
#include "profile/csv_records.hpp"
#include "profile/profile.hpp"

namespace apdr::profile {

enum class CohortFormat {
  jsonl,  // JSON Lines: one JSON profile object per line; blank lines skipped
  csv,    // RFC 4180 CSV with a header row naming the columns
};

// One step through a cohort.
struct CohortRow {
  enum class Status {
    profile,   // `profile` holds a valid row (diagnostics may hold warnings)
    rejected,  // the row is invalid; diagnostics say why; later rows still read
    end,       // no more rows
    failed,    // the cohort cannot be read further (a bad CSV header); diagnostics say why
  };
  Status status = Status::end;
  std::optional<Profile> profile;
  std::size_t row = 0;   // 1-based among data rows: the CSV header and blank lines do not count
  std::size_t line = 0;  // 1-based line of the input where the row starts
  Diagnostics diagnostics;
  // CSV: the header's name of the column the row's first error is in, when
  // it is in one; a batch reports a mistake repeated down one column once.
  std::string error_column;
};

// A row as read from the input, before it is parsed and validated. Reading
// must go in order on one thread; parsing (the costly part) may then run on
// any thread, which is how `apdr batch` uses both cores.
struct CohortRecord {
  std::size_t row = 0;
  std::size_t line = 0;
  std::string json;                  // JSON Lines: the line's text
  CsvRecord csv;                     // CSV: the record's fields
  std::optional<CohortRow> settled;  // a row decided while reading: too long, end or failed
};

class CohortReader {
 public:
  // Reads from `in`, which must outlive the reader. `display_name` names the
  // cohort in diagnostics; `schema` is copied.
  CohortReader(std::istream& in, CohortFormat format, std::string display_name, Schema schema);
  ~CohortReader();
  CohortReader(const CohortReader&) = delete;
  CohortReader& operator=(const CohortReader&) = delete;

  // Reads a CSV cohort through `map` (a school's own export): its header
  // must then match the map, not apdr's column names. Call before the
  // first row is read.
  void use_column_map(ColumnMap map);

  // The next row. After `end` or `failed`, every call returns `end`.
  CohortRow next();

  // The two halves of next(): read_record() takes the next row's text (in
  // order; the CSV header is checked here), parse() turns it into a row.
  // parse() only reads the reader's state, so several threads may call it
  // at once while one thread calls read_record().
  CohortRecord read_record();
  CohortRow parse(CohortRecord record) const;
  // parse() against another rule set's schema: `apdr diff` validates each
  // row under both rule sets it compares. The CSV header was checked against
  // the reader's own schema; a column for an input `schema` does not
  // declare is ignored.
  CohortRow parse(CohortRecord record, const Schema& schema) const;
  // parse(), reusing `spare`'s storage for the row's profile: a profile
  // done with, given back row after row (as `apdr batch` does), saves its
  // strings and lists being made again. parse() takes it (leaving `spare`
  // empty) when the row's profile is made in it.
  CohortRow parse(CohortRecord record, std::optional<Profile>& spare) const;
  CohortRow parse(CohortRecord record, const Schema& schema, std::optional<Profile>& spare) const;

  // CSV rows skipped because they hold nothing: empty lines, and rows whose
  // every field is empty or spaces (`,,,,`, as spreadsheets write below a
  // table). They are not pupils, so they are neither evaluated nor
  // rejected, and do not count as rows. Final once read_record() has
  // returned `end`.
  std::size_t blank_rows() const;

  // The cohort's name as diagnostics show it.
  const std::string& display_name() const;

  // The names of the columns a column map keeps, in order: every row's
  // Profile::kept holds their cells. Empty without a column map.
  const std::vector<std::string>& kept_columns() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace apdr::profile
