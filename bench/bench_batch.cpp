// Batch throughput, JSON Lines in and out, with the toolkit the example
// cohort is written for (rules/examples/ordinarily-available.yaml, which
// extends the national set): the committed 240 pupils repeated to 24,000
// rows in memory, so the figure is the engine's and not the disk's.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "render/result_json.hpp"
#include "batch/run_batch.hpp"
#include "bench_support.hpp"

namespace {

using namespace apdr;

struct Discard : batch::BatchSink {
  std::size_t bytes = 0;
  bool write(std::string_view text) override {
    bytes += text.size();
    return true;
  }
  void diagnostics(const profile::CohortRow&) override {}
};

const std::string& cohort_text() {
  static std::string text = [] {
    std::ifstream in(bench::source("examples/cohorts/cohort.jsonl"));
    std::stringstream one;
    one << in.rdbuf();
    std::string all;
    for (int i = 0; i < 100; ++i) all += one.str();
    return all;
  }();
  return text;
}

void BM_batch_jsonl(benchmark::State& state) {
  static auto program = bench::program_or_throw(bench::source("rules/examples/ordinarily-available.yaml"));
  batch::BatchOptions options;
  options.jobs = static_cast<unsigned>(state.range(0));
  options.today = *Date::from_ymd(2026, 11, 22);
  std::size_t rows = 0;
  for (auto _ : state) {
    std::istringstream in(cohort_text());
    profile::CohortReader reader(in, profile::CohortFormat::jsonl, "cohort.jsonl", profile_schema(*program));
    Discard sink;
    auto outcome = batch::run_batch(*program, reader, options, sink);
    if (outcome.summary.evaluated != 24000) state.SkipWithError("rows were rejected");
    rows += outcome.summary.read;
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(rows));
}
BENCHMARK(BM_batch_jsonl)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// One pupil's JSON line alone (the toolkit's results for the bench pupils),
// so that changes to rendering can be measured apart from reading and
// evaluating, which dominate BM_batch_jsonl.
void BM_render_json_line(benchmark::State& state) {
  static auto program = bench::program_or_throw(bench::source("rules/examples/ordinarily-available.yaml"));
  static auto results = [] {
    std::vector<eval::Result> all;
    Date today = *Date::from_ymd(2026, 11, 22);
    for (const auto& p : bench::bench_profiles(*program)) all.push_back(evaluate(*program, p, today, today));
    return all;
  }();
  std::string out;
  std::size_t i = 0;
  for (auto _ : state) {
    out.clear();
    render::append_result_json_line(results[i++ % results.size()], out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_render_json_line);

}  // namespace
