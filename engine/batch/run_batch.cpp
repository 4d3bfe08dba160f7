#include "batch/run_batch.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "batch/csv_line.hpp"
#include "batch/return_free_memory.hpp"
#include "evaluate/evaluate.hpp"
#include "profile/history_dates.hpp"
#include "render/result_json.hpp"

namespace apdr::batch {
namespace {

// A run of consecutive rows: read by the calling thread, worked on by one
// worker, written by the calling thread.
struct Chunk {
  std::vector<profile::CohortRecord> records;
  std::string output;
  std::vector<profile::CohortRow> reported;  // rejected rows and rows with warnings, in order
  struct PupilRow {
    std::string id;
    std::size_t row = 0, line = 0;
  };
  std::vector<PupilRow> pupils;  // the id of every evaluated row, in order, for repeats
  std::size_t rows = 0;
  std::size_t input_bytes = 0;  // the text of `records`, as read
  bool long_row = false;        // its last record is at least BatchOptions::long_row_bytes
  bool done = false;
};

// The bytes of input a record holds: its JSON line, or its CSV fields.
std::size_t record_bytes(const profile::CohortRecord& record) {
  std::size_t bytes = record.json.size();
  for (const auto& field : record.csv.fields) bytes += field.text.size() + sizeof(field);
  return bytes;
}

// What one thread evaluates with: an Evaluator and a Result reused row
// after row, so that a warm thread allocates nothing to evaluate a pupil.
struct Evaluating {
  explicit Evaluating(const run::Program& program) : evaluator(program) {}
  eval::Evaluator evaluator;
  eval::Result result;
  // The last row's profile, done with: the next row is read into its storage.
  std::optional<profile::Profile> spare;
  // Output bytes a row in this thread's last chunk, a little over: its
  // next chunk's output is reserved at that, so it seldom grows by copying.
  // Capped, so one chunk of a few huge results does not make every later
  // chunk reserve hundreds of megabytes.
  static constexpr std::size_t max_output_per_row = 16 * 1024;
  std::size_t output_per_row = 2048;
};

// Parses, evaluates and renders every record of `chunk` into it.
void work_on(Evaluating& evaluating, const profile::CohortReader& reader, const BatchOptions& options,
             Chunk& chunk, Summary& summary) {
  chunk.output.reserve(chunk.records.size() * evaluating.output_per_row);
  CsvLayout csv{options.format == OutputFormat::csv ? reader.kept_columns() : std::vector<std::string>{},
                options.csv_rows};
  for (auto& record : chunk.records) {
    profile::CohortRow row = reader.parse(std::move(record), evaluating.spare);
    ++chunk.rows;
    Date date = options.today;
    if (row.status == profile::CohortRow::Status::profile) {
      const profile::Profile& pupil = *row.profile;
      date = options.as_of ? *options.as_of : (pupil.as_of ? *pupil.as_of : options.today);
      // A row's own as_of was checked as it was read; --as-of, or today, is
      // the evaluation date instead, and history cannot be after it either.
      if (date != pupil.as_of) {
        profile::check_history_dates(pupil, date, "the evaluation date", row.diagnostics);
        if (row.diagnostics.has_errors()) {
          row.status = profile::CohortRow::Status::rejected;
          row.profile.reset();
        }
      }
    }
    if (row.status != profile::CohortRow::Status::profile) {
      summary.add_rejected(row.row, row.diagnostics);
      chunk.reported.push_back(std::move(row));
      continue;
    }
    const profile::Profile& pupil = *row.profile;
    chunk.pupils.push_back({pupil.id, row.row, row.line});
    eval::Result& result = evaluating.result;
    evaluating.evaluator.evaluate(pupil, date, result);
    if (options.format == OutputFormat::jsonl) {
      render::append_result_json_line(result, chunk.output, !options.compact);
      chunk.output += '\n';
    } else {
      append_csv_line(result, pupil.kept, csv, chunk.output);
    }
    bool warned = !row.diagnostics.empty();
    summary.add(result, warned, row.row);
    evaluating.spare = std::move(row.profile);
    if (warned) {
      row.profile.reset();  // only the diagnostics are reported
      chunk.reported.push_back(std::move(row));
    }
  }
  if (chunk.rows != 0) {
    std::size_t per_row = chunk.output.size() / chunk.rows;
    evaluating.output_per_row = std::clamp<std::size_t>(per_row + per_row / 8, 256, Evaluating::max_output_per_row);
  }
  chunk.records.clear();
  chunk.records.shrink_to_fit();
  // Only the calling thread works on long rows, so only its malloc arena
  // ever holds one's tree; give that back before the next one.
  if (chunk.long_row) return_free_memory();
}

// Reads records until the chunk holds `options.chunk_rows` of them, or
// `options.chunk_bytes` of input, or ends with a long row; sets `end` (and
// maybe `failure`) when the cohort is finished.
void fill(profile::CohortReader& reader, const BatchOptions& options, Chunk& chunk, bool& end,
          std::optional<profile::CohortRow>& failure) {
  while (chunk.records.size() < options.chunk_rows && chunk.input_bytes < options.chunk_bytes && !chunk.long_row) {
    profile::CohortRecord record = reader.read_record();
    if (record.settled) {
      auto status = record.settled->status;
      if (status == profile::CohortRow::Status::end) {
        end = true;
        return;
      }
      if (status == profile::CohortRow::Status::failed) {
        failure = std::move(*record.settled);
        end = true;
        return;
      }
    }
    std::size_t bytes = record_bytes(record);
    chunk.input_bytes += bytes;
    chunk.long_row = bytes >= options.long_row_bytes;
    chunk.records.push_back(std::move(record));
  }
}

// Made once the first rows are read: a column map's kept columns are
// known by then.
std::string header_of(const profile::CohortReader& reader, const BatchOptions& options) {
  if (options.format != OutputFormat::csv) return {};
  return csv_header({reader.kept_columns(), options.csv_rows});
}

// The rows seen so far, by pupil id: a pupil given twice (two exports
// pasted together) is worth a warning naming both rows. Checked as the
// chunks are written, in input order, so it is the same for any --jobs; one
// hash lookup a row.
struct SeenPupils {
  std::string cohort;
  const profile::CohortReader& reader;
  const BatchOptions& options;
  bool header_written = false;  // the CSV header goes before the first chunk
  std::unordered_map<std::string, std::pair<std::size_t, std::size_t>> first;  // id → row, line
  std::size_t repeats = 0;  // rows whose id was seen before, for the summary
};

bool emit(Chunk& chunk, BatchSink& sink, std::size_t& rows_done, SeenPupils& seen) {
  if (!seen.header_written) {
    seen.header_written = true;
    std::string header = header_of(seen.reader, seen.options);
    if (!header.empty() && !sink.write(header)) return false;
  }
  for (const auto& row : chunk.reported) sink.diagnostics(row);
  for (auto& pupil : chunk.pupils) {
    // Moved in only when new; try_emplace leaves it alone otherwise.
    auto [at, inserted] = seen.first.try_emplace(std::move(pupil.id), pupil.row, pupil.line);
    if (inserted) continue;
    ++seen.repeats;
    profile::CohortRow repeat;
    repeat.status = profile::CohortRow::Status::profile;
    repeat.row = pupil.row;
    repeat.line = pupil.line;
    repeat.diagnostics.warning(Code::DuplicateId, {seen.cohort, static_cast<std::uint32_t>(pupil.line), 1},
                               fmt::format("pupil `{}` is given twice: in row {} (line {}) and again in row {} "
                                           "(line {}); both are evaluated",
                                           pupil.id, at->second.first, at->second.second, pupil.row, pupil.line));
    sink.diagnostics(repeat);
  }
  bool ok = chunk.output.empty() || sink.write(chunk.output);
  rows_done += chunk.rows;
  sink.progress(rows_done);
  return ok;
}

BatchOutcome run_inline(const run::Program& program, profile::CohortReader& reader, const BatchOptions& options,
                        BatchSink& sink, BatchOutcome outcome) {
  std::size_t rows_done = 0;
  SeenPupils seen{reader.display_name(), reader, options};
  bool end = false;
  Evaluating evaluating(program);
  while (!end) {
    Chunk chunk;
    fill(reader, options, chunk, end, outcome.failure);
    work_on(evaluating, reader, options, chunk, outcome.summary);
    if (!emit(chunk, sink, rows_done, seen)) {
      outcome.stopped = true;
      break;
    }
  }
  outcome.summary.repeated_ids += seen.repeats;
  outcome.summary.blank_rows = reader.blank_rows();
  return outcome;
}

// Workers take chunks from `queue`; the calling thread keeps `in_flight` in
// input order and writes the front chunk as soon as it is done.
class Pool {
 public:
  Pool(const run::Program& program, const profile::CohortReader& reader, const BatchOptions& options)
      : program_(program), reader_(reader), options_(options), summaries_(options.jobs) {
    for (unsigned i = 0; i < options.jobs; ++i) workers_.emplace_back([this, i] { work(summaries_[i]); });
  }

  ~Pool() { stop(); }

  void submit(std::shared_ptr<Chunk> chunk) {
    {
      std::lock_guard lock(mutex_);
      queue_.push_back(std::move(chunk));
    }
    work_ready_.notify_one();
  }

  void wait_until_done(const Chunk& chunk) {
    std::unique_lock lock(mutex_);
    chunk_done_.wait(lock, [&] { return chunk.done; });
  }

  // Joins the workers and returns their merged counts.
  Summary stop() {
    {
      std::lock_guard lock(mutex_);
      closing_ = true;
      queue_.clear();
    }
    work_ready_.notify_all();
    for (auto& worker : workers_) worker.join();
    workers_.clear();
    Summary total;
    for (const auto& s : summaries_) total.merge(s);
    summaries_.clear();
    return total;
  }

 private:
  void work(Summary& summary) {
    Evaluating evaluating(program_);
    for (;;) {
      std::shared_ptr<Chunk> chunk;
      {
        std::unique_lock lock(mutex_);
        work_ready_.wait(lock, [&] { return closing_ || !queue_.empty(); });
        if (queue_.empty()) return;
        chunk = std::move(queue_.front());
        queue_.pop_front();
      }
      work_on(evaluating, reader_, options_, *chunk, summary);
      {
        std::lock_guard lock(mutex_);
        chunk->done = true;
      }
      chunk_done_.notify_all();
    }
  }

  const run::Program& program_;
  const profile::CohortReader& reader_;
  const BatchOptions& options_;
  std::vector<Summary> summaries_;
  std::vector<std::thread> workers_;
  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable chunk_done_;
  std::deque<std::shared_ptr<Chunk>> queue_;
  bool closing_ = false;
};

BatchOutcome run_parallel(const run::Program& program, profile::CohortReader& reader, const BatchOptions& options,
                          BatchSink& sink, BatchOutcome outcome) {
  // Enough chunks in flight to keep every worker busy while the front one
  // is written, and few enough that memory stays a few megabytes: at most
  // 2 a worker and one more (a chunk of results with their wording is about
  // 10 KB a pupil), and at most max_in_flight_bytes of input between them, so
  // long rows mean fewer chunks in flight, not more memory. A chunk that
  // ends with a long row is worked on here, not by a worker: every worker's
  // malloc arena would otherwise keep the peak of the long rows it parsed,
  // and memory would grow with --jobs.
  const std::size_t max_in_flight = 2 * static_cast<std::size_t>(options.jobs) + 1;
  std::size_t in_flight_bytes = 0;
  Summary long_rows;  // the counts of the chunks worked on here
  Evaluating long_row_evaluating(program);
  Pool pool(program, reader, options);
  std::deque<std::shared_ptr<Chunk>> in_flight;
  std::size_t rows_done = 0;
  SeenPupils seen{reader.display_name(), reader, options};
  bool end = false;
  while (!end || !in_flight.empty()) {
    while (!end && in_flight.size() < max_in_flight &&
           (in_flight.empty() || in_flight_bytes < options.max_in_flight_bytes)) {
      auto chunk = std::make_shared<Chunk>();
      fill(reader, options, *chunk, end, outcome.failure);
      in_flight_bytes += chunk->input_bytes;
      in_flight.push_back(chunk);
      if (chunk->long_row) {
        work_on(long_row_evaluating, reader, options, *chunk, long_rows);
        chunk->done = true;  // never shared with a worker
      } else {
        pool.submit(std::move(chunk));
      }
    }
    pool.wait_until_done(*in_flight.front());
    if (!emit(*in_flight.front(), sink, rows_done, seen)) {
      outcome.stopped = true;
      break;
    }
    in_flight_bytes -= in_flight.front()->input_bytes;
    in_flight.pop_front();
  }
  outcome.summary = pool.stop();
  outcome.summary.merge(long_rows);
  outcome.summary.repeated_ids += seen.repeats;
  outcome.summary.blank_rows = reader.blank_rows();
  return outcome;
}

}  // namespace

BatchOutcome run_batch(const run::Program& program, profile::CohortReader& reader, const BatchOptions& options,
                       BatchSink& sink) {
  BatchOutcome outcome;
  if (options.jobs <= 1) return run_inline(program, reader, options, sink, std::move(outcome));
  return run_parallel(program, reader, options, sink, std::move(outcome));
}

}  // namespace apdr::batch
