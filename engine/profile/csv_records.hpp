#pragma once
// Streams RFC 4180 CSV records from an input, one at a time, keeping where
// each field started. A record longer than limits::max_cohort_row_bytes is
// read to its end but not kept, so a hostile file cannot fill memory.
#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <vector>

namespace apdr::profile {

struct CsvField {
  std::string text;            // unquoted, with "" turned into "
  std::uint32_t line = 0;      // where the field starts (its quote, if quoted)
  std::uint32_t column = 0;
  bool quoted = false;
  // True when `text` stands byte for byte in the file from `column` (plus one
  // for the opening quote), so a part of it can be located exactly.
  bool verbatim = true;
};

struct CsvRecord {
  std::vector<CsvField> fields;
  std::uint32_t line = 0;                   // where the record starts
  bool too_long = false;                    // fields are then empty
  std::optional<std::string> syntax_error;  // the first quoting mistake, if any
  std::uint32_t error_line = 0;
  std::uint32_t error_column = 0;
};

class CsvRecordReader {
 public:
  explicit CsvRecordReader(std::istream& in) : in_(in) {}
  // Reads the next record into `record`; false at the end of the input.
  // Lines that are completely empty are skipped, and counted.
  bool next(CsvRecord& record);
  // How many completely empty lines next() has skipped so far.
  std::size_t empty_lines() const { return empty_lines_; }

 private:
  int get();
  int peek();
  std::istream& in_;
  std::uint32_t line_ = 1;
  std::uint32_t column_ = 1;
  bool started_ = false;
  std::size_t empty_lines_ = 0;
};

}  // namespace apdr::profile
