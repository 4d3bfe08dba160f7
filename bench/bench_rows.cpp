// Reading JSON Lines cohort rows alone, without evaluating them: the exact
// path (yaml::read_yaml to a tree, then profile_from_tree) against the
// fast path (simdjson straight into a Profile, engine/profile/cohort_json_row.cpp),
// over the 240 rows of examples/cohorts/cohort.jsonl, every one valid and so
// read the fast way by `apdr batch`. BM_rows_fast_vs_exact times both in
// each iteration and reports the ratio, so one run gives it under the same load.
#include <benchmark/benchmark.h>

#include <chrono>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "bench_support.hpp"
#include "profile/cohort_json_row.hpp"
#include "profile/profile_reader.hpp"
#include "yaml/read_yaml.hpp"

namespace {

using namespace apdr;

const profile::Schema& toolkit_schema() {
  static auto program = bench::program_or_throw(bench::source("rules/examples/ordinarily-available.yaml"));
  return profile_schema(*program);
}

// Each row in a buffer with simdjson's padding spare, as CohortReader reads them.
const std::vector<std::string>& rows() {
  static std::vector<std::string> lines = [] {
    std::ifstream in(bench::source("examples/cohorts/cohort.jsonl"));
    std::vector<std::string> all;
    for (std::string line; std::getline(in, line);) {
      all.push_back(std::move(line));
      all.back().reserve(all.back().size() + profile::json_row_padding);
    }
    return all;
  }();
  return lines;
}

std::size_t row_bytes() {
  std::size_t bytes = 0;
  for (const auto& row : rows()) bytes += row.size();
  return bytes;
}

std::size_t read_exact(const profile::Schema& schema) {
  std::size_t read = 0;
  std::uint32_t line = 0;
  for (const auto& row : rows()) {
    Diagnostics found;
    yaml::Origin origin{"cohort.jsonl", ++line};
    auto tree = yaml::read_yaml(row, origin, found);
    auto p = profile::profile_from_tree(*tree, "row", "cohort.jsonl", schema, found);
    benchmark::DoNotOptimize(p);
    read += p.has_value();
  }
  return read;
}

// Into one profile reused row after row, as `apdr batch` reads.
std::size_t read_fast(const profile::Schema& schema) {
  static profile::Profile reused;
  std::size_t read = 0;
  std::uint32_t line = 0;
  for (const auto& row : rows()) {
    bool ok = profile::read_json_row_fast(row, row.capacity(), ++line, "cohort.jsonl", "row", schema, reused);
    benchmark::DoNotOptimize(reused);
    read += ok;
  }
  return read;
}

void finish(benchmark::State& state) {
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * rows().size()));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * row_bytes()));
}

void BM_rows_exact(benchmark::State& state) {
  const auto& schema = toolkit_schema();
  for (auto _ : state) {
    if (read_exact(schema) != rows().size()) state.SkipWithError("a row was rejected");
  }
  finish(state);
}
BENCHMARK(BM_rows_exact)->Unit(benchmark::kMicrosecond);

void BM_rows_fast(benchmark::State& state) {
  const auto& schema = toolkit_schema();
  for (auto _ : state) {
    if (read_fast(schema) != rows().size()) state.SkipWithError("a row went the exact way");
  }
  finish(state);
}
BENCHMARK(BM_rows_fast)->Unit(benchmark::kMicrosecond);

// Both paths in every iteration, alternating, so that the ratio is taken
// under the same load; the counters are microseconds a row.
void BM_rows_fast_vs_exact(benchmark::State& state) {
  using clock = std::chrono::steady_clock;
  const auto& schema = toolkit_schema();
  clock::duration exact{}, fast{};
  for (auto _ : state) {
    auto start = clock::now();
    read_exact(schema);
    auto middle = clock::now();
    if (read_fast(schema) != rows().size()) state.SkipWithError("a row went the exact way");
    exact += middle - start;
    fast += clock::now() - middle;
  }
  double per_row = 1e6 / static_cast<double>(state.iterations() * rows().size());
  state.counters["exact_us"] = std::chrono::duration<double>(exact).count() * per_row;
  state.counters["fast_us"] = std::chrono::duration<double>(fast).count() * per_row;
  state.counters["ratio"] = std::chrono::duration<double>(exact).count() / std::chrono::duration<double>(fast).count();
}
BENCHMARK(BM_rows_fast_vs_exact)->Unit(benchmark::kMillisecond);

}  // namespace
