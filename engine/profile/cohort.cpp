#include "profile/cohort.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <streambuf>

#include <fmt/format.h>

#include "core/limits.hpp"
#include "profile/cohort_json_row.hpp"
#include "profile/csv_columns.hpp"
#include "profile/csv_cells.hpp"
#include "profile/csv_records.hpp"
#include "profile/mapped_row.hpp"
#include "profile/profile_reader.hpp"
#include "yaml/read_yaml.hpp"

namespace apdr::profile {
namespace {

// The get area of a stream buffer, which std::streambuf keeps protected:
// a line is found in it with memchr and copied out in one append, not read
// a call and a push_back a byte (that was a tenth of `apdr batch`'s time,
// all of it on the thread that reads rows). Naming the members through a
// class derived from std::streambuf is what makes them reachable.
struct GetArea : std::streambuf {
  static const char* next(std::streambuf& b) { return (b.*&GetArea::gptr)(); }
  static const char* end(std::streambuf& b) { return (b.*&GetArea::egptr)(); }
  static void skip(std::streambuf& b, std::size_t n) { (b.*&GetArea::gbump)(static_cast<int>(n)); }
};

// "row-N", the id of a row that gives none, made without the heap: the
// fast path is given it for every row, and nearly every row has its own.
class DefaultId {
 public:
  explicit DefaultId(std::size_t row) {
    std::memcpy(text_.data(), "row-", 4);
    end_ = std::to_chars(text_.data() + 4, text_.data() + text_.size(), row).ptr;
  }
  std::string_view view() const { return {text_.data(), static_cast<std::size_t>(end_ - text_.data())}; }

 private:
  std::array<char, 4 + 20> text_{};
  const char* end_;
};

}  // namespace

struct CohortReader::State {
  State(std::istream& input, CohortFormat kind, std::string display_name, Schema profile_schema)
      : in(input), format(kind), name(std::move(display_name)), schema(std::move(profile_schema)) {}

  std::istream& in;
  CohortFormat format;
  std::string name;
  Schema schema;
  CsvRecordReader csv{in};
  bool header_read = false;
  std::vector<std::string> columns;
  std::vector<std::string> kept_columns;  // filled by a column map
  std::optional<ColumnMap> map;
  std::optional<BoundHeader> bound;       // the header under `map`
  bool done = false;
  std::size_t rows = 0;
  std::size_t blank_separator_rows = 0;  // CSV rows of separators only (empty lines: csv.empty_lines())
  std::uint32_t line = 0;  // JSON Lines: the last line read
  std::size_t last_line_bytes = 0;  // JSON Lines: its length, to size the next line's buffer

  // One JSON Lines line without its line break, cut at the row limit (the
  // rest is skipped, not kept). False at the end of the input.
  //
  // The line's buffer keeps json_row_padding bytes spare past its text:
  // simdjson reads up to that far past the end of what it parses, and with
  // the slack already there the fast reader parses the line where it lies
  // instead of copying it into a padded buffer of its own. Sizing it for a
  // line a little longer than the last makes the slack nearly free: lines of
  // a cohort are alike in length, so the text seldom has to move.
  bool read_line(std::string& text, bool& too_long) {
    text.clear();
    text.reserve(last_line_bytes + last_line_bytes / 4 + json_row_padding);
    too_long = false;
    auto* buffer = in.rdbuf();
    constexpr int eof = std::char_traits<char>::eof();
    if (buffer->sgetc() == eof) return false;
    ++line;
    // A `\r` just past the limit is the CRLF line break of a row exactly at
    // the limit, not a byte too many; anything after it is.
    bool carriage_return_past_limit = false;
    // The bytes of the line past the limit: skipped, only noted.
    auto past_limit = [&](const char* from, const char* to) {
      for (; from != to && !too_long; ++from) {
        if (*from == '\r' && !carriage_return_past_limit) carriage_return_past_limit = true;
        else too_long = true;
      }
    };
    for (;;) {
      const char* next = GetArea::next(*buffer);
      const char* end = GetArea::end(*buffer);
      if (next == end) {
        if (buffer->sgetc() == eof) break;  // refills the get area, if the buffer has one
        if (GetArea::next(*buffer) == GetArea::end(*buffer)) {
          // An unbuffered stream (standard input synchronised with stdio):
          // one byte at a time.
          int c = buffer->sbumpc();
          if (c == '\n') break;
          char byte = static_cast<char>(c);
          if (text.size() >= limits::max_cohort_row_bytes) past_limit(&byte, &byte + 1);
          else text += byte;
        }
        continue;
      }
      const auto* newline = static_cast<const char*>(std::memchr(next, '\n', static_cast<std::size_t>(end - next)));
      const char* stop = newline ? newline : end;
      std::size_t room = limits::max_cohort_row_bytes - std::min(text.size(), limits::max_cohort_row_bytes);
      std::size_t kept = std::min(room, static_cast<std::size_t>(stop - next));
      text.append(next, kept);
      past_limit(next + kept, stop);
      GetArea::skip(*buffer, static_cast<std::size_t>(stop - next) + (newline ? 1 : 0));
      if (newline) break;
    }
    if (!carriage_return_past_limit && !text.empty() && text.back() == '\r') text.pop_back();
    if (too_long) {
      text.clear();
      text.shrink_to_fit();
      return true;
    }
    last_line_bytes = text.size();
    if (text.capacity() < text.size() + json_row_padding) text.reserve(text.size() + json_row_padding);
    return true;
  }

  CohortRow finish(CohortRow row, yaml::NodePtr tree, const Schema& against, Diagnostics& found) const {
    if (tree) {
      row.profile = profile_from_tree(*tree, fmt::format("row-{}", row.row), name, against, found);
    }
    row.status = found.has_errors() || !row.profile ? CohortRow::Status::rejected : CohortRow::Status::profile;
    if (row.status == CohortRow::Status::rejected) row.profile.reset();
    found.sort();
    row.diagnostics = std::move(found);
    return row;
  }

  CohortRow too_long_row(CohortRow row, std::uint32_t at_line) const {
    row.status = CohortRow::Status::rejected;
    row.diagnostics.error(Code::LimitExceeded, {name, at_line, 1},
                          fmt::format("the row is longer than {} bytes (the limit max_cohort_row_bytes)",
                                      limits::max_cohort_row_bytes));
    return row;
  }

  CohortRecord settled(CohortRow row) {
    CohortRecord record;
    record.row = row.row;
    record.line = row.line;
    record.settled = std::move(row);
    return record;
  }

  CohortRecord read_jsonl() {
    CohortRecord record;
    bool too_long = false;
    while (read_line(record.json, too_long)) {
      // A byte order mark, as Excel and Notepad write, is accepted as in a
      // CSV; spaces in its place keep every column where it is in the file.
      if (line == 1 && record.json.starts_with("\xEF\xBB\xBF")) record.json.replace(0, 3, "   ");
      if (!too_long && record.json.find_first_not_of(" \t") == std::string::npos) continue;
      record.row = ++rows;
      record.line = line;
      if (too_long) {
        CohortRow row;
        row.row = record.row;
        row.line = record.line;
        return settled(too_long_row(std::move(row), line));
      }
      return record;
    }
    done = true;
    return settled({});
  }

  CohortRow parse_jsonl(CohortRecord record, const Schema& against, std::optional<Profile>& spare) const {
    CohortRow row;
    row.row = record.row;
    row.line = record.line;
    auto at_line = static_cast<std::uint32_t>(record.line);
    const std::string& text = record.json;
    Diagnostics found;
    std::size_t start = text.find_first_not_of(" \t");
    if (text[start] != '{') {
      found.error(Code::WrongShape, {name, at_line, static_cast<std::uint32_t>(start + 1)},
                  "each line of a JSON Lines cohort should be one JSON object, starting with `{`");
      return finish(std::move(row), nullptr, against, found);
    }
    // A valid row (nearly every row) is read the fast way; any other the
    // exact way, which says what is wrong with it, at its line and column.
    if (!spare) spare.emplace();
    if (read_json_row_fast(text, text.capacity(), at_line, name, DefaultId(row.row).view(), against, *spare)) {
      row.profile = std::move(spare);
      spare.reset();
      row.status = CohortRow::Status::profile;
      return row;
    }
    yaml::Origin origin{name, at_line};
    origin.syntax = "JSON";
    yaml::NodePtr tree = yaml::read_yaml(text, origin, found);
    return finish(std::move(row), std::move(tree), against, found);
  }

  // A record of separators and spaces only: no pupil, whatever the header.
  static bool blank(const CsvRecord& record) {
    if (record.too_long || record.syntax_error) return false;
    for (const auto& field : record.fields) {
      if (field.text.find_first_not_of(" \t") != std::string::npos) return false;
    }
    return true;
  }

  CohortRecord read_csv() {
    CsvRecord record;
    if (!header_read) {
      header_read = true;
      if (!csv.next(record)) {
        // Not an empty cohort but a file that is not one: a CSV starts with
        // its header. (A header with no rows is an empty cohort.)
        done = true;
        CohortRow empty;
        empty.status = CohortRow::Status::failed;
        empty.diagnostics.error(Code::CohortSyntax, {name, 1, 1},
                                "the CSV file is empty: a CSV cohort starts with a header line naming its "
                                "columns (id, as_of, date_of_birth, …)");
        return settled(std::move(empty));
      }
      CohortRow failed;
      failed.status = CohortRow::Status::failed;
      failed.line = record.line;
      if (record.too_long) {
        done = true;
        CohortRow header = too_long_row(std::move(failed), record.line);
        header.status = CohortRow::Status::failed;
        return settled(std::move(header));
      }
      if (record.syntax_error) {
        failed.diagnostics.error(Code::CohortSyntax, {name, record.error_line, record.error_column},
                                 *record.syntax_error);
      } else if (map) {
        bound = bind_column_map(*map, record, name, failed.diagnostics);
        if (bound) {
          columns = bound->names;
          kept_columns = bound->kept_names;
        }
      } else {
        columns = read_csv_header(record, name, schema, failed.diagnostics);
      }
      if (failed.diagnostics.has_errors()) {
        done = true;
        failed.diagnostics.sort();
        return settled(std::move(failed));
      }
    }
    for (;;) {
      if (!csv.next(record)) {
        done = true;
        return settled({});
      }
      if (!blank(record)) break;
      ++blank_separator_rows;
    }
    CohortRecord result;
    result.row = ++rows;
    result.line = record.line;
    if (record.too_long) {
      CohortRow row;
      row.row = result.row;
      row.line = result.line;
      return settled(too_long_row(std::move(row), record.line));
    }
    result.csv = std::move(record);
    return result;
  }

  CohortRow parse_csv(CohortRecord record, const Schema& against) const {
    CohortRow row;
    row.row = record.row;
    row.line = record.line;
    const CsvRecord& fields = record.csv;
    Diagnostics found;
    if (fields.syntax_error) {
      found.error(Code::CohortSyntax, {name, fields.error_line, fields.error_column}, *fields.syntax_error);
      return finish(std::move(row), nullptr, against, found);
    }
    if (fields.fields.size() != columns.size()) {
      found.error(Code::WrongShape, {name, fields.line, 1},
                  fmt::format("the row has {} fields but the header has {} columns", fields.fields.size(),
                              columns.size()));
      return finish(std::move(row), nullptr, against, found);
    }
    yaml::NodePtr tree;
    std::vector<std::string> kept;
    if (map) {
      RowCells cells = mapped_row_cells(*map, *bound, fields, name, kept, found);
      tree = row_tree(cells, name, against, found);
    } else {
      tree = csv_row_tree(fields, columns, name, against, found);
    }
    row = finish(std::move(row), std::move(tree), against, found);
    if (row.profile) row.profile->kept = std::move(kept);
    row.error_column = error_column(row.diagnostics, fields);
    return row;
  }

  // The column the first error lies in: the last field starting at or
  // before it. Empty when no error is in this file's row.
  std::string error_column(const Diagnostics& diagnostics, const CsvRecord& fields) const {
    for (const auto& d : diagnostics.all()) {
      if (d.severity != Severity::error) continue;
      if (d.where.file != name || d.where.line < fields.line) return {};
      std::size_t at = fields.fields.size();
      for (std::size_t i = 0; i < fields.fields.size(); ++i) {
        const CsvField& f = fields.fields[i];
        if (f.line < d.where.line || (f.line == d.where.line && f.column <= d.where.column)) at = i;
      }
      return at < columns.size() ? columns[at] : std::string();
    }
    return {};
  }
};

CohortReader::CohortReader(std::istream& in, CohortFormat format, std::string display_name, Schema schema)
    : state_(std::make_unique<State>(in, format, std::move(display_name), std::move(schema))) {}

CohortReader::~CohortReader() = default;

void CohortReader::use_column_map(ColumnMap map) { state_->map = std::move(map); }

CohortRecord CohortReader::read_record() {
  if (state_->done) return state_->settled({});
  return state_->format == CohortFormat::jsonl ? state_->read_jsonl() : state_->read_csv();
}

const std::string& CohortReader::display_name() const { return state_->name; }

std::size_t CohortReader::blank_rows() const {
  if (state_->format != CohortFormat::csv) return 0;
  return state_->blank_separator_rows + state_->csv.empty_lines();
}

const std::vector<std::string>& CohortReader::kept_columns() const { return state_->kept_columns; }

CohortRow CohortReader::parse(CohortRecord record) const { return parse(std::move(record), state_->schema); }

CohortRow CohortReader::parse(CohortRecord record, const Schema& schema) const {
  std::optional<Profile> none;
  return parse(std::move(record), schema, none);
}

CohortRow CohortReader::parse(CohortRecord record, std::optional<Profile>& spare) const {
  return parse(std::move(record), state_->schema, spare);
}

CohortRow CohortReader::parse(CohortRecord record, const Schema& schema, std::optional<Profile>& spare) const {
  if (record.settled) return std::move(*record.settled);
  return state_->format == CohortFormat::jsonl ? state_->parse_jsonl(std::move(record), schema, spare)
                                               : state_->parse_csv(std::move(record), schema);
}

CohortRow CohortReader::next() { return parse(read_record()); }

}  // namespace apdr::profile
