#include "load/parse_ahead.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

#include "load/file_text.hpp"
#include "load/yaml_document.hpp"

namespace apdr::load {
namespace {

std::optional<ParsedAhead> parse_one(const AheadJob& job) {
  try {
    ParsedAhead parsed;
    parsed.display = job.display;
    // Only a plain file: reading a named pipe would block the thread for ever.
    std::error_code error;
    if (!std::filesystem::is_regular_file(job.path, error) || error) return std::nullopt;
    Diagnostics reading;  // the loader reports a file it cannot read when it reads it
    auto text = read_file_text(job.path, job.display, SourceLocation{job.display, 1, 1}, reading);
    if (!text || reading.has_errors()) return std::nullopt;
    parsed.text = std::move(*text);
    YamlFile file{parsed.display, &parsed.text, &parsed.diagnostics, {}};
    parsed.root = parse_yaml_document(file);
    return parsed;
  } catch (...) {
    return std::nullopt;  // out of memory, say: the loader's own parse will meet it in its turn
  }
}

}  // namespace

std::vector<std::optional<ParsedAhead>> parse_ahead(const std::vector<AheadJob>& jobs, unsigned threads) {
  std::vector<std::optional<ParsedAhead>> results(jobs.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < jobs.size(); i = next++) results[i] = parse_one(jobs[i]);
  };
  std::vector<std::thread> helpers;
  std::size_t wanted = std::min<std::size_t>(threads, jobs.size());
  try {
    for (std::size_t i = 1; i < wanted; ++i) helpers.emplace_back(work);
  } catch (...) {
    // No thread to be had: what the threads started stays shared, the rest is parsed here.
  }
  work();
  for (auto& helper : helpers) helper.join();
  return results;
}

unsigned parse_ahead_threads() {
  unsigned hardware = std::thread::hardware_concurrency();
  return std::clamp(hardware, 1u, 4u);
}

}  // namespace apdr::load
