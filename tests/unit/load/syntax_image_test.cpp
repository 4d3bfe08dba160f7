// The embedded rule sets are read at start-up from syntax images made at
// build time (load/syntax_image.hpp). Each must give the RuleSet a normal
// load of the same embedded texts gives, field for field and position for
// position; a damaged, truncated or stale image must be refused, and then
// the normal load gives the same chain.
#include <catch2/catch.hpp>

#include <random>

#include "embedded/embedded_files.hpp"
#include "embedded/syntax_images.hpp"
#include "load/chain_loader.hpp"
#include "load/syntax_image.hpp"

using namespace apdr;

namespace {

struct Load {
  std::optional<syntax::Chain> chain;
  Diagnostics diagnostics;
  SourceStore sources;
  std::size_t from_images = 0;
  std::vector<std::vector<std::string>> files_read;

  // The SourceStore's texts in the order it lists its files, for dumps.
  std::vector<const std::string*> texts() const {
    std::vector<const std::string*> result;
    for (const auto& file : sources.files()) result.push_back(sources.text(file));
    return result;
  }
};

Load load_embedded(const std::string& reference, std::span<const embedded::SyntaxImage> images) {
  Load load;
  auto origin = load::ChainLoader::embedded_origin(reference, SourceLocation{}, load.diagnostics);
  REQUIRE(origin);
  load::ChainLoader loader(load.sources, load.diagnostics, origin->folder);
  loader.syntax_images = images;
  std::string text(embedded::find(origin->path.generic_string())->text);
  load.chain = loader.load(*origin, std::move(text));
  load.from_images = loader.sets_from_images();
  load.files_read = loader.files_read();
  return load;
}

// Every expression of a rule set.
std::vector<const syntax::Expression*> expressions_of(const syntax::RuleSet& set) {
  std::vector<const syntax::Expression*> found;
  for (const auto& parameter : set.parameters) found.push_back(&parameter.value);
  for (const auto& derived : set.derive) found.push_back(&derived.value);
  for (const auto& provision : set.provision) {
    if (provision.when) found.push_back(&*provision.when);
  }
  for (const auto& rule : set.rules) {
    if (rule.when) found.push_back(&*rule.when);
    for (const auto& escalation : rule.then.escalate) {
      if (escalation.due) found.push_back(&*escalation.due);
    }
  }
  return found;
}

// Where every node of `node` starts and ends, as locate() maps them.
void locations_of(const syntax::Expression& expression, const expr::Node& node, std::vector<std::string>& out) {
  for (std::uint32_t offset : {node.begin, node.end}) {
    SourceLocation where = expression.locate(offset);
    out.push_back(where.file + ":" + std::to_string(where.line) + ":" + std::to_string(where.column));
  }
  for (const auto& child : node.children) locations_of(expression, *child, out);
}

std::vector<std::string> located(const syntax::RuleSet& set) {
  std::vector<std::string> out;
  for (const auto* expression : expressions_of(set)) {
    out.push_back(expression->where.file + ":" + std::to_string(expression->where.line));
    if (expression->tree) locations_of(*expression, *expression->tree, out);
  }
  return out;
}

// The same chain, field by field (the dump walks every field the image
// holds), with the same files in the same SourceStore order and texts, and
// every expression node located at the same line and column.
void require_same(const Load& normal, const Load& other) {
  REQUIRE(normal.chain);
  REQUIRE(other.chain);
  CHECK(normal.diagnostics.empty());
  CHECK(other.diagnostics.empty());
  REQUIRE(normal.sources.files() == other.sources.files());
  for (const auto& file : normal.sources.files()) CHECK(*normal.sources.text(file) == *other.sources.text(file));
  CHECK(normal.files_read == other.files_read);
  REQUIRE(normal.chain->sets.size() == other.chain->sets.size());
  for (std::size_t i = 0; i < normal.chain->sets.size(); ++i) {
    const auto& expected = normal.chain->sets[i];
    const auto& actual = other.chain->sets[i];
    INFO(expected.file);
    CHECK(load::dump_rule_set(expected, normal.texts()) == load::dump_rule_set(actual, other.texts()));
    CHECK(located(expected) == located(actual));
    // Each expression points at the SourceStore's own copy of its file.
    for (const auto* expression : expressions_of(actual)) {
      if (expression->file_text != nullptr) CHECK(expression->file_text == other.sources.text(expression->where.file));
    }
  }
}

std::vector<std::string> embedded_references() {
  std::vector<std::string> references;
  for (const auto& image : embedded::syntax_images()) {
    std::string path(image.path);
    references.push_back("apdr:" + path.substr(path.find('/') + 1, path.size() - path.find('/') - 6));
  }
  return references;
}

// The national set's texts in the order its image names them.
std::vector<const std::string*> texts_for(const Load& load, const std::vector<load::ImageSource>& sources) {
  std::vector<const std::string*> texts;
  for (const auto& source : sources) texts.push_back(load.sources.text(source.display));
  return texts;
}

const embedded::SyntaxImage& image_of(std::string_view path) {
  for (const auto& image : embedded::syntax_images()) {
    if (image.path == path) return image;
  }
  FAIL("no syntax image of " << path);
  throw;
}

}  // namespace

TEST_CASE("the build writes a syntax image of every embedded rule set") {
  std::vector<std::string> paths;
  for (const auto& image : embedded::syntax_images()) paths.emplace_back(image.path);
  CHECK(paths == std::vector<std::string>{"national/national.yaml", "national/reform-2026-proposed.yaml"});
}

TEST_CASE("an embedded rule set read from its image is the one a normal load gives") {
  for (const auto& reference : embedded_references()) {
    INFO(reference);
    Load normal = load_embedded(reference, {});
    Load imaged = load_embedded(reference, embedded::syntax_images());
    CHECK(normal.from_images == 0);
    // Every set of the chain came from its image (reform extends national).
    CHECK(imaged.from_images == normal.chain->sets.size());
    require_same(normal, imaged);
  }
}

TEST_CASE("a syntax image read directly gives the normally loaded rule set") {
  for (const auto& image : embedded::syntax_images()) {
    INFO(image.path);
    std::string path(image.path);
    Load normal = load_embedded("apdr:" + path.substr(9, path.size() - 14), {});
    REQUIRE(normal.chain);
    auto sources = load::syntax_image_sources(image.image);
    REQUIRE(sources);
    REQUIRE_FALSE(sources->empty());
    CHECK((*sources)[0].display == "apdr:" + path);
    auto texts = texts_for(normal, *sources);
    for (std::size_t i = 0; i < sources->size(); ++i) {
      REQUIRE(texts[i] != nullptr);
      CHECK((*sources)[i].bytes == texts[i]->size());
      CHECK((*sources)[i].hash == load::text_hash(*texts[i]));
    }
    auto read = load::read_syntax_image(image.image, texts);
    REQUIRE(read);
    CHECK(load::dump_rule_set(*read, texts) == load::dump_rule_set(normal.chain->sets.back(), texts));
    // Writing what was read gives the same bytes back.
    CHECK(load::write_syntax_image(*read, *sources, texts) == image.image);
  }
}

TEST_CASE("a damaged, truncated, stale or other-version image is refused and the normal load is used") {
  const auto& original = image_of("national/national.yaml");
  Load normal = load_embedded("apdr:national", {});
  auto sources = load::syntax_image_sources(original.image);
  REQUIRE(sources);

  std::vector<std::pair<std::string, std::string>> damaged;
  std::string image(original.image);
  damaged.emplace_back("truncated", image.substr(0, image.size() / 2));
  damaged.emplace_back("truncated and resealed", image.substr(0, image.size() / 2));
  load::reseal_syntax_image(damaged.back().second);
  std::string flipped = image;
  flipped[image.size() - 10] ^= 0x20;
  damaged.emplace_back("a flipped byte", flipped);
  std::string other_version = image;
  other_version[8] = static_cast<char>(other_version[8] + 1);  // the version follows the 8-byte magic
  load::reseal_syntax_image(other_version);
  damaged.emplace_back("another format version", other_version);
  damaged.emplace_back("empty", "");
  // An image of texts that are not the embedded ones: a rule set edited
  // since, its image stale. The first file's length is changed, resealed.
  std::vector<load::ImageSource> stale_sources = *sources;
  stale_sources[1].bytes += 1;
  auto texts = texts_for(normal, *sources);
  auto read = load::read_syntax_image(image, texts);
  REQUIRE(read);
  damaged.emplace_back("stale: a file's length", load::write_syntax_image(*read, stale_sources, texts));
  stale_sources = *sources;
  stale_sources[0].hash ^= 1;
  damaged.emplace_back("stale: the main file's hash", load::write_syntax_image(*read, stale_sources, texts));

  for (const auto& [what, bytes] : damaged) {
    INFO(what);
    embedded::SyntaxImage one{original.path, bytes};
    Load refused = load_embedded("apdr:national", std::span<const embedded::SyntaxImage>(&one, 1));
    CHECK(refused.from_images == 0);
    require_same(normal, refused);
  }
  // And the undamaged one through the same route is taken.
  Load taken = load_embedded("apdr:national", std::span<const embedded::SyntaxImage>(&original, 1));
  CHECK(taken.from_images == 1);
}

TEST_CASE("any flipped byte of an image is caught by its checksum") {
  std::string image(image_of("national/national.yaml").image);
  std::mt19937 random(17);
  for (int i = 0; i < 2000; ++i) {
    std::string damaged = image;
    std::size_t at = random() % damaged.size();
    damaged[at] = static_cast<char>(damaged[at] ^ (1 + random() % 255));
    INFO("byte " << at);
    REQUIRE_FALSE(load::syntax_image_sources(damaged));
  }
}

TEST_CASE("random bytes flipped behind a fresh checksum read as nothing or as a rule set, never a crash") {
  // Reading past the checksum on purpose reaches the reader's own checks:
  // counts, indices, enums, dates, nesting and the end of the bytes.
  Load normal = load_embedded("apdr:national", {});
  std::mt19937 random(6);
  std::size_t refused = 0;
  std::size_t read = 0;
  for (const auto& image : embedded::syntax_images()) {
    auto sources = load::syntax_image_sources(image.image);
    REQUIRE(sources);
    std::vector<const std::string*> texts(sources->size(), normal.sources.text("apdr:national/national.yaml"));
    int rounds = image.image.size() > 50'000 ? 500 : 3000;
    for (int i = 0; i < rounds; ++i) {
      std::string damaged(image.image);
      int flips = 1 + static_cast<int>(random() % 4);
      for (int f = 0; f < flips; ++f) {
        std::size_t at = 20 + random() % (damaged.size() - 20);
        damaged[at] = static_cast<char>(random());
      }
      load::reseal_syntax_image(damaged);
      auto set = load::read_syntax_image(damaged, texts);
      if (!set) {
        ++refused;
        continue;
      }
      ++read;
      // What it read is a whole RuleSet whose expressions point only at the
      // texts given.
      for (const auto* expression : expressions_of(*set)) {
        bool known = expression->file_text == nullptr || expression->file_text == texts[0];
        REQUIRE(known);
        expression->locate(7);
      }
    }
    // Every prefix of the smaller image, resealed, is refused: none stops at
    // a place where a whole RuleSet ends.
    if (image.image.size() < 50'000) {
      for (std::size_t length = 0; length < image.image.size(); length += 7) {
        std::string prefix(image.image.substr(0, length));
        load::reseal_syntax_image(prefix);
        REQUIRE_FALSE(load::read_syntax_image(prefix, texts));
      }
    }
  }
  CHECK(refused > 0);
  CHECK(read + refused == 3500);
}
