#pragma once
// Evaluates a whole cohort: rows are read in order on the calling thread,
// parsed, evaluated and rendered on `jobs` worker threads in chunks, and
// handed back to the caller in input order. Memory is bounded by the chunks
// in flight, never by the cohort's size. Nothing here prints: the caller's
// BatchSink decides where output, rejected rows and progress go.
#include <cstddef>
#include <optional>
#include <string_view>

#include "batch/csv_line.hpp"
#include "batch/summary.hpp"
#include "compile/program.hpp"
#include "profile/cohort.hpp"

namespace apdr::batch {

enum class OutputFormat { jsonl, csv };

struct BatchOptions {
  OutputFormat format = OutputFormat::jsonl;
  CsvRows csv_rows = CsvRows::pupils;  // for OutputFormat::csv
  unsigned jobs = 1;                 // worker threads; 1 evaluates on the calling thread
  bool compact = false;              // JSON Lines: ids only, no wording for people (--compact)
  std::optional<Date> as_of;         // overrides every row's as_of
  Date today;                        // for rows with no as_of
  std::size_t chunk_rows = 256;      // rows handed to a worker at a time, at most
  // Memory is bounded in bytes, not rows, so a cohort of rows near
  // limits::max_cohort_row_bytes stays as flat as one of short rows: a chunk
  // closes once its rows hold chunk_bytes of input, and no new chunk is read
  // while those in flight hold max_in_flight_bytes (one chunk always may be).
  std::size_t chunk_bytes = 1024 * 1024;
  std::size_t max_in_flight_bytes = 8 * 1024 * 1024;
  // A row this long parses into tens of megabytes, so it is never parsed on
  // a worker: its chunk is worked on by the calling thread, one long row at
  // a time, and the memory is given back after it (return_free_memory.hpp).
  std::size_t long_row_bytes = 256 * 1024;
};

// Receives the run's results, always on the calling thread and in input order.
class BatchSink {
 public:
  virtual ~BatchSink() = default;
  // Output text for some consecutive rows (whole lines). False stops the
  // run (a write failed); run_batch then returns with `stopped` set.
  virtual bool write(std::string_view text) = 0;
  // A row that was rejected, or evaluated with warnings (status `profile`).
  virtual void diagnostics(const profile::CohortRow& row) = 0;
  // Called after each chunk with the rows done so far.
  virtual void progress(std::size_t rows_done) { (void)rows_done; }
};

struct BatchOutcome {
  Summary summary;
  bool stopped = false;            // the sink refused output
  std::optional<profile::CohortRow> failure;  // the cohort could not be read further (bad CSV header)
};

// Runs the whole cohort. The CSV header of the output, when the format is
// CSV, is written first (once the cohort's own header has been read, so it
// can name the columns a column map keeps).
BatchOutcome run_batch(const run::Program& program, profile::CohortReader& reader, const BatchOptions& options,
                       BatchSink& sink);

}  // namespace apdr::batch
