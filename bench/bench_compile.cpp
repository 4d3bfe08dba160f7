// Compile time (load, check, compile) for generated rule sets of 100, 1,000
// and 10,000 rules on the national baseline: it should grow linearly.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "bench_support.hpp"
#include "check/check.hpp"
#include "compile/compile_expression.hpp"
#include "load/load.hpp"

namespace {

using namespace apdr;

// N rules, one provision item and one step for every ten, with conditions
// and due dates like a real toolkit's. Rules come in included files of 1,000
// (one file may hold at most limits::max_yaml_nodes nodes), written to a
// folder under /tmp; returns the main file's path.
std::string generated_rules(int n) {
  const char* areas[] = {"communication_interaction", "cognition_learning", "semh", "sensory_physical"};
  std::filesystem::path folder = std::filesystem::temp_directory_path() / fmt::format("apdr-bench-rules-{}", n);
  std::filesystem::create_directories(folder);
  std::string text = "apdr: 1\nid: generated\nextends: apdr:national\ninclude: [";
  for (int part = 0; part * 1000 < n; ++part) text += fmt::format("{}rules-{}.yaml", part ? ", " : "", part);
  text += "]\nprovision:\n";
  for (int i = 0; i < n / 10 + 1; ++i) {
    text += fmt::format("  item-{}: {{ area: {}, level: sen_support, title: Item {} }}\n", i, areas[i % 4], i);
  }
  text += "steps:\n";
  for (int i = 0; i < n / 10 + 1; ++i) text += fmt::format("  step-{}: {{ title: Step {} }}\n", i, i);
  std::ofstream(folder / "main.yaml") << text;
  for (int part = 0; part * 1000 < n; ++part) {
    text = "apdr: 1\nrules:\n";
    for (int i = part * 1000; i < std::min(n, (part + 1) * 1000); ++i) {
      const char* area = areas[i % 4];
    text += fmt::format(
        "  - id: rule-{0}\n    kind: local-policy\n    area: {1}\n"
        "    when: count(cycles({1}) where known(outcome) and outcome == not_met) >= {2} and level({1}) >= sen_support\n"
        "    then:\n      provide: [item-{3}]\n"
        "      escalate: [{{ step: step-{3}, due: latest(cycles({1})).reviewed + {4} weeks }}]\n"
        "    because: Generated rule {0}.\n",
        i, area, i % 3 + 1, i / 10, i % 12 + 1);
    }
    std::ofstream(folder / fmt::format("rules-{}.yaml", part)) << text;
  }
  return (folder / "main.yaml").string();
}

void BM_compile_rules(benchmark::State& state) {
  std::string text = generated_rules(static_cast<int>(state.range(0)));  // the path
  for (auto _ : state) {
    SourceStore sources;
    Diagnostics diagnostics;
    auto chain = load::load_chain(text, sources, diagnostics);
    if (!chain || diagnostics.has_errors()) {
      state.SkipWithError(render_diagnostics(diagnostics, sources).c_str());
      break;
    }
    auto model = check::check(std::move(*chain), diagnostics);
    if (diagnostics.has_errors()) {
      state.SkipWithError(render_diagnostics(diagnostics, sources).c_str());
      break;
    }
    auto program = run::compile(std::move(model));
    benchmark::DoNotOptimize(program);
  }
  state.SetComplexityN(state.range(0));
}
// Fitted to N, not guessed: the RMS says how far from linear the three sizes
// are. Wall time, not this thread's CPU time: the loader parses included
// files on several threads (load/parse_ahead.hpp).
BENCHMARK(BM_compile_rules)
    ->Arg(100)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Complexity(benchmark::oN);

}  // namespace

BENCHMARK_MAIN();
