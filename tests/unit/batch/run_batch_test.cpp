// The batch pipeline: input order, every row accounted for, the same output
// whatever the number of workers, and a cohort that cannot be read stopping.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "batch/run_batch.hpp"
#include "batch_fixture.hpp"

using namespace apdr;

namespace {

struct Collect : batch::BatchSink {
  std::string output;
  std::vector<std::size_t> reported_rows;
  std::size_t last_progress = 0;
  bool refuse = false;
  bool write(std::string_view text) override {
    if (refuse) return false;
    output += text;
    return true;
  }
  void diagnostics(const profile::CohortRow& row) override { reported_rows.push_back(row.row); }
  void progress(std::size_t rows) override { last_progress = rows; }
};

struct Run {
  Collect sink;
  batch::BatchOutcome outcome;
};

Run run_cohort(std::istream& in, profile::CohortFormat format, unsigned jobs, batch::OutputFormat output,
        std::size_t chunk_rows = 7) {
  const run::Program& program = batch_test::toolkit();
  profile::CohortReader reader(in, format, "cohort", program.schema);
  batch::BatchOptions options;
  options.jobs = jobs;
  options.format = output;
  options.chunk_rows = chunk_rows;  // small, so the test crosses many chunks
  options.today = *Date::from_ymd(2026, 11, 22);
  Run result;
  result.outcome = batch::run_batch(program, reader, options, result.sink);
  return result;
}

Run run_file(const std::string& path, profile::CohortFormat format, unsigned jobs,
             batch::OutputFormat output = batch::OutputFormat::jsonl) {
  std::ifstream in(batch_test::source(path));
  return run_cohort(in, format, jobs, output);
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> all;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) all.push_back(line);
  return all;
}

}  // namespace

TEST_CASE("one result per pupil, in input order, the same with one worker or two") {
  Run one = run_file("examples/cohorts/cohort.jsonl", profile::CohortFormat::jsonl, 1);
  Run two = run_file("examples/cohorts/cohort.jsonl", profile::CohortFormat::jsonl, 2);
  auto out = lines(one.sink.output);
  REQUIRE(out.size() == 240);
  CHECK(out.front().find("\"profile\":\"pupil-10001\"") != std::string::npos);
  CHECK(out.back().find("\"profile\":\"pupil-10240\"") != std::string::npos);
  CHECK(two.sink.output == one.sink.output);
  CHECK(one.outcome.summary.read == 240);
  CHECK(one.outcome.summary.evaluated == 240);
  CHECK(two.outcome.summary.evaluated == 240);
  CHECK(one.sink.last_progress == 240);
  CHECK(batch::summary_json(one.outcome.summary, {}) == batch::summary_json(two.outcome.summary, {}));
}

TEST_CASE("CSV and JSON Lines cohorts of the same pupils give the same CSV output") {
  Run from_jsonl = run_file("examples/cohorts/cohort.jsonl", profile::CohortFormat::jsonl, 2,
                            batch::OutputFormat::csv);
  Run from_csv = run_file("examples/cohorts/cohort.csv", profile::CohortFormat::csv, 2, batch::OutputFormat::csv);
  auto out = lines(from_csv.sink.output);
  REQUIRE(out.size() == 241);
  CHECK(out[0] ==
        "id,next_step,next_step_due,next_step_kind,steps_overdue,gaps,level_communication_interaction,"
        "level_cognition_learning,level_semh,level_sensory_physical,as_of");
  CHECK(out[1].rfind("pupil-10001,Annual review of the EHC plan,2027-07-01,statute,0,Visual timetable;", 0) == 0);
  // The same pupils, steps, gaps and levels. (The CSV cohort cannot say
  // awaiting_assessment, but only information reads it, and the sheet has
  // no information column.)
  CHECK(from_jsonl.sink.output == from_csv.sink.output);
}

TEST_CASE("bad rows are counted and reported, never dropped, and do not stop the run") {
  for (unsigned jobs : {1u, 2u}) {
    Run r = run_file("examples/cohorts/cohort-with-errors.jsonl", profile::CohortFormat::jsonl, jobs);
    const batch::Summary& s = r.outcome.summary;
    CHECK(s.read == 18);
    CHECK(s.evaluated == 6);
    CHECK(s.rejected == 12);
    CHECK(s.warnings == 1);
    CHECK(s.read == s.evaluated + s.rejected);
    CHECK(lines(r.sink.output).size() == 6);
    // Rejected rows and the row with a warning (13), in order.
    CHECK(r.sink.reported_rows == std::vector<std::size_t>{3, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17});
    CHECK(s.rejected_rows == std::vector<std::size_t>{3, 5, 6, 7, 9, 10, 11, 12, 14, 15, 16, 17});
    CHECK(s.rejected_by_code.at("E063") == 3);
    CHECK(s.rejected_by_code.at("E064") == 3);
    CHECK(s.rejected_by_code.at("E002") == 1);
  }
}

TEST_CASE("a CSV cohort with a bad header stops with the header's diagnostics") {
  std::istringstream in("id,year_grop\np1,3\n");
  Run r = run_cohort(in, profile::CohortFormat::csv, 2, batch::OutputFormat::jsonl);
  REQUIRE(r.outcome.failure);
  CHECK(r.outcome.failure->diagnostics.has_errors());
  CHECK(r.outcome.summary.read == 0);
  CHECK(r.sink.output.empty());
}

TEST_CASE("an empty cohort is zero rows, and CSV output still has its header") {
  std::istringstream in("\n\n");
  Run r = run_cohort(in, profile::CohortFormat::jsonl, 2, batch::OutputFormat::csv);
  CHECK(r.outcome.summary.read == 0);
  CHECK(!r.outcome.failure);
  CHECK(lines(r.sink.output).size() == 1);
}

TEST_CASE("a sink that cannot write stops the run") {
  const run::Program& program = batch_test::toolkit();
  std::ifstream in(batch_test::source("examples/cohorts/cohort.jsonl"));
  profile::CohortReader reader(in, profile::CohortFormat::jsonl, "cohort", program.schema);
  Collect sink;
  sink.refuse = true;
  batch::BatchOptions options;
  options.jobs = 2;
  options.chunk_rows = 5;
  auto outcome = batch::run_batch(program, reader, options, sink);
  CHECK(outcome.stopped);
}

TEST_CASE("a pupil id given twice is warned about and counted in the summary, with any number of workers") {
  std::string cohort;
  for (int i = 0; i < 40; ++i) {
    cohort += fmt::format("{{\"id\": \"p{}\", \"needs\": [{{\"area\": \"semh\"}}]}}\n", i % 30);
  }
  for (unsigned jobs : {1u, 2u}) {
    std::istringstream in(cohort);
    Run run = run_cohort(in, profile::CohortFormat::jsonl, jobs, batch::OutputFormat::jsonl);
    CHECK(run.outcome.summary.evaluated == 40);
    CHECK(run.outcome.summary.repeated_ids == 10);
    CHECK(run.sink.reported_rows.size() == 10);
  }
}

TEST_CASE("long rows are worked on by the reading thread and come out in order, as with short ones") {
  // Rows over BatchOptions::long_row_bytes among short ones: the output is
  // the same, byte for byte, whether workers or the reading thread do them.
  std::string long_cohort;
  for (int i = 0; i < 12; ++i) {
    std::string ids;
    if (i % 4 == 1) {
      for (int n = 0; n < 40000; ++n) ids += fmt::format("\"x{}\",", n);
    }
    long_cohort += fmt::format("{{\"id\": \"p{}\", \"needs\": [{{\"area\": \"semh\"}}], \"in_place\": [{}\"a\"]}}\n",
                               i, ids);
  }
  REQUIRE(long_cohort.size() > 3 * 256 * 1024);
  std::istringstream one_in(long_cohort), two_in(long_cohort);
  Run one = run_cohort(one_in, profile::CohortFormat::jsonl, 1, batch::OutputFormat::jsonl);
  Run two = run_cohort(two_in, profile::CohortFormat::jsonl, 2, batch::OutputFormat::jsonl);
  CHECK(one.outcome.summary.evaluated == 12);
  CHECK(two.outcome.summary.evaluated == 12);
  CHECK(one.sink.output == two.sink.output);
  auto rows = lines(two.sink.output);
  REQUIRE(rows.size() == 12);
  for (int i = 0; i < 12; ++i) CHECK(rows[static_cast<std::size_t>(i)].find(fmt::format("\"profile\":\"p{}\"", i)) != std::string::npos);
}

TEST_CASE("blank CSV rows are skipped, not read, and the summary counts them") {
  std::istringstream in("id,need_semh\np1,sen_support\n\n,\np2,sen_support\n,,\n");
  Run run = run_cohort(in, profile::CohortFormat::csv, 1, batch::OutputFormat::jsonl);
  CHECK(run.outcome.summary.read == 2);
  CHECK(run.outcome.summary.evaluated == 2);
  CHECK(run.outcome.summary.blank_rows == 3);
}
