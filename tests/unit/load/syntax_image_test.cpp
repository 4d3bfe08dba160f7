// The embedded rule sets are read at start-up from syntax images made at
// build time (load/syntax_image.hpp). Each must give the RuleSet a normal
// load of the same embedded texts gives, field for field and position for
// position; a damaged, truncated or stale image must be refused, and then
// the normal load gives the same chain.
#include <catch2/catch.hpp>

#include <cstring>
#include <random>

#include "core/limits.hpp"
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

// A comparison written apart from the image's visit functions, so that a
// field those functions forgot (written and read by neither) is still
// caught: the dump alone would agree with itself. Node::slot is left out,
// as the image leaves it out (the checker's, 0 after loading).
namespace same {

bool eq(const SourceLocation& a, const SourceLocation& b) {
  return a.file == b.file && a.line == b.line && a.column == b.column;
}
bool eq(const std::string& a, const std::string& b) { return a == b; }
bool eq(bool a, bool b) { return a == b; }
bool eq(const Date& a, const Date& b) { return a == b; }
// Declared first: the templates below look them up where they are written.
bool eq(const expr::Node& a, const expr::Node& b);
bool eq(const syntax::Scalar& a, const syntax::Scalar& b);
bool eq(const syntax::Expression& a, const syntax::Expression& b);
bool eq(const syntax::Window& a, const syntax::Window& b);
bool eq(const syntax::SourceEntry& a, const syntax::SourceEntry& b);
bool eq(const syntax::Level& a, const syntax::Level& b);
bool eq(const syntax::Parameter& a, const syntax::Parameter& b);
bool eq(const syntax::Input& a, const syntax::Input& b);
bool eq(const syntax::Derived& a, const syntax::Derived& b);
bool eq(const syntax::EntryCommon& a, const syntax::EntryCommon& b);
bool eq(const syntax::Provision& a, const syntax::Provision& b);
bool eq(const syntax::Step& a, const syntax::Step& b);
bool eq(const syntax::Information& a, const syntax::Information& b);
bool eq(const syntax::Escalation& a, const syntax::Escalation& b);
bool eq(const syntax::LevelAction& a, const syntax::LevelAction& b);
bool eq(const syntax::Action& a, const syntax::Action& b);
bool eq(const syntax::Rule& a, const syntax::Rule& b);
bool eq(const syntax::Holiday& a, const syntax::Holiday& b);
bool eq(const syntax::Calendar& a, const syntax::Calendar& b);
bool eq(const syntax::Removal& a, const syntax::Removal& b);
bool eq(const expr::NodePtr& a, const expr::NodePtr& b) {
  return (a == nullptr) == (b == nullptr) && (a == nullptr || eq(*a, *b));
}
template <class T>
bool eq(const std::optional<T>& a, const std::optional<T>& b) {
  return a.has_value() == b.has_value() && (!a || eq(*a, *b));
}
template <class T>
bool eq(const std::vector<T>& a, const std::vector<T>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!eq(a[i], b[i])) return false;
  }
  return true;
}
bool eq(const expr::Node& a, const expr::Node& b) {
  bool same_number = std::memcmp(&a.number, &b.number, sizeof a.number) == 0;
  return a.kind == b.kind && a.begin == b.begin && a.end == b.end && same_number && a.is_integer == b.is_integer &&
         a.boolean == b.boolean && a.date == b.date && a.duration == b.duration && a.text == b.text &&
         a.unary == b.unary && a.binary == b.binary && eq(a.children, b.children);
}
bool eq(const syntax::Scalar& a, const syntax::Scalar& b) { return a.value == b.value && eq(a.where, b.where); }
// file_text is compared as the file it points into (each load has its own
// SourceStore), by the caller through expressions_of.
bool eq(const syntax::Expression& a, const syntax::Expression& b) {
  return a.text == b.text && eq(a.where, b.where) && eq(a.tree, b.tree) && a.text_start == b.text_start &&
         a.verbatim == b.verbatim && (a.file_text == nullptr) == (b.file_text == nullptr) &&
         (a.file_text == nullptr || *a.file_text == *b.file_text);
}
bool eq(const syntax::Window& a, const syntax::Window& b) {
  return eq(a.from, b.from) && eq(a.to, b.to) && eq(a.where, b.where);
}
bool eq(const syntax::SourceEntry& a, const syntax::SourceEntry& b) {
  return eq(a.id, b.id) && eq(a.title, b.title) && eq(a.published, b.published) && eq(a.url, b.url) &&
         eq(a.publisher, b.publisher) && eq(a.note, b.note) && eq(a.section_url, b.section_url) &&
         eq(a.section_name, b.section_name);
}
bool eq(const syntax::Level& a, const syntax::Level& b) {
  return eq(a.id, b.id) && eq(a.title, b.title) && eq(a.national, b.national) && eq(a.census, b.census) &&
         eq(a.plain, b.plain) && eq(a.description, b.description) && eq(a.where, b.where);
}
bool eq(const syntax::Parameter& a, const syntax::Parameter& b) { return eq(a.name, b.name) && eq(a.value, b.value); }
bool eq(const syntax::Input& a, const syntax::Input& b) {
  return eq(a.name, b.name) && eq(a.type, b.type) && eq(a.values, b.values) && eq(a.of, b.of) &&
         eq(a.question, b.question) && eq(a.plain, b.plain) && eq(a.source, b.source) && eq(a.where, b.where);
}
bool eq(const syntax::Derived& a, const syntax::Derived& b) { return eq(a.name, b.name) && eq(a.value, b.value); }
bool eq(const syntax::EntryCommon& a, const syntax::EntryCommon& b) {
  return eq(a.id, b.id) && eq(a.title, b.title) && eq(a.plain, b.plain) && eq(a.description, b.description) &&
         eq(a.source, b.source) && eq(a.kind, b.kind) && eq(a.effective, b.effective) && a.override_ == b.override_ &&
         eq(a.where, b.where);
}
bool eq(const syntax::Provision& a, const syntax::Provision& b) {
  return eq(static_cast<const syntax::EntryCommon&>(a), b) && eq(a.area, b.area) && eq(a.level, b.level) &&
         eq(a.when, b.when);
}
bool eq(const syntax::Step& a, const syntax::Step& b) {
  return eq(static_cast<const syntax::EntryCommon&>(a), b) && eq(a.who, b.who);
}
bool eq(const syntax::Information& a, const syntax::Information& b) {
  return eq(static_cast<const syntax::EntryCommon&>(a), b) && eq(a.text, b.text);
}
bool eq(const syntax::Escalation& a, const syntax::Escalation& b) {
  return eq(a.step, b.step) && eq(a.due, b.due) && eq(a.where, b.where);
}
bool eq(const syntax::LevelAction& a, const syntax::LevelAction& b) { return eq(a.area, b.area) && eq(a.level, b.level); }
bool eq(const syntax::Action& a, const syntax::Action& b) {
  return eq(a.levels, b.levels) && eq(a.provide, b.provide) && eq(a.escalate, b.escalate) && eq(a.inform, b.inform) &&
         eq(a.where, b.where);
}
bool eq(const syntax::Rule& a, const syntax::Rule& b) {
  return eq(a.id, b.id) && eq(a.kind, b.kind) && eq(a.area, b.area) && eq(a.title, b.title) && eq(a.when, b.when) &&
         eq(a.then, b.then) && eq(a.because, b.because) && eq(a.plain, b.plain) && eq(a.source, b.source) &&
         eq(a.effective, b.effective) && a.override_ == b.override_ && eq(a.where, b.where);
}
bool eq(const syntax::Holiday& a, const syntax::Holiday& b) {
  return a.date == b.date && eq(a.date_text, b.date_text) && eq(a.title, b.title) && eq(a.source, b.source);
}
bool eq(const syntax::Calendar& a, const syntax::Calendar& b) {
  return eq(a.weekend, b.weekend) && eq(a.weekend_where, b.weekend_where) && eq(a.holidays, b.holidays) &&
         eq(a.listed_through, b.listed_through) && eq(a.listed_through_where, b.listed_through_where);
}
bool eq(const syntax::Removal& a, const syntax::Removal& b) {
  return eq(a.rules, b.rules) && eq(a.provision, b.provision) && eq(a.steps, b.steps) &&
         eq(a.information, b.information);
}
bool eq(const syntax::RuleSet& a, const syntax::RuleSet& b) {
  return a.file == b.file && a.folder == b.folder && eq(a.id, b.id) && eq(a.title, b.title) &&
         eq(a.description, b.description) && eq(a.jurisdiction, b.jurisdiction) && eq(a.status, b.status) &&
         eq(a.version, b.version) && eq(a.extends, b.extends) && eq(a.effective, b.effective) &&
         eq(a.where, b.where) && eq(a.sources, b.sources) && eq(a.levels, b.levels) &&
         eq(a.levels_where, b.levels_where) && eq(a.calendar, b.calendar) && eq(a.parameters, b.parameters) &&
         eq(a.inputs, b.inputs) && eq(a.derive, b.derive) && eq(a.provision, b.provision) && eq(a.steps, b.steps) &&
         eq(a.information, b.information) && eq(a.rules, b.rules) && eq(a.remove, b.remove) &&
         eq(a.lint_allow, b.lint_allow);
}

}  // namespace same

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

// The shape the parser gives every node (expression/parse.cpp), which the
// checker and compiler index without checking.
bool parser_shaped(const expr::Node& node, std::size_t text_length, std::size_t depth = 1) {
  using expr::NodeKind;
  if (depth > limits::max_expression_tree_depth + 1 || node.begin > node.end || node.end > text_length) return false;
  std::size_t arity = node.children.size();
  switch (node.kind) {
    case NodeKind::list:
    case NodeKind::call: break;
    case NodeKind::field:
    case NodeKind::unary: if (arity != 1) return false; break;
    case NodeKind::where:
    case NodeKind::binary: if (arity != 2) return false; break;
    case NodeKind::if_then: if (arity != 3) return false; break;
    default: if (arity != 0) return false;
  }
  for (const auto& child : node.children) {
    if (child == nullptr || !parser_shaped(*child, text_length, depth + 1)) return false;
  }
  return true;
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
    CHECK(same::eq(expected, actual));
    CHECK(located(expected) == located(actual));
    for (const auto* expression : expressions_of(actual)) {
      if (expression->tree) CHECK(parser_shaped(*expression->tree, expression->text.size()));
    }
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
    CHECK(same::eq(*read, normal.chain->sets.back()));
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
        if (expression->tree) REQUIRE(parser_shaped(*expression->tree, expression->text.size()));
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
