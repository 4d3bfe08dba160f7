#include "load/parse_ahead.hpp"

#include <algorithm>
#include <thread>

#include "load/file_text.hpp"
#include "load/yaml_document.hpp"

namespace apdr::load {

std::optional<ParsedAhead> parse_one_ahead(const AheadJob& job) {
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

AheadParser::AheadParser(std::vector<AheadJob> jobs, unsigned threads)
    : jobs_(std::move(jobs)), results_(jobs_.size()), done_(jobs_.size(), false), window_(std::max(threads, 1u)) {
  std::size_t wanted = std::min<std::size_t>(threads, jobs_.size());
  try {
    for (std::size_t i = 0; i < wanted; ++i) helpers_.emplace_back([this] { work(); });
  } catch (...) {
    // No thread to be had: take() parses what no helper will.
  }
}

AheadParser::~AheadParser() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  for (auto& helper : helpers_) helper.join();
}

void AheadParser::work() {
  std::unique_lock lock(mutex_);
  for (;;) {
    // At most `window_` trees parsed and not yet taken: each is a whole file's tree.
    changed_.wait(lock, [&] { return stopping_ || next_ >= jobs_.size() || next_ < taken_ + window_; });
    if (stopping_ || next_ >= jobs_.size()) return;
    std::size_t i = next_++;
    lock.unlock();
    std::optional<ParsedAhead> parsed = parse_one_ahead(jobs_[i]);
    lock.lock();
    results_[i] = std::move(parsed);
    done_[i] = true;
    changed_.notify_all();
  }
}

std::optional<ParsedAhead> AheadParser::take(std::size_t i) {
  std::unique_lock lock(mutex_);
  taken_ = std::max(taken_, i + 1);
  changed_.notify_all();
  if (i >= jobs_.size()) return std::nullopt;
  if (next_ <= i) {
    // No helper has started it (none could be started, or the caller went
    // past the jobs before it): it is parsed here, and the helpers go on
    // after it.
    next_ = i + 1;
    lock.unlock();
    return parse_one_ahead(jobs_[i]);
  }
  changed_.wait(lock, [&] { return done_[i]; });
  return std::move(results_[i]);
}

std::vector<std::optional<ParsedAhead>> parse_ahead(const std::vector<AheadJob>& jobs, unsigned threads) {
  AheadParser parser(jobs, threads);
  std::vector<std::optional<ParsedAhead>> results(jobs.size());
  for (std::size_t i = 0; i < jobs.size(); ++i) results[i] = parser.take(i);
  return results;
}

unsigned parse_ahead_threads() {
  unsigned hardware = std::thread::hardware_concurrency();
  return std::clamp(hardware, 1u, 4u);
}

}  // namespace apdr::load
