// Single-profile evaluation: the engine on bench/rules/bench.yaml against
// the same rules written by hand in C++ (handwritten.cpp). Both produce the
// full eval::Result; the two are checked to agree before anything is timed.
#include <benchmark/benchmark.h>

#include "bench_support.hpp"
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

void BM_eval_handwritten(benchmark::State& state) {
  const Fixture& f = fixture();
  std::size_t i = 0;
  for (auto _ : state) {
    auto result = bench::evaluate_by_hand(f.profiles[i++ % f.profiles.size()], f.today);
    benchmark::DoNotOptimize(result);
  }
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

}  // namespace
