// libFuzzer target: any bytes as JSON Lines cohort rows, one a line, read
// against the example toolkit's schema (its ladder, census codes, inputs and
// provision). Whenever the fast path (simdjson, engine/profile/cohort_json_row.cpp)
// reads a row, the exact path (yaml::read_yaml, then profile_from_tree) must
// read it too, with no diagnostic at all, to the same Profile field for
// field; a row the fast path gives up on is the exact path's alone. Read
// into the profile every earlier row was read into, as `apdr batch` reuses
// one, it must read the same again.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string>
#include <string_view>

#include "../support/exact_row.hpp"
#include "../support/profile_dump.hpp"
#include "apdr/engine.hpp"

namespace {

const apdr::profile::Schema& example_schema() {
  static apdr::profile::Schema schema = [] {
    apdr::SourceStore sources;
    apdr::Diagnostics diagnostics;
    auto built = apdr::build_program(APDR_SOURCE_DIR "/rules/examples/ordinarily-available.yaml", sources,
                                     diagnostics);
    if (!built) std::abort();  // the shipped example must build
    return apdr::profile_schema(*built);
  }();
  return schema;
}

void check_row(const std::string& line, std::uint32_t at_line) {
  const auto& schema = example_schema();
  auto fast = exact_row::fast(line, at_line, "fuzz.jsonl", schema);
  // The same row read into the profile every row before it was read into.
  auto reused = exact_row::fast_reused(line, at_line, "fuzz.jsonl", schema);
  if (reused.has_value() != fast.has_value() ||
      (fast && profile_dump::dump(*reused) != profile_dump::dump(*fast))) {
    std::fprintf(stderr, "the row read into a reused profile differs from the row read afresh:\n%s\n",
                 line.c_str());
    std::abort();
  }
  if (!fast) return;
  apdr::Diagnostics found;
  auto exact = exact_row::exact(line, at_line, "fuzz.jsonl", schema, found);
  if (!exact || !found.empty()) {
    std::fprintf(stderr, "the fast path read a row the exact path reports on:\n%s\n", line.c_str());
    std::abort();
  }
  if (profile_dump::dump(*fast) != profile_dump::dump(*exact)) {
    std::fprintf(stderr, "the two paths read the row differently:\n%s\nfast:\n%s\nexact:\n%s\n", line.c_str(),
                 profile_dump::dump(*fast).c_str(), profile_dump::dump(*exact).c_str());
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::uint32_t at_line = 0;
  // One row a line, as CohortReader splits them (a CRLF's `\r` is not the row's).
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string line(text.substr(0, end));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    check_row(line, ++at_line);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return 0;
}
