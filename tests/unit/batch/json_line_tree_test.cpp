// The JSON Lines fast path must build exactly the tree yaml::read_yaml builds (so
// that validation and every diagnostic position stay the same), and must
// give up, never guess, on anything else.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include "batch_fixture.hpp"
#include "profile/cohort_json_line.hpp"

using namespace apdr;
using namespace apdr::profile;

namespace {

void require_same(const yaml::Node& fast, const yaml::Node& slow) {
  INFO("at " << slow.where.line << ":" << slow.where.column);
  REQUIRE(fast.kind == slow.kind);
  REQUIRE(fast.text == slow.text);
  REQUIRE(fast.quoted == slow.quoted);
  REQUIRE(fast.where.file == slow.where.file);
  REQUIRE(fast.where.line == slow.where.line);
  REQUIRE(fast.where.column == slow.where.column);
  REQUIRE(fast.expanded_size == slow.expanded_size);
  REQUIRE(fast.height == slow.height);
  REQUIRE(fast.items.size() == slow.items.size());
  for (std::size_t i = 0; i < fast.items.size(); ++i) require_same(*fast.items[i], *slow.items[i]);
  REQUIRE(fast.entries.size() == slow.entries.size());
  for (std::size_t i = 0; i < fast.entries.size(); ++i) {
    require_same(*fast.entries[i].first, *slow.entries[i].first);
    require_same(*fast.entries[i].second, *slow.entries[i].second);
  }
}

// Both readers on one line; the fast one must either agree or give up.
bool agrees(const std::string& line, std::uint32_t at_line = 7) {
  yaml::Origin origin{"cohort.jsonl", at_line};
  yaml::NodePtr fast = read_json_line_tree(line, origin);
  if (!fast) return false;
  Diagnostics diagnostics;
  yaml::NodePtr slow = yaml::read_yaml(line, origin, diagnostics);
  REQUIRE(slow);
  REQUIRE(diagnostics.empty());
  require_same(*fast, *slow);
  return true;
}

}  // namespace

TEST_CASE("every line of the example cohort reads the same both ways") {
  std::ifstream in(batch_test::source("examples/cohorts/cohort.jsonl"));
  std::string line;
  std::uint32_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    REQUIRE(agrees(line, number));  // and the fast path is taken for every one
  }
  CHECK(number == 240);
}

TEST_CASE("the lines of the errors file either agree or fall back") {
  std::ifstream in(batch_test::source("examples/cohorts/cohort-with-errors.jsonl"));
  std::string line;
  std::uint32_t number = 0;
  std::size_t fast = 0;
  while (std::getline(in, line)) {
    ++number;
    yaml::Origin origin{"e.jsonl", number};
    if (!read_json_line_tree(line, origin)) continue;
    ++fast;
    agrees(line, number);
  }
  // Lines 6 (cut off) and 14 (CSV) cannot be read as JSON; the rest can.
  CHECK(fast == number - 2);
}

TEST_CASE("JSON's value shapes read as the YAML reader reads them") {
  CHECK(agrees(R"({"a": null, "b": true, "c": false, "d": 12, "e": -0.5e+3, "f": "text"})"));
  CHECK(agrees(R"({"empty": {}, "list": [], "nested": [[1, [2]], {"k": [null]}]})"));
  CHECK(agrees(R"({"escapes": "q\" b\\ s\/ t\t n\n r\r f\f"})"));
  CHECK(agrees("  {\"spaced\" :  [ 1 ,2 ] }  "));
  CHECK(agrees(R"({"quoted number": "7", "plain number": 7})"));
}

TEST_CASE("anything the fast path cannot reproduce exactly falls back") {
  yaml::Origin origin{"c.jsonl", 1};
  auto gives_up = [&](const std::string& line) { return read_json_line_tree(line, origin) == nullptr; };
  CHECK(gives_up(R"({"a": 1, "a": 2})"));              // a repeated key: E013 from yaml_tree
  CHECK(gives_up(R"({"a": "\u00e9"})"));              // \u escapes
  CHECK(gives_up("{\"a\": \"caf\xc3\xa9\"}"));        // bytes outside ASCII
  CHECK(gives_up(R"({"a": 1} trailing)"));
  CHECK(gives_up(R"({"a": 1)"));                      // cut off
  CHECK(gives_up(R"({"a": "cut)"));
  CHECK(gives_up(R"({"a": yes})"));                   // YAML, not JSON
  CHECK(gives_up(R"({"a": 01})"));
  CHECK(gives_up(R"({"a": 1,})"));
  CHECK(gives_up(R"({a: 1})"));
  CHECK(gives_up("{\"a\": \"tab\there\"}"));          // a raw control character
  CHECK(gives_up(std::string(70, '[') + std::string(70, ']')));  // deeper than the limit
}
