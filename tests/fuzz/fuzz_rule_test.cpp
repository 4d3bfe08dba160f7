// libFuzzer target: any bytes as a rule-test file (`*.test.yaml`) in
// rules/examples/, so `rules: ordinarily-available.yaml` and relative
// profiles reach real files while anything outside that folder must be
// refused (E009) without being read. A file that reads is run: its rule set
// built, its cases' profiles read and evaluated, and compared. Every
// diagnostic must name a file and say something; a file that does not read
// or run must have said why with an error; nothing may crash, hang or throw.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/date.hpp"
#include "core/diagnostic.hpp"
#include "ruletest/read_test_file.hpp"
#include "ruletest/run_test_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace apdr;
  static const std::string path = APDR_SOURCE_DIR "/rules/examples/fuzz.test.yaml";
  SourceStore sources;
  Diagnostics diagnostics;
  std::string text(reinterpret_cast<const char*>(data), size);
  auto file = ruletest::read_test_text(path, text, sources, diagnostics);
  auto check_named = [&] {
    for (const auto& d : diagnostics.all()) {
      if (d.where.file.empty() || d.message.empty()) std::abort();
    }
  };
  check_named();
  if (!file) {
    if (!diagnostics.has_errors()) std::abort();
    return 0;
  }
  auto report = ruletest::run_test_file(*file, "", *Date::parse("2026-11-22"), sources, diagnostics);
  check_named();
  // A failing case is an answer, not a fault; a file that cannot run must say why.
  if (!report && !diagnostics.has_errors()) std::abort();
  return 0;
}
