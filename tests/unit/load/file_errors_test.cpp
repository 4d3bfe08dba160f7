// Files: unreadable files, includes and extends that leave their folder or
// go round in a cycle, embedded names, malformed YAML and the limits.

#include <fstream>
#include <catch2/catch.hpp>

#include "core/limits.hpp"
#include "load_test_support.hpp"

using namespace apdr;
using namespace apdr::load_test;

namespace {

void check_at(const Diagnostic* found, const std::string& file, std::uint32_t line, std::uint32_t column) {
  REQUIRE(found != nullptr);
  CHECK(found->where.file == file);
  CHECK(found->where.line == line);
  CHECK(found->where.column == column);
}

bool mentions(const Diagnostic* found, const std::string& text) {
  if (found == nullptr) return false;
  if (found->message.find(text) != std::string::npos) return true;
  for (const auto& note : found->notes) {
    if (note.find(text) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a missing file is E001 with the reason, and nothing loads") {
  TempFolder temp;
  Loaded loaded = load_path(temp.at("absent.yaml"));
  CHECK_FALSE(loaded.chain);
  const Diagnostic* found = loaded.find(Code::FileUnreadable);
  REQUIRE(found != nullptr);
  CHECK(found->where.file == temp.at("absent.yaml"));
  CHECK(mentions(found, "No such file"));
}

TEST_CASE("a folder is not a readable rule file") {
  TempFolder temp;
  std::filesystem::create_directories(temp.path() / "folder.yaml");
  Loaded loaded = load_path(temp.at("folder.yaml"));
  CHECK_FALSE(loaded.chain);
  CHECK(mentions(loaded.find(Code::FileUnreadable), "folder"));
}

TEST_CASE("a missing include is E001 at the include") {
  TempFolder temp;
  Loaded loaded = load_text(temp, "apdr: 1\nid: x\ninclude:\n  - gone.yaml\n");
  check_at(loaded.find(Code::FileUnreadable), temp.at("rules.yaml"), 4, 5);
  CHECK(loaded.chain);
}

TEST_CASE("an include that climbs out of the folder with .. is E009 and is not read") {
  TempFolder temp;
  temp.write("outside.yaml", "rules: []\n");
  std::string main = temp.write("set/rules.yaml", "apdr: 1\nid: x\ninclude: [ok.yaml, ../outside.yaml]\n");
  temp.write("set/ok.yaml", "rules: []\n");
  Loaded loaded = load_path(main);
  check_at(loaded.find(Code::IncludeOutsideFolder), main, 3, 20);
  CHECK(loaded.sources.text(temp.at("outside.yaml")) == nullptr);
  CHECK(loaded.sources.text(temp.at("set/ok.yaml")) != nullptr);
}

TEST_CASE("an include through a symlink that points outside the folder is E009") {
  TempFolder temp;
  temp.write("secret/data.yaml", "rules: []\n");
  std::string main = temp.write("set/rules.yaml", "apdr: 1\nid: x\ninclude: link.yaml\n");
  std::filesystem::create_symlink(temp.path() / "secret" / "data.yaml", temp.path() / "set" / "link.yaml");
  Loaded loaded = load_path(main);
  const Diagnostic* found = loaded.find(Code::IncludeOutsideFolder);
  check_at(found, main, 3, 10);
  CHECK(mentions(found, "secret/data.yaml"));
  CHECK(loaded.sources.text(temp.at("set/link.yaml")) == nullptr);
}

TEST_CASE("an absolute include is E009") {
  TempFolder temp;
  std::string other = temp.write("other.yaml", "rules: []\n");
  Loaded loaded = load_text(temp, "apdr: 1\nid: x\ninclude: [" + other + "]\n");
  check_at(loaded.find(Code::IncludeOutsideFolder), temp.at("rules.yaml"), 3, 11);
}

TEST_CASE("an include cycle is an error naming the files") {
  TempFolder temp;
  temp.write("a.yaml", "include: b.yaml\n");
  temp.write("b.yaml", "include: [a.yaml]\n");
  Loaded loaded = load_text(temp, "apdr: 1\nid: x\ninclude: a.yaml\n");
  const Diagnostic* found = loaded.find(Code::ExtendsCycle);
  check_at(found, temp.at("b.yaml"), 1, 11);
  CHECK(mentions(found, temp.at("a.yaml") + " → " + temp.at("b.yaml") + " → " + temp.at("a.yaml")));
}

TEST_CASE("a file included twice is E007 naming the first include") {
  TempFolder temp;
  temp.write("a.yaml", "rules: []\n");
  temp.write("b.yaml", "include: a.yaml\n");
  Loaded loaded = load_text(temp, "apdr: 1\nid: x\ninclude: [a.yaml, b.yaml]\n");
  const Diagnostic* found = loaded.find(Code::DuplicateId);
  check_at(found, temp.at("b.yaml"), 1, 10);
  CHECK(mentions(found, "first included at " + temp.at("rules.yaml") + ":3:11"));
}

TEST_CASE("includes keep readable relative display names") {
  TempFolder temp;
  temp.write("set/local/semh.yaml", "rules: [ { id: r, then: {} } ]\n");
  std::string main = temp.write("set/main.yaml", "apdr: 1\nid: x\ninclude: local/semh.yaml\n");
  // Load through a relative path, as a user would type it.
  auto previous = std::filesystem::current_path();
  std::filesystem::current_path(temp.path());
  Loaded loaded = load_path("set/main.yaml");
  std::filesystem::current_path(previous);
  INFO(loaded.listing());
  REQUIRE(loaded.chain);
  CHECK(loaded.chain->sets.back().rules.at(0).id.where.file == "set/local/semh.yaml");
  CHECK(loaded.chain->sets.back().file == "set/main.yaml");
}

TEST_CASE("rule sets that extend each other are E010 listing the chain") {
  TempFolder temp;
  std::string a = temp.write("a.yaml", "apdr: 1\nid: a\nextends: b.yaml\n");
  temp.write("b.yaml", "apdr: 1\nid: b\nextends: a.yaml\n");
  Loaded loaded = load_path(a);
  CHECK_FALSE(loaded.chain);
  const Diagnostic* found = loaded.find(Code::ExtendsCycle);
  check_at(found, temp.at("b.yaml"), 3, 10);
  CHECK(mentions(found, a + " → " + temp.at("b.yaml") + " → " + a));
}

TEST_CASE("extends leading outside the loaded rule set's folder is E009") {
  TempFolder temp;
  temp.write("base.yaml", "apdr: 1\nid: base\n");
  std::string main = temp.write("set/main.yaml", "apdr: 1\nid: x\nextends: ../base.yaml\n");
  Loaded loaded = load_path(main);
  CHECK_FALSE(loaded.chain);
  check_at(loaded.find(Code::IncludeOutsideFolder), main, 3, 10);
}

TEST_CASE("a base that cannot be read stops the load") {
  TempFolder temp;
  Loaded loaded = load_text(temp, "apdr: 1\nid: x\nextends: missing.yaml\n");
  CHECK_FALSE(loaded.chain);
  check_at(loaded.find(Code::FileUnreadable), temp.at("rules.yaml"), 3, 10);
}

TEST_CASE("an unknown embedded rule set is E012 listing the embedded ones") {
  TempFolder temp;
  Loaded loaded = load_text(temp, "apdr: 1\nid: x\nextends: apdr:natoinal\n");
  CHECK_FALSE(loaded.chain);
  const Diagnostic* found = loaded.find(Code::UnknownEmbedded);
  check_at(found, temp.at("rules.yaml"), 3, 10);
  CHECK(mentions(found, "apdr:national"));
  CHECK(mentions(found, "did you mean `apdr:national`?"));
  // Parts that national.yaml includes are not rule sets of their own.
  CHECK_FALSE(mentions(found, "apdr:information"));
}

TEST_CASE("the embedded national rule set loads by name") {
  Loaded loaded = load_path("apdr:national");
  INFO(loaded.listing());
  REQUIRE(loaded.chain);
  CHECK(loaded.diagnostics.empty());
  CHECK(loaded.chain->sets.back().file == "apdr:national/national.yaml");
  CHECK(loaded.sources.text("apdr:national/national.yaml") != nullptr);
}

TEST_CASE("malformed YAML is E002 where the parser stopped, and nothing loads") {
  TempFolder temp;
  Loaded loaded = load_text(temp, "apdr: 1\nid: x\nrules:\n  - id: a\n   kind: b: c\n");
  CHECK_FALSE(loaded.chain);
  const Diagnostic* found = loaded.find(Code::YamlSyntax);
  check_at(found, temp.at("rules.yaml"), 5, 4);
  CHECK(mentions(found, "malformed YAML"));
}

TEST_CASE("the YAML parser's messages are said in plain words") {
  auto message = [](const std::string& text) {
    TempFolder temp;
    Loaded loaded = load_text(temp, "apdr: 1\nid: x\n" + text);
    const Diagnostic* found = loaded.find(Code::YamlSyntax);
    return found ? found->message : std::string("no E002");
  };
  CHECK(message("inputs:\n  a: { type: number, question: How many\n") ==
        "malformed YAML: a `{` is never closed by `}`, or two of its entries have no `,` between them (a value "
        "inside it that holds `: `, `,`, `{`, `}`, `[` or `]` needs quotes)");
  CHECK(message("steps: [a, b]]\n") == "malformed YAML: a `]` that closes nothing");
  CHECK(message("title: \"a \\q b\"\n").starts_with("malformed YAML: an unknown escape after `\\` in double quotes"));
  CHECK(message("title: What next: who decides\n") ==
        "malformed YAML: a second `: ` on one line (put text that holds `: ` in quotes)");
}

TEST_CASE("input on which the old YAML reader never returned is one error, not a hang") {
  // Found by fuzzing: yaml-cpp's parser yielded document after empty
  // document without consuming input, so reading "all documents" never
  // ended. libfyaml reads it as a mapping of unknown keys; whatever a reader
  // makes of it, it must answer.
  std::ifstream in(std::string(APDR_SOURCE_DIR) + "/tests/fuzz/regressions/fuzz_rule_set/loadall-never-ends.yaml",
                   std::ios::binary);
  REQUIRE(in);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  TempFolder temp;
  Loaded loaded = load_text(temp, text);
  CHECK_FALSE(loaded.chain);
  CHECK(loaded.diagnostics.has_errors());
}

TEST_CASE("a second document is E002 at its start") {
  TempFolder temp;
  Loaded loaded = load_text(temp, "apdr: 1\nid: x\n---\napdr: 1\n");
  CHECK_FALSE(loaded.chain);
  check_at(loaded.find(Code::YamlSyntax), temp.at("rules.yaml"), 3, 1);
  CHECK(mentions(loaded.find(Code::YamlSyntax), "put each rule set in its own file"));
}

TEST_CASE("an unclosed bracket is E002") {
  TempFolder temp;
  Loaded loaded = load_text(temp, "apdr: 1\nid: x\nsteps: { a: [\n");
  CHECK_FALSE(loaded.chain);
  const Diagnostic* found = loaded.find(Code::YamlSyntax);
  REQUIRE(found != nullptr);
  CHECK(found->where.file == temp.at("rules.yaml"));
  CHECK(found->where.line >= 3);
}

TEST_CASE("nesting ten thousand deep is E011, not a stack overflow") {
  TempFolder temp;
  Loaded flow = load_text(temp, "apdr: 1\nid: x\nsteps: " + std::string(10000, '[') + std::string(10000, ']') + "\n");
  std::string dashes;
  for (int i = 0; i < 10000; ++i) dashes += "- ";
  Loaded block = load_text(temp, "apdr: 1\nid: x\nsteps:\n  " + dashes + "x\n", "block.yaml");
  CHECK_FALSE(flow.chain);
  CHECK_FALSE(block.chain);
  CHECK(mentions(flow.find(Code::LimitExceeded), "max_yaml_depth"));
  CHECK(mentions(block.find(Code::LimitExceeded), "max_yaml_depth"));
}

TEST_CASE("nesting past the depth limit but within the parser's is E011 at the deep node") {
  TempFolder temp;
  Loaded loaded = load_text(temp, "apdr: 1\nid: x\nsteps: " + std::string(100, '[') + std::string(100, ']') + "\n");
  CHECK_FALSE(loaded.chain);
  const Diagnostic* found = loaded.find(Code::LimitExceeded);
  check_at(found, temp.at("rules.yaml"), 3, 8 + apdr::limits::max_yaml_depth - 1);
  CHECK(mentions(found, "max_yaml_depth"));
}

TEST_CASE("aliases that expand exponentially are stopped by the node count") {
  TempFolder temp;
  std::string text = "apdr: 1\nid: x\nparameters:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (int i = 1; i < 9; ++i) {
    text += "  a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int j = 0; j < 10; ++j) text += (j ? ", *a" : "*a") + std::to_string(i - 1);
    text += "]\n";
  }
  Loaded loaded = load_text(temp, text);
  CHECK_FALSE(loaded.chain);
  CHECK(mentions(loaded.find(Code::LimitExceeded), "max_yaml_nodes"));
}

TEST_CASE("a file over the size limit is E011 and is not parsed") {
  TempFolder temp;
  std::string text = "apdr: 1\nid: x\n# " + std::string(apdr::limits::max_file_bytes, 'x') + "\n";
  Loaded loaded = load_text(temp, text);
  CHECK_FALSE(loaded.chain);
  const Diagnostic* found = loaded.find(Code::LimitExceeded);
  check_at(found, temp.at("rules.yaml"), 1, 1);
  CHECK(mentions(found, "max_file_bytes"));
}

TEST_CASE("includes nested deeper than the limit are E011 at the include that goes too deep") {
  TempFolder temp;
  const std::size_t files = apdr::limits::max_include_depth + 2;
  for (std::size_t i = 1; i < files; ++i) {
    temp.write("part" + std::to_string(i) + ".yaml", "include: part" + std::to_string(i + 1) + ".yaml\n");
  }
  temp.write("part" + std::to_string(files) + ".yaml", "rules: []\n");
  Loaded loaded = load_text(temp, "apdr: 1\nid: x\ninclude: part1.yaml\n");
  const std::string deepest = "part" + std::to_string(apdr::limits::max_include_depth) + ".yaml";
  check_at(loaded.find(Code::LimitExceeded), temp.at(deepest), 1, 10);
  CHECK(mentions(loaded.find(Code::LimitExceeded), "max_include_depth"));
  CHECK(loaded.chain);
}
