#pragma once
// Included rule files read and parsed ahead of their turn, on several
// threads. YAML parsing is most of the time it takes to load a large rule
// set split into files (yaml-cpp's scanner), and one file's parse needs
// nothing from another's, so the loader parses a few sibling includes at
// once. Nothing else runs ahead: the loader still resolves, reads, limits
// and reads the documents of files one at a time in their order, and uses a
// tree parsed ahead only for exactly the file and text it then reads
// (chain_loader.cpp), so the messages and the rule set are those of loading
// the files one by one.
#include <filesystem>
#include <optional>
#include <string>
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

// Reads and parses each job, up to `threads` at a time, the calling thread
// among them. A job whose file cannot be read, or whose parse throws, gives
// nullopt: the loader then reads and parses it in its turn and reports it.
std::vector<std::optional<ParsedAhead>> parse_ahead(const std::vector<AheadJob>& jobs, unsigned threads);

// How many sibling includes to parse at once: the hardware's threads, at
// most four (each holds a whole tree); 1 turns parsing ahead off.
unsigned parse_ahead_threads();

}  // namespace apdr::load
