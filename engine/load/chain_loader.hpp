#pragma once
// Loads a rule set with its includes, then everything it extends, one rule
// set at a time, keeping every file's text in the SourceStore.
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "embedded/syntax_images.hpp"
#include "load/parse_ahead.hpp"
#include "load/syntax.hpp"

namespace apdr::load {

// The text of a rule file named by `extends` or `include:` in a rule set
// built from text. `path` is relative to the root file's folder, with `..`
// worked out and `/` between parts; nullopt says there is no such file.
using TextResolver = std::function<std::optional<std::string>(const std::string& path)>;

// Where one rule file comes from and how it is named.
struct Origin {
  std::string display;                // as diagnostics show it
  std::string display_folder;         // joined with relative paths to name the files it points to
  std::filesystem::path path;         // to open it: a disk path, or an embedded path
  std::filesystem::path folder;       // relative paths in it resolve here (canonical, or embedded)
  bool embedded = false;
  std::string identity;               // the same file always has the same identity
  // The text comes from the integrator's resolver (TextResolver): `path` and
  // `folder` are then names in the resolver's own space, not disk paths.
  bool resolved = false;
};

class ChainLoader {
 public:
  // `entry_root`: the folder of the rule set given to load_chain; relative
  // `extends` paths must stay inside it.
  ChainLoader(SourceStore& sources, Diagnostics& diagnostics, std::filesystem::path entry_root)
      : sources_(sources), diagnostics_(diagnostics), entry_root_(std::move(entry_root)) {}
  // Files of a resolved origin are read through `resolver`, which must
  // outlive the loader.
  ChainLoader(SourceStore& sources, Diagnostics& diagnostics, std::filesystem::path entry_root,
              const TextResolver& resolver)
      : sources_(sources), diagnostics_(diagnostics), entry_root_(std::move(entry_root)), resolver_(&resolver) {}

  // The whole chain from the requested rule set, whose text is given.
  std::optional<syntax::Chain> load(Origin requested, std::string text);

  // The embedded rule set `apdr:NAME` (E012 at `where` when there is none).
  static std::optional<Origin> embedded_origin(const std::string& reference, const SourceLocation& where,
                                               Diagnostics& diagnostics);

 private:
  struct IncludeState {
    std::filesystem::path root;  // includes must stay inside
    std::vector<std::pair<std::string, std::string>> stack;  // identity, display: for cycles
    std::map<std::string, SourceLocation> included;          // identity → where it was included
    std::size_t files = 1;
    std::size_t bytes = 0;       // of every file read so far, main file included
    bool too_many_entries = false;
  };

  std::optional<syntax::RuleSet> load_rule_set(const Origin& main, std::string text);
  // The embedded rule set `main` read from its syntax image; nullopt (with
  // nothing reported) when it has none or the image is refused.
  std::optional<syntax::RuleSet> rule_set_from_image(const Origin& main, std::string& text);
  bool read_one_file(const Origin& origin, std::string text, bool is_main, std::size_t depth,
                     syntax::RuleSet& set, IncludeState& state, const ParsedAhead* ahead = nullptr);
  // The includes of `from`, named as resolve_include will name them if they
  // are files on disk; none when they are not parsed ahead.
  std::vector<AheadJob> ahead_jobs(const Origin& from, const std::vector<syntax::Scalar>& includes) const;
  std::optional<Origin> resolve_include(const Origin& from, const syntax::Scalar& include,
                                        std::size_t depth, IncludeState& state);
  std::optional<Origin> resolve_extends(const Origin& from, const syntax::Scalar& extends);
  std::optional<std::string> read_text(const Origin& origin, const SourceLocation& reported_at);
  const std::string* keep_text(const std::string& display, std::string text);

  SourceStore& sources_;
  Diagnostics& diagnostics_;
  std::filesystem::path entry_root_;
  const TextResolver* resolver_ = nullptr;
  std::vector<std::vector<std::string>> files_read_;
  std::size_t sets_from_images_ = 0;

 public:
  // Threads that parse sibling includes at once (parse_ahead.hpp); 1 parses
  // each file in its turn. The result is the same either way.
  unsigned parse_threads = parse_ahead_threads();
  // The syntax images an embedded rule set is read from when it has one
  // (embedded/syntax_images.hpp): the build's own. Tests give none, or
  // damaged ones, to compare with the normal way of loading.
  std::span<const embedded::SyntaxImage> syntax_images = embedded::syntax_images();
  // How many rule sets load() took from a syntax image.
  std::size_t sets_from_images() const { return sets_from_images_; }
  // The files each rule set was read from, as messages name them, main file
  // first in reading order; one list per rule set, in the order load() read
  // them (the requested set first). The tool that writes syntax images
  // records them.
  const std::vector<std::vector<std::string>>& files_read() const { return files_read_; }
};

// True when `candidate` lies strictly inside `root` (both already
// canonical, or both embedded paths).
bool is_inside(const std::filesystem::path& root, const std::filesystem::path& candidate);

// The canonical form of `path` (symlinks followed, `..` removed), or its
// lexical normal form when the file system cannot say.
std::filesystem::path canonical_or_normal(const std::filesystem::path& path);

}  // namespace apdr::load
