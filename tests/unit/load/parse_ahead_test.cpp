// Sibling includes parsed ahead on several threads give exactly what
// loading them one by one gives: the same messages in the same order, the
// same entries. And a file that is not a plain file is never read ahead.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <fstream>

#include <fmt/format.h>

#include "load/chain_loader.hpp"
#include "load/parse_ahead.hpp"
#include "load_test_support.hpp"

namespace apdr::load {
namespace {

namespace fs = std::filesystem;

struct LoadedChain {
  std::string messages;
  std::vector<std::string> rule_ids;
  bool loaded = false;
};

LoadedChain load_with(const std::string& path, unsigned threads) {
  SourceStore sources;
  Diagnostics diagnostics;
  fs::path resolved = canonical_or_normal(path);
  Origin origin{path, fs::path(path).parent_path().generic_string(), path, resolved.parent_path(), false,
                resolved.generic_string()};
  ChainLoader loader(sources, diagnostics, origin.folder);
  loader.parse_threads = threads;
  std::string text;
  {
    std::ifstream in(path, std::ios::binary);
    text.assign(std::istreambuf_iterator<char>(in), {});
  }
  auto chain = loader.load(std::move(origin), std::move(text));
  LoadedChain out;
  out.loaded = chain.has_value();
  out.messages = render_diagnostics(diagnostics, sources);
  if (chain) {
    for (const auto& set : chain->sets) {
      for (const auto& rule : set.rules) out.rule_ids.push_back(rule.id.value);
    }
  }
  return out;
}

std::string rules_file(int first, int count) {
  std::string text = "apdr: 1\nrules:\n";
  for (int i = first; i < first + count; ++i) {
    text += fmt::format("  - id: rule-{}\n    kind: guidance\n    when: today > date(2020, 1, 1)\n"
                        "    then: {{ inform: [note] }}\n",
                        i);
  }
  return text;
}

TEST_CASE("includes parsed ahead give the messages and entries of loading them one by one", "[load][include]") {
  load_test::TempFolder folder;
  std::string main = folder.write(
      "main.yaml",
      "apdr: 1\nid: ahead\nlevels:\n  - { id: low, title: Low }\ninformation:\n  note: { text: Note }\n"
      "include: [a.yaml, broken.yaml, b.yaml, missing.yaml, nested/c.yaml, odd-keys.yaml, a.yaml, /etc/passwd]\n");
  folder.write("a.yaml", rules_file(0, 20));
  folder.write("broken.yaml", "apdr: 1\nrules:\n  - id: [unclosed\n");
  folder.write("b.yaml", rules_file(20, 20));
  folder.write("nested/c.yaml", "apdr: 1\ninclude: [d.yaml, e.yaml, d2.yaml]\n" + rules_file(40, 5).substr(8));
  folder.write("nested/d.yaml", rules_file(45, 5));
  folder.write("nested/e.yaml", "apdr: 1\nrules: {\n");
  folder.write("nested/d2.yaml", rules_file(50, 5));
  folder.write("odd-keys.yaml", "apdr: 1\nruless: []\n");

  LoadedChain one_by_one = load_with(main, 1);
  LoadedChain ahead = load_with(main, 4);
  // The set has errors of several kinds, across files, so the comparison means something.
  CHECK_THAT(one_by_one.messages, Catch::Contains("broken.yaml:4:1: error[E002]"));
  CHECK_THAT(one_by_one.messages, Catch::Contains("missing.yaml"));
  CHECK_THAT(one_by_one.messages, Catch::Contains("nested/e.yaml"));
  CHECK_THAT(one_by_one.messages, Catch::Contains("ruless"));
  CHECK(one_by_one.rule_ids.size() == 55);
  CHECK(ahead.loaded == one_by_one.loaded);
  CHECK(ahead.messages == one_by_one.messages);
  CHECK(ahead.rule_ids == one_by_one.rule_ids);
}

TEST_CASE("a file that is not a plain file is never parsed ahead, and a missing one gives nothing", "[load][include]") {
  load_test::TempFolder folder;
  std::string pipe = (folder.path() / "pipe.yaml").string();
  REQUIRE(mkfifo(pipe.c_str(), 0600) == 0);
  std::string good = folder.write("good.yaml", rules_file(0, 2));
  // Opening the pipe to read would block this test for ever.
  auto parsed = parse_ahead({{pipe, "pipe.yaml"}, {folder.path() / "none.yaml", "none.yaml"}, {good, "good.yaml"}}, 3);
  REQUIRE(parsed.size() == 3);
  CHECK_FALSE(parsed[0].has_value());
  CHECK_FALSE(parsed[1].has_value());
  REQUIRE(parsed[2].has_value());
  CHECK(parsed[2]->display == "good.yaml");
  REQUIRE(parsed[2]->root != nullptr);
  CHECK(parsed[2]->root->find("rules") != nullptr);
  CHECK(parsed[2]->diagnostics.empty());
}

TEST_CASE("an ahead parser hands each job's own tree over in order, also when the caller passes jobs over", "[load][include]") {
  load_test::TempFolder folder;
  std::vector<AheadJob> jobs;
  for (int i = 0; i < 6; ++i) {
    std::string name = fmt::format("part-{}.yaml", i);
    jobs.push_back({folder.write(name, rules_file(i * 10, i + 1)), name});
  }
  // One helper and a window of one: the helper waits for the caller, who
  // takes job 0, passes over 1 to 3 and takes 4 and 5.
  AheadParser parser(jobs, 1);
  for (std::size_t i : {0, 4, 5}) {
    auto parsed = parser.take(i);
    REQUIRE(parsed.has_value());
    CHECK(parsed->display == fmt::format("part-{}.yaml", i));
    REQUIRE(parsed->root != nullptr);
    const auto* rules = parsed->root->find("rules");
    REQUIRE(rules != nullptr);
    CHECK(rules->items.size() == i + 1);
  }
  CHECK_FALSE(parser.take(6).has_value());
}

}  // namespace
}  // namespace apdr::load
