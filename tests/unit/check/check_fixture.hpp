#pragma once
// Helpers for the check stage's tests: write rule files into a fresh
// temporary folder, load and check them (no compile, no API), and find a
// diagnostic by its code and the exact character it points at.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "temp_folder.hpp"

#include "check/check.hpp"
#include "core/diagnostic.hpp"

namespace apdr::checktest {

// A temporary folder, removed with everything in it when the test ends.
using RuleFolder = apdr::testing::TempFolder;

// The outcome of loading and checking one rule set. The source store stays
// alive with the model, whose expressions point into it.
struct Checked {
  SourceStore sources;
  Diagnostics diagnostics;
  std::unique_ptr<check::Model> model;  // null when the loader could not read the chain

  std::string rendered() const { return render_diagnostics(diagnostics, sources); }
  std::size_t count(Code code) const;
};

// Loads and checks the rule set at `path`; diagnostics are sorted as the CLI
// shows them.
std::unique_ptr<Checked> check_file(const std::string& path);

// A 1-based line and column.
struct Position {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

// Where the `occurrence`th (1-based) appearance of `needle` starts in `text`.
// Computed by plain string search, independently of the engine, so a test
// can say "the error points at this word" without counting columns by hand.
Position position_of(const std::string& text, const std::string& needle, int occurrence = 1);

// The one diagnostic with `code` at `file`:`at`; fails the test (showing all
// diagnostics) when there is none. Checks that the message holds every word
// of `words`.
const Diagnostic& expect_error(const Checked& checked, Code code, const std::string& file, Position at,
                               const std::vector<std::string>& words = {});

// True when some note of `d` contains `text`.
bool has_note(const Diagnostic& d, const std::string& text);

// One rule file written to its own folder and checked, with lookups by
// the text a diagnostic should point at.
struct RuleFile {
  RuleFolder folder;
  std::string text;
  std::string path;
  std::unique_ptr<Checked> checked;

  // Where `needle` starts, counting occurrences from the `rules:` section
  // when there is one (the header above it repeats many names).
  Position at(const std::string& needle, int occurrence = 1) const;
  // The diagnostic with `code` at the start of `needle` (its `occurrence`th appearance).
  const Diagnostic& error(Code code, const std::string& needle, const std::vector<std::string>& words = {},
                          int occurrence = 1) const {
    return expect_error(*checked, code, path, at(needle, occurrence), words);
  }
};

// Writes `text` as rules.yaml in a fresh folder and checks it.
std::unique_ptr<RuleFile> check_text(const std::string& text);

// The root rule set below plus one guidance rule whose `when` is `condition`.
std::string with_condition(const std::string& condition);

// The header of a root rule set with the statutory three-level ladder, two
// sources, and a few entries rules can name. It ends inside `provision:`,
// so a test may append more provision items.
std::string root_rule_set(const std::string& id = "base");

}  // namespace apdr::checktest
