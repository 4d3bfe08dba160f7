// Single-profile evaluation: the engine on bench/rules/bench.yaml against
// the same rules written by hand in C++ (handwritten.cpp). Both produce the
// full eval::Result; the two are checked to agree before anything is timed.
#include <benchmark/benchmark.h>

#include "allocations.hpp"
#include "bench_support.hpp"
#include "evaluate/evaluate.hpp"
#include "handwritten.hpp"
#include "render/json.hpp"

namespace {

using namespace apdr;

struct Fixture {
  std::shared_ptr<const Program> program = bench::program_or_throw(bench::source("bench/rules/bench.yaml"));
  std::vector<profile::Profile> profiles = bench::bench_profiles(*program);
  Date today = *Date::from_ymd(2026, 11, 22);

  Fixture() {
    for (const auto& p : profiles) {
      std::string engine = render::dump(render::to_json(evaluate(*program, p, today, today)));
      eval::Result hand = bench::evaluate_by_hand(p, today);
      hand.model = program->model.get();  // the rule set's own questions for its inputs
      std::string by_hand = render::dump(render::to_json(hand));
      if (engine != by_hand) {
        throw std::runtime_error("the hand-written rules disagree with the engine for " + p.id + ":\n" + engine +
                                 "\n" + by_hand);
      }
    }
  }
};

const Fixture& fixture() {
  static Fixture f;
  return f;
}

void BM_eval_engine(benchmark::State& state) {
  const Fixture& f = fixture();
  std::size_t i = 0;
  for (auto _ : state) {
    auto result = evaluate(*f.program, f.profiles[i++ % f.profiles.size()], f.today, f.today);
    benchmark::DoNotOptimize(result);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_eval_engine);

// The allocations of one warm evaluation, averaged over the run: what an
// Evaluator and a Result reused pupil after pupil (as `apdr batch` does)
// still allocate. The goal is none.
void count_allocations(benchmark::State& state, std::uint64_t before) {
  double made = static_cast<double>(bench::allocations() - before);
  state.counters["allocs_per_eval"] = made / static_cast<double>(state.iterations());
}

void BM_eval_engine_reused(benchmark::State& state) {
  const Fixture& f = fixture();
  eval::Evaluator evaluator(*f.program);
  eval::Result result;
  // Warm: one pass over the pupils grows every reused room to its size.
  for (const auto& p : f.profiles) evaluator.evaluate(p, f.today, result);
  std::size_t i = 0;
  std::uint64_t before = bench::allocations();
  for (auto _ : state) {
    evaluator.evaluate(f.profiles[i++ % f.profiles.size()], f.today, result);
    benchmark::DoNotOptimize(result);
  }
  count_allocations(state, before);
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_eval_engine_reused);

void BM_eval_handwritten(benchmark::State& state) {
  const Fixture& f = fixture();
  eval::Result result;
  for (const auto& p : f.profiles) bench::evaluate_by_hand(p, f.today, result);
  std::size_t i = 0;
  std::uint64_t before = bench::allocations();
  for (auto _ : state) {
    bench::evaluate_by_hand(f.profiles[i++ % f.profiles.size()], f.today, result);
    benchmark::DoNotOptimize(result);
  }
  count_allocations(state, before);
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_eval_handwritten);

// The example toolkit on the national set (what the cohort benchmarks use),
// on the same pupils, for scale: many more rules than bench.yaml.
void BM_eval_engine_toolkit(benchmark::State& state) {
  static auto program = bench::program_or_throw(bench::source("rules/examples/ordinarily-available.yaml"));
  static auto profiles = bench::bench_profiles(*program);
  Date today = *Date::from_ymd(2026, 11, 22);
  std::size_t i = 0;
  for (auto _ : state) {
    auto result = evaluate(*program, profiles[i++ % profiles.size()], today, today);
    benchmark::DoNotOptimize(result);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_eval_engine_toolkit);

void BM_eval_engine_toolkit_reused(benchmark::State& state) {
  static auto program = bench::program_or_throw(bench::source("rules/examples/ordinarily-available.yaml"));
  static auto profiles = bench::bench_profiles(*program);
  Date today = *Date::from_ymd(2026, 11, 22);
  eval::Evaluator evaluator(*program);
  eval::Result result;
  for (const auto& p : profiles) evaluator.evaluate(p, today, result);
  std::size_t i = 0;
  std::uint64_t before = bench::allocations();
  for (auto _ : state) {
    evaluator.evaluate(profiles[i++ % profiles.size()], today, result);
    benchmark::DoNotOptimize(result);
  }
  count_allocations(state, before);
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_eval_engine_toolkit_reused);

}  // namespace
