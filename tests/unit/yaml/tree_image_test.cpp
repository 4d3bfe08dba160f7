// The image of a YAML tree that the build embeds for the national rules:
// read back, it is the tree the parser gave, and a damaged image is refused
// (the caller then parses the text) rather than misread.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "same_tree.hpp"
#include "yaml/read_yaml.hpp"
#include "yaml/tree_image.hpp"

using namespace apdr;

namespace {

yaml::NodePtr parse(const std::string& text, const std::string& file) {
  yaml::Origin origin{file};
  origin.keep_repeated_keys = true;
  Diagnostics diagnostics;
  auto tree = yaml::read_yaml(text, origin, diagnostics);
  REQUIRE(diagnostics.all().empty());
  REQUIRE(tree);
  return tree;
}

std::string read_whole(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("every shipped rule file's tree comes back from its image node for node") {
  int files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(APDR_SOURCE_DIR "/rules")) {
    if (entry.path().extension() != ".yaml") continue;
    std::string name = entry.path().filename().string();
    auto tree = parse(read_whole(entry.path()), name);
    auto back = yaml::read_tree_image(yaml::write_tree_image(*tree), name);
    REQUIRE(back);
    std::string where;
    bool same = testing::same_tree(*tree, *back, where);
    INFO(entry.path().string() << " differs at " << where);
    CHECK(same);
    ++files;
  }
  CHECK(files > 10);
}

TEST_CASE("an image keeps quoting, empty values, repeated keys and non-ASCII text") {
  std::string text = "a: '7'\nb:\nc: [1, {d: ~}]\na: twice\n\"é\": \"ü\"\n";
  auto tree = parse(text, "f.yaml");
  REQUIRE(tree->entries.size() == 5);  // the repeated key is kept for the entry readers
  auto back = yaml::read_tree_image(yaml::write_tree_image(*tree), "g.yaml");
  REQUIRE(back);
  CHECK(back->entries[0].second->quoted);
  CHECK(back->entries[1].second->is_null());
  CHECK(back->entries[3].first->text == "a");
  CHECK(back->entries[4].second->text == "ü");
  CHECK(back->entries[2].second->items[1]->where.file == "g.yaml");
  CHECK(back->entries[2].second->items[1]->where.line == 3);
  CHECK(back->entries[2].second->items[1]->where.column == 8);
}

TEST_CASE("a damaged image is refused, never misread") {
  auto tree = parse("a: [1, 2, {b: c}]\nd: text\n", "f.yaml");
  std::string image = yaml::write_tree_image(*tree);
  // Every shorter prefix is damage.
  for (std::size_t n = 0; n < image.size(); ++n) {
    INFO("prefix of " << n << " bytes");
    CHECK_FALSE(yaml::read_tree_image(std::string_view(image).substr(0, n), "f.yaml"));
  }
  CHECK_FALSE(yaml::read_tree_image(image + "x", "f.yaml"));
  std::string other_version = image;
  other_version[10] = '9';  // "apdr-tree-1" becomes "apdr-tree-9"
  CHECK_FALSE(yaml::read_tree_image(other_version, "f.yaml"));
  // A corrupted byte anywhere gives null or some tree, never a crash or a
  // hang (run under the sanitizers in `make test-sanitize`).
  for (std::size_t i = 0; i < image.size(); ++i) {
    std::string damaged = image;
    damaged[i] = static_cast<char>(0xFF);
    (void)yaml::read_tree_image(damaged, "f.yaml");
  }
  // A count far past the bytes left reserves nothing: refused at once.
  std::string huge = "apdr-tree-1\n";
  huge += '\x02';                            // a sequence
  huge += std::string("\x01\x01\x00\x01\x01", 5);  // line, column, offset, size, height
  huge += std::string("\xff\xff\xff\xff\x0f", 5);  // 4 billion items
  CHECK_FALSE(yaml::read_tree_image(huge, "f.yaml"));
}
