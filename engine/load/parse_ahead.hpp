#pragma once
// Included rule files read and parsed ahead of their turn, on several
// threads. YAML parsing is most of the time it takes to load a large rule
// set split into files (yaml-cpp's scanner), and one file's parse needs
// nothing from another's, so sibling includes are parsed on helper threads
// while the loader reads the documents of those before them. Nothing else
// runs ahead: the loader still resolves, reads, limits
// and reads the documents of files one at a time in their order, and uses a
// tree parsed ahead only for exactly the file and text it then reads
// (chain_loader.cpp), so the messages and the rule set are those of loading
// the files one by one.
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/diagnostic.hpp"
#include "yaml/node.hpp"

namespace apdr::load {

// A file to parse ahead: where to read it and the name messages give it.
struct AheadJob {
  std::filesystem::path path;
  std::string display;
};

// What parsing a file ahead gave: the text as read, its tree (null when the
// parse failed) and the messages of the parse, to be added when the loader
// reaches the file.
struct ParsedAhead {
  std::string display;
  std::string text;
  yaml::NodePtr root;
  Diagnostics diagnostics;
};

// Reads and parses one job on the calling thread; nullopt when its file
// cannot be read or its parse throws.
std::optional<ParsedAhead> parse_one_ahead(const AheadJob& job);

// Parses jobs in their order on `threads` helper threads while the caller
// takes the results one by one, also in order: the loader reads one file's
// documents while the next files are parsed. At most `threads` trees wait
// parsed and not yet taken, so the memory held is that of a few files.
class AheadParser {
 public:
  AheadParser(std::vector<AheadJob> jobs, unsigned threads);
  // Stops the helpers (a parse under way is finished and thrown away).
  ~AheadParser();
  AheadParser(const AheadParser&) = delete;
  AheadParser& operator=(const AheadParser&) = delete;

  // Job `i`'s result, waiting for it if a helper is parsing it and parsing
  // it here if none has started it. `i` must grow from call to call; jobs
  // passed over are never needed again.
  std::optional<ParsedAhead> take(std::size_t i);

 private:
  void work();

  std::vector<AheadJob> jobs_;
  std::vector<std::optional<ParsedAhead>> results_;
  std::vector<bool> done_;
  std::size_t window_;
  std::size_t next_ = 0;   // the first job no helper has claimed
  std::size_t taken_ = 0;  // one past the last job taken
  bool stopping_ = false;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::thread> helpers_;  // last: started once the rest is set up
};

// Reads and parses each job, on `threads` helpers (AheadParser). A job whose file cannot be read, or whose parse throws, gives
// nullopt: the loader then reads and parses it in its turn and reports it.
std::vector<std::optional<ParsedAhead>> parse_ahead(const std::vector<AheadJob>& jobs, unsigned threads);

// How many sibling includes to parse at once: the hardware's threads, at
// most four (each holds a whole tree); 1 turns parsing ahead off.
unsigned parse_ahead_threads();

}  // namespace apdr::load
