#pragma once
// Which files `apdr test PATH...` runs: each PATH that is a file, and every
// *.test.yaml under each PATH that is a folder, searched recursively.
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace apdr::ruletest {

// The test files under `paths`, each folder's files sorted by path so the
// order never depends on the file system, in the order the paths were given,
// without repeats. A path that does not exist is E001; a folder holding no
// *.test.yaml is E090 (almost always a wrong argument, and a run of zero
// tests must not look like success).
std::vector<std::string> find_test_files(const std::vector<std::string>& paths, Diagnostics& diagnostics);

// True for a name ending in `.test.yaml`.
bool is_test_file_name(const std::string& name);

}  // namespace apdr::ruletest
