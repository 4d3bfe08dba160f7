#pragma once
// Reading a *.test.yaml file into a TestFile. Every mistake in it is a
// located diagnostic: an unknown key (with "did you mean"), a value of the
// wrong shape, a bad date or area, a missing name or profile, two cases with
// one name. Ids are not checked here: they need the rule set, which
// run_test_file builds.
#include <optional>
#include <string>

#include "core/diagnostic.hpp"
#include "ruletest/test_file.hpp"

namespace apdr::ruletest {

// Reads `path` and adds its text to `sources`. Returns nullopt when any
// error was found (the file cannot be read, or is not a valid test file).
//
// The files a test file names (`rules:`, a case's `profile:`) are confined
// as includes are: each must lie inside `root` (by default the test file's
// own folder) once every symbolic link is followed; an absolute path, a
// `..` or a link leading out is E009 at the value, and the file is never
// read. `apdr:NAME` is always allowed.
std::optional<TestFile> read_test_file(const std::string& path, SourceStore& sources,
                                       Diagnostics& diagnostics, const std::string& root = {});

// The same, from text already in memory; `path` names it in messages and
// relative paths in it resolve against its folder.
std::optional<TestFile> read_test_text(const std::string& path, const std::string& text,
                                       SourceStore& sources, Diagnostics& diagnostics,
                                       const std::string& root = {});

}  // namespace apdr::ruletest
