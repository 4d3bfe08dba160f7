#include "profile/csv_records.hpp"

#include "core/limits.hpp"

namespace apdr::profile {

int CsvRecordReader::get() {
  int c = in_.rdbuf()->sbumpc();
  if (c == '\n') {
    ++line_;
    column_ = 1;
  } else if (c != std::char_traits<char>::eof()) {
    ++column_;
  }
  return c;
}

int CsvRecordReader::peek() { return in_.rdbuf()->sgetc(); }

bool CsvRecordReader::next(CsvRecord& record) {
  constexpr int eof = std::char_traits<char>::eof();
  if (!started_) {
    started_ = true;
    // A spreadsheet's UTF-8 byte order mark is not part of the first column name.
    constexpr unsigned char byte_order_mark[] = {0xEF, 0xBB, 0xBF};
    for (unsigned char byte : byte_order_mark) {
      if (peek() != byte) break;
      in_.rdbuf()->sbumpc();
    }
  }
  for (;;) {
    record = CsvRecord{};
    if (peek() == eof) return false;
    record.line = line_;
    std::size_t bytes = 0;
    auto fail = [&](std::string message, std::uint32_t line, std::uint32_t column) {
      if (!record.syntax_error) {
        record.syntax_error = std::move(message);
        record.error_line = line;
        record.error_column = column;
      }
    };
    auto keep = [&](CsvField& field, int c) {
      ++bytes;
      if (bytes > limits::max_cohort_row_bytes && !record.too_long) {
        record.too_long = true;
        record.fields.clear();
        record.fields.shrink_to_fit();
        field.text.clear();
        field.text.shrink_to_fit();
      }
      if (!record.too_long) field.text += static_cast<char>(c);
    };
    bool end_of_record = false;
    bool empty_line = true;
    while (!end_of_record) {
      CsvField field;
      field.line = line_;
      field.column = column_;
      int c = peek();
      if (c == '"') {
        empty_line = false;
        field.quoted = true;
        get();
        std::uint32_t open_line = line_, open_column = column_ - 1;
        for (;;) {
          c = get();
          if (c == eof) {
            fail("a quoted field is not closed", open_line, open_column);
            end_of_record = true;
            break;
          }
          if (c == '"') {
            if (peek() == '"') {
              get();
              field.verbatim = false;
              keep(field, '"');
              continue;
            }
            break;
          }
          if (c == '\n' || c == '\r') field.verbatim = false;
          keep(field, c);
        }
        // After the closing quote only a comma or the end of the record may follow.
        while (!end_of_record) {
          c = peek();
          if (c == ',') { get(); break; }
          if (c == eof) { end_of_record = true; break; }
          if (c == '\n') { get(); end_of_record = true; break; }
          if (c == '\r') { get(); if (peek() == '\n') get(); end_of_record = true; break; }
          fail("after a closing quote, expected a comma or the end of the row", line_, column_);
          get();
          ++bytes;
        }
      } else {
        for (;;) {
          c = peek();
          if (c == eof) { end_of_record = true; break; }
          if (c == ',') { get(); empty_line = false; break; }
          if (c == '\n') { get(); end_of_record = true; break; }
          if (c == '\r') { get(); if (peek() == '\n') get(); end_of_record = true; break; }
          empty_line = false;
          if (c == '"') fail("a quote inside a field that does not start with one; quote the whole field and double the quote", line_, column_);
          get();
          keep(field, c);
        }
      }
      if (!record.too_long) record.fields.push_back(std::move(field));
    }
    if (empty_line && !record.too_long) {  // a blank line is no record
      ++empty_lines_;
      continue;
    }
    return true;
  }
}

}  // namespace apdr::profile
