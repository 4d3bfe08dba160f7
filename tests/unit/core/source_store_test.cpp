// The source store quotes the line a diagnostic points at, never a line of
// private data, and answers from the newest copy of a file.
#include <catch2/catch.hpp>

#include "core/source.hpp"

using apdr::SourceStore;

TEST_CASE("a line is quoted without its line ending, from first to last") {
  SourceStore store;
  store.add("rules.yaml", "first\r\nsecond\n\nlast");
  CHECK(store.line_text("rules.yaml", 1) == "first");
  CHECK(store.line_text("rules.yaml", 2) == "second");
  CHECK(store.line_text("rules.yaml", 3).empty());
  CHECK(store.line_text("rules.yaml", 4) == "last");
  CHECK(store.line_text("rules.yaml", 5).empty());
  CHECK(store.line_text("rules.yaml", 0).empty());
  CHECK(store.line_text("other.yaml", 1).empty());
}

TEST_CASE("a pupil's profile is never quoted, and the newest copy of a file answers") {
  SourceStore store;
  store.add("pupil.yaml", "name: Pseudonym\n", SourceStore::Quoting::private_data);
  CHECK(store.line_text("pupil.yaml", 1).empty());
  CHECK(store.text("pupil.yaml") != nullptr);
  store.add("rules.yaml", "old\n");
  store.add("rules.yaml", "new\n");
  CHECK(store.line_text("rules.yaml", 1) == "new");
}

TEST_CASE("a line far down a large file is quoted exactly") {
  SourceStore store;
  std::string text;
  for (int i = 1; i <= 50000; ++i) text += "line " + std::to_string(i) + "\n";
  store.add("big.yaml", text);
  CHECK(store.line_text("big.yaml", 50000) == "line 50000");
  CHECK(store.line_text("big.yaml", 25000) == "line 25000");
}
