#pragma once
// A syntax::RuleSet written out as bytes and read back, field for field:
// the build loads each embedded rule set through the load stage and writes
// its image (embedded/syntax_images.hpp), so that start-up reads the set
// instead of reading its files and parsing every expression again.
//
// An image names the files the set was read from (main file first, in the
// order the loader read them) with the length and a hash of each text.
// Expressions keep, instead of a pointer into a file's text, the index of
// that file; the reader points them at the texts it is given, which the
// loader has put in the SourceStore. An image of another format version, a
// damaged one (its checksum), or one whose files' texts are not the texts
// at hand is refused: the loader then reads the files as usual.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "load/syntax.hpp"

namespace apdr::load {

// One file a rule set was read from, as the image records it.
struct ImageSource {
  std::string display;  // as messages name it ("apdr:national/timescales.yaml")
  std::uint64_t bytes = 0;
  std::uint64_t hash = 0;  // text_hash of its text
};

// A hash of a file's text that tells a changed text from the one an image
// was made from (not a defence against forgery: the image is in the binary).
std::uint64_t text_hash(std::string_view text);

// The image of `set`, read from `sources` (main file first) whose texts are
// `texts` (the SourceStore's copies: every expression's file_text is one of
// them, or null). Throws std::invalid_argument when an expression points at
// a text not in `texts`.
std::string write_syntax_image(const syntax::RuleSet& set, const std::vector<ImageSource>& sources,
                               std::span<const std::string* const> texts);

// The files `image` was made from, or nullopt when it is not an intact image
// of this format version (magic, version, checksum).
std::optional<std::vector<ImageSource>> syntax_image_sources(std::string_view image);

// The RuleSet of an image whose sources were checked (syntax_image_sources)
// against `texts`, one per source in the same order; expressions point into
// them. nullopt when the image does not read as a RuleSet: every count,
// index, enum and nesting depth is checked, so any bytes give either nullopt
// or a valid RuleSet, never a crash.
std::optional<syntax::RuleSet> read_syntax_image(std::string_view image, std::span<const std::string* const> texts);

// The whole RuleSet as text, every field of every entry by the same visit
// functions the image uses (expressions' file_text as the index into
// `texts`), for tests that compare two loads.
std::string dump_rule_set(const syntax::RuleSet& set, std::span<const std::string* const> texts);

// Recomputes the checksum of a deliberately damaged image, so a test can
// reach the reader's own checks behind it.
void reseal_syntax_image(std::string& image);

}  // namespace apdr::load
