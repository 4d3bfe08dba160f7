#include "load/chain_loader.hpp"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "core/limits.hpp"
#include "core/suggest.hpp"
#include "embedded/embedded_files.hpp"
#include "embedded/syntax_images.hpp"
#include "load/duplicate_ids.hpp"
#include "load/file_text.hpp"
#include "load/rule_set_document.hpp"
#include "load/syntax_image.hpp"
#include "load/yaml_document.hpp"

namespace apdr::load {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view embedded_prefix = "apdr:";
constexpr std::string_view embedded_folder = "national";

std::string at_text(const SourceLocation& where) {
  return fmt::format("{}:{}:{}", where.file, where.line, where.column);
}

// A whole rule set, as opposed to a part others include: it gives its own
// `id` at the top level.
bool declares_id(std::string_view text) {
  return text.starts_with("id:") || text.find("\nid:") != std::string_view::npos;
}

// The names `apdr:NAME` can take: the embedded national/NAME.yaml files
// that are rule sets of their own.
std::vector<std::string> embedded_names() {
  std::vector<std::string> names;
  for (const auto& file : embedded::files()) {
    fs::path path(file.path);
    if (path.parent_path() != embedded_folder || path.extension() != ".yaml") continue;
    if (!declares_id(file.text)) continue;
    std::string stem = path.stem().string();
    if (stem.ends_with(".test")) continue;
    names.push_back(stem);
  }
  return names;
}

bool is_absolute_like(const fs::path& path) {
  return path.is_absolute() || path.has_root_directory() || path.has_root_name();
}

std::string join_display(const std::string& folder, const fs::path& relative) {
  return (fs::path(folder) / relative).lexically_normal().generic_string();
}

}  // namespace

bool is_inside(const fs::path& root, const fs::path& candidate) {
  fs::path r = root.lexically_normal();
  fs::path c = candidate.lexically_normal();
  auto r_it = r.begin();
  auto c_it = c.begin();
  for (; r_it != r.end(); ++r_it, ++c_it) {
    if (r_it->empty() && std::next(r_it) == r.end()) break;  // a trailing separator
    if (c_it == c.end() || *r_it != *c_it) return false;
  }
  return c_it != c.end() && !c_it->empty() && *c_it != "..";
}

fs::path canonical_or_normal(const fs::path& path) {
  std::error_code error;
  fs::path result = fs::weakly_canonical(fs::absolute(path), error);
  if (error) return fs::absolute(path).lexically_normal();
  return result;
}

std::optional<Origin> ChainLoader::embedded_origin(const std::string& reference, const SourceLocation& where,
                                                   Diagnostics& diagnostics) {
  std::string name = reference.substr(embedded_prefix.size());
  std::string path = fmt::format("{}/{}.yaml", embedded_folder, name);
  std::vector<std::string> names = embedded_names();
  if (embedded::find(path) == nullptr || std::find(names.begin(), names.end(), name) == names.end()) {
    // Suggest what the author must write: `apdr:national`, not `national`.
    std::vector<std::string> references;
    for (const auto& known : names) references.push_back(std::string(embedded_prefix) + known);
    std::vector<std::string> notes = did_you_mean(reference, references);
    notes.push_back(names.empty() ? std::string("this build embeds no rule sets")
                                  : "embedded rule sets: " + fmt::format("apdr:{}", fmt::join(names, ", apdr:")));
    diagnostics.error(Code::UnknownEmbedded, where,
                      fmt::format("there is no embedded rule set `{}`", reference), std::move(notes));
    return std::nullopt;
  }
  Origin origin;
  origin.embedded = true;
  origin.path = path;
  origin.folder = embedded_folder;
  origin.display = fmt::format("apdr:{}", path);
  origin.display_folder = fmt::format("apdr:{}", embedded_folder);
  origin.identity = origin.display;
  return origin;
}

const std::string* ChainLoader::keep_text(const std::string& display, std::string text) {
  // Expressions already loaded point into the stored text, so an identical
  // text is shared rather than replaced.
  const std::string* stored = sources_.text(display);
  if (stored == nullptr || *stored != text) {
    sources_.add(display, std::move(text));
    stored = sources_.text(display);
  }
  return stored;
}

std::optional<syntax::RuleSet> ChainLoader::rule_set_from_image(const Origin& main, std::string& text) {
  const std::string path = main.path.generic_string();
  auto image = std::find_if(syntax_images.begin(), syntax_images.end(),
                            [&](const embedded::SyntaxImage& candidate) { return candidate.path == path; });
  if (image == syntax_images.end()) return std::nullopt;
  auto sources = syntax_image_sources(image->image);
  if (!sources || sources->empty() || (*sources)[0].display != main.display) return std::nullopt;
  // The build wrote an image only for a set that loaded without a single
  // diagnostic, under the same limits; the file and byte limits are checked
  // again here anyway, so no image can carry past them what a normal load
  // would refuse.
  std::size_t total_bytes = 0;
  for (const auto& source : *sources) total_bytes += source.bytes;
  if (sources->size() > limits::max_files_per_rule_set || total_bytes > limits::max_rule_set_bytes) {
    return std::nullopt;
  }
  // Every file the image was made from must still be the embedded file of
  // that name, byte for byte (length and hash), the main file being `text`.
  std::vector<std::string_view> found;
  for (std::size_t i = 0; i < sources->size(); ++i) {
    const ImageSource& source = (*sources)[i];
    if (!source.display.starts_with(embedded_prefix)) return std::nullopt;
    const embedded::EmbeddedFile* file = embedded::find(std::string_view(source.display).substr(embedded_prefix.size()));
    std::string_view file_text = i == 0 ? std::string_view(text) : (file ? file->text : std::string_view());
    if (file == nullptr || file_text.size() != source.bytes || text_hash(file_text) != source.hash) return std::nullopt;
    found.push_back(file_text);
  }
  // The texts go into the SourceStore in the order the files would have been
  // read, so messages quote them and SourceStore::files() lists them as a
  // normal load does; a refused image below leaves them there, and the normal
  // load then shares them (keep_text).
  std::vector<const std::string*> texts;
  files_read_.emplace_back();
  for (std::size_t i = 0; i < sources->size(); ++i) {
    const std::string& display = (*sources)[i].display;
    texts.push_back(i == 0 ? keep_text(display, std::move(text)) : keep_text(display, std::string(found[i])));
    files_read_.back().push_back(display);
  }
  auto set = read_syntax_image(image->image, texts);
  if (!set || set->file != main.display) {
    files_read_.pop_back();
    text = *texts[0];  // load_rule_set reads it the normal way
    return std::nullopt;
  }
  return set;
}

std::optional<std::string> ChainLoader::read_text(const Origin& origin, const SourceLocation& reported_at) {
  if (origin.embedded) {
    const embedded::EmbeddedFile* file = embedded::find(origin.path.generic_string());
    if (file == nullptr) {
      diagnostics_.error(Code::FileUnreadable, reported_at,
                         fmt::format("cannot read `{}`: no such embedded file", origin.display));
      return std::nullopt;
    }
    return std::string(file->text);
  }
  if (origin.resolved) {
    // The resolver is the integrator's code: whatever it throws is reported
    // at the entry that named the file, not let through.
    std::optional<std::string> text;
    try {
      if (resolver_ != nullptr) text = (*resolver_)(origin.path.generic_string());
    } catch (const std::exception& error) {
      diagnostics_.error(Code::FileUnreadable, reported_at,
                         fmt::format("cannot read `{}`: the include resolver failed: {}", origin.display,
                                     error.what()));
      return std::nullopt;
    } catch (...) {
      diagnostics_.error(Code::FileUnreadable, reported_at,
                         fmt::format("cannot read `{}`: the include resolver failed", origin.display));
      return std::nullopt;
    }
    if (!text) {
      diagnostics_.error(Code::FileUnreadable, reported_at,
                         fmt::format("cannot read `{}`: the include resolver has no such file", origin.display));
    }
    return text;
  }
  // An include or base must be a plain file: opening a named pipe in the
  // rule set's folder would block for ever, and a device could be endless.
  std::error_code error;
  auto status = std::filesystem::status(origin.path, error);
  if (!error && !std::filesystem::is_regular_file(status) && !std::filesystem::is_directory(status)) {
    diagnostics_.error(Code::FileUnreadable, reported_at,
                       fmt::format("cannot read `{}`: it is not a regular file (a pipe, socket or device)",
                                   origin.display));
    return std::nullopt;
  }
  return read_file_text(origin.path, origin.display, reported_at, diagnostics_);
}

std::optional<syntax::Chain> ChainLoader::load(Origin requested, std::string text) {
  std::vector<syntax::RuleSet> sets;  // requested first, root last
  std::vector<std::pair<std::string, std::string>> visited;  // identity, display
  Origin current = std::move(requested);
  for (;;) {
    visited.emplace_back(current.identity, current.display);
    auto set = load_rule_set(current, std::move(text));
    if (!set) return std::nullopt;
    std::optional<syntax::Scalar> extends = set->extends;
    sets.push_back(std::move(*set));
    if (!extends) break;

    auto base = resolve_extends(current, *extends);
    if (!base) return std::nullopt;
    auto seen = std::find_if(visited.begin(), visited.end(),
                             [&](const auto& entry) { return entry.first == base->identity; });
    if (seen != visited.end()) {
      std::vector<std::string> steps;
      for (auto it = seen; it != visited.end(); ++it) steps.push_back(it->second);
      steps.push_back(base->display);
      diagnostics_.error(Code::ExtendsCycle, extends->where,
                         fmt::format("rule sets extend each other in a cycle: {}", fmt::join(steps, " → ")));
      return std::nullopt;
    }
    if (visited.size() >= limits::max_extends_depth) {
      diagnostics_.error(Code::LimitExceeded, extends->where,
                         fmt::format("the extends chain is longer than {} rule sets (max_extends_depth)",
                                     limits::max_extends_depth));
      return std::nullopt;
    }
    auto base_text = read_text(*base, extends->where);
    if (!base_text) return std::nullopt;
    current = std::move(*base);
    text = std::move(*base_text);
  }
  std::reverse(sets.begin(), sets.end());
  return syntax::Chain{std::move(sets)};
}

std::optional<syntax::RuleSet> ChainLoader::load_rule_set(const Origin& main, std::string text) {
  if (main.embedded) {
    if (auto set = rule_set_from_image(main, text)) {
      ++sets_from_images_;
      return set;
    }
  }
  files_read_.emplace_back();
  syntax::RuleSet set;
  set.file = main.display;
  set.where = SourceLocation{main.display, 1, 1};
  IncludeState state;
  bool logical = main.embedded || main.resolved;  // not on disk: names, not paths
  state.root = logical ? main.folder : canonical_or_normal(main.folder);
  set.folder = logical ? main.display_folder : state.root.generic_string();
  if (!read_one_file(main, std::move(text), true, 0, set, state)) return std::nullopt;
  report_duplicate_ids(set, diagnostics_);
  return set;
}

namespace {

// Every entry of a rule set read so far, across its files.
std::size_t entries_of(const syntax::RuleSet& set) {
  return set.sources.size() + set.levels.size() + set.calendar.holidays.size() + set.parameters.size() +
         set.inputs.size() + set.derive.size() + set.provision.size() + set.steps.size() + set.information.size() +
         set.rules.size();
}

}  // namespace

std::vector<AheadJob> ChainLoader::ahead_jobs(const Origin& from, const std::vector<syntax::Scalar>& includes) const {
  std::vector<AheadJob> jobs;
  if (from.embedded || from.resolved || parse_threads < 2) return jobs;  // embedded files have tree images;
                                                                          // a resolver is not ours to call on threads
  for (std::size_t i = 0; i < includes.size(); ++i) {
    fs::path relative(includes[i].value);
    if (includes[i].value.empty() || is_absolute_like(relative)) {
      jobs.push_back({});  // resolve_include refuses it; an empty job keeps the numbering
      continue;
    }
    jobs.push_back({canonical_or_normal(from.folder / relative), join_display(from.display_folder, relative)});
  }
  return jobs;
}

bool ChainLoader::read_one_file(const Origin& origin, std::string text, bool is_main, std::size_t depth,
                                syntax::RuleSet& set, IncludeState& state, const ParsedAhead* ahead) {
  state.bytes += text.size();
  files_read_.back().push_back(origin.display);
  YamlFile file{origin.display, keep_text(origin.display, std::move(text)), &diagnostics_, {}};
  if (origin.embedded) {
    if (const auto* embedded = embedded::find(origin.path.generic_string());
        embedded != nullptr && embedded->text == *file.text) {
      file.tree_image = embedded->tree;
    }
  }
  yaml::NodePtr root;
  if (ahead != nullptr && ahead->display == file.display && ahead->text == *file.text) {
    diagnostics_.append(ahead->diagnostics);  // what parsing it here would have said, in the same place
    root = ahead->root;
  } else {
    root = parse_yaml_document(file);
  }
  if (!root) return false;
  std::vector<syntax::Scalar> includes;
  // A main file that is not a mapping at all (prose, a list) is not a rule
  // set with mistakes but no rule set: nothing more can be checked.
  if (!read_rule_set_document(file, *root, is_main, set, includes) && is_main) return false;
  if (!state.too_many_entries && entries_of(set) > limits::max_rule_set_entries) {
    // Reported once, at the file that passed the limit; what was read stays
    // (so its errors are still shown), but no further file is read.
    state.too_many_entries = true;
    diagnostics_.error(Code::LimitExceeded, SourceLocation{origin.display, 1, 1},
                       fmt::format("the rule set has more than {} entries across its files, counting this one "
                                   "(max_rule_set_entries)",
                                   limits::max_rule_set_entries));
  }

  state.stack.emplace_back(origin.identity, origin.display);
  // Sibling includes are parsed on other threads ahead of their turn, while
  // this one reads the documents parsed before; each is still resolved, read
  // and taken in order below.
  std::optional<AheadParser> siblings;
  if (auto jobs = ahead_jobs(origin, includes); jobs.size() >= 2) siblings.emplace(std::move(jobs), parse_threads);
  for (std::size_t i = 0; i < includes.size(); ++i) {
    const syntax::Scalar& include = includes[i];
    if (state.too_many_entries) break;
    std::optional<ParsedAhead> parsed_ahead;
    if (siblings) parsed_ahead = siblings->take(i);
    const ParsedAhead* parsed = parsed_ahead ? &*parsed_ahead : nullptr;
    auto target = resolve_include(origin, include, depth, state);
    if (!target) continue;
    auto included_text = read_text(*target, include.where);
    if (!included_text) continue;
    if (state.bytes + included_text->size() > limits::max_rule_set_bytes) {
      diagnostics_.error(Code::LimitExceeded, include.where,
                         fmt::format("with `{}` the rule set's files would together pass {} MiB "
                                     "(max_rule_set_bytes); split the toolkit into rule sets that extend each other",
                                     include.value, limits::max_rule_set_bytes / (1024 * 1024)));
      continue;
    }
    state.included.emplace(target->identity, include.where);
    ++state.files;
    read_one_file(*target, std::move(*included_text), false, depth + 1, set, state, parsed);
  }
  state.stack.pop_back();
  return true;
}

std::optional<Origin> ChainLoader::resolve_include(const Origin& from, const syntax::Scalar& include,
                                                   std::size_t depth, IncludeState& state) {
  fs::path relative(include.value);
  if (include.value.empty() || is_absolute_like(relative)) {
    diagnostics_.error(Code::IncludeOutsideFolder, include.where,
                       fmt::format("include `{}` is not a relative path; name included files relative "
                                   "to the including file, inside the rule set's folder", include.value));
    return std::nullopt;
  }
  Origin target;
  target.embedded = from.embedded;
  target.resolved = from.resolved;
  if (from.resolved || from.embedded) {
    // Names the resolver knows, or embedded paths, worked out lexically:
    // `..` may not climb out of the root file's folder, as on disk.
    // Embedded files are shown as `apdr:national/…`.
    std::string_view shown_as = from.embedded ? embedded_prefix : std::string_view();
    fs::path joined = (from.folder / relative).lexically_normal();
    target.path = joined;
    target.folder = joined.parent_path();
    target.display = fmt::format("{}{}", shown_as, joined.generic_string());
    target.display_folder = fmt::format("{}{}", shown_as, target.folder.generic_string());
    target.identity = target.display;
    if (!is_inside(state.root, joined)) {
      std::string outside = from.embedded ? fmt::format("the embedded folder `{}`", state.root.generic_string())
                                          : std::string("the rule set's folder");
      diagnostics_.error(Code::IncludeOutsideFolder, include.where,
                         fmt::format("include `{}` leads outside {}", include.value, outside));
      return std::nullopt;
    }
  } else {
    fs::path resolved = canonical_or_normal(from.folder / relative);
    if (!is_inside(state.root, resolved)) {
      diagnostics_.error(Code::IncludeOutsideFolder, include.where,
                         fmt::format("include `{}` leads outside the rule set's folder", include.value),
                         {fmt::format("it resolves to {}, which is not inside {}", resolved.generic_string(),
                                      state.root.generic_string())});
      return std::nullopt;
    }
    target.path = resolved;
    target.folder = resolved.parent_path();
    target.display = join_display(from.display_folder, relative);
    target.display_folder = fs::path(target.display).parent_path().generic_string();
    target.identity = resolved.generic_string();
  }

  auto on_stack = std::find_if(state.stack.begin(), state.stack.end(),
                               [&](const auto& entry) { return entry.first == target.identity; });
  if (on_stack != state.stack.end()) {
    std::vector<std::string> steps;
    for (auto it = on_stack; it != state.stack.end(); ++it) steps.push_back(it->second);
    steps.push_back(target.display);
    diagnostics_.error(Code::ExtendsCycle, include.where,
                       fmt::format("files include each other in a cycle: {}", fmt::join(steps, " → ")));
    return std::nullopt;
  }
  if (auto first = state.included.find(target.identity); first != state.included.end()) {
    diagnostics_.error(Code::DuplicateId, include.where,
                       fmt::format("`{}` is included a second time; each file is included once", target.display),
                       {fmt::format("first included at {}", at_text(first->second))});
    return std::nullopt;
  }
  if (depth + 1 > limits::max_include_depth) {
    diagnostics_.error(Code::LimitExceeded, include.where,
                       fmt::format("includes are nested more than {} deep (max_include_depth)",
                                   limits::max_include_depth));
    return std::nullopt;
  }
  if (state.files >= limits::max_files_per_rule_set) {
    diagnostics_.error(Code::LimitExceeded, include.where,
                       fmt::format("the rule set has more than {} files (max_files_per_rule_set)",
                                   limits::max_files_per_rule_set));
    return std::nullopt;
  }
  return target;
}

std::optional<Origin> ChainLoader::resolve_extends(const Origin& from, const syntax::Scalar& extends) {
  if (extends.value.starts_with(embedded_prefix)) {
    return embedded_origin(extends.value, extends.where, diagnostics_);
  }
  if (from.embedded) {
    diagnostics_.error(Code::IncludeOutsideFolder, extends.where,
                       fmt::format("an embedded rule set can extend only another embedded one "
                                   "(`apdr:NAME`), not `{}`", extends.value));
    return std::nullopt;
  }
  fs::path relative(extends.value);
  if (extends.value.empty() || is_absolute_like(relative)) {
    diagnostics_.error(Code::IncludeOutsideFolder, extends.where,
                       fmt::format("extends `{}` is not a relative path; name the rule set relative to "
                                   "this file, or an embedded one as `apdr:NAME`", extends.value));
    return std::nullopt;
  }
  if (from.resolved) {
    fs::path joined = (from.folder / relative).lexically_normal();
    if (!is_inside(entry_root_, joined)) {
      diagnostics_.error(Code::IncludeOutsideFolder, extends.where,
                         fmt::format("extends `{}` leads outside the folder of the rule set being loaded",
                                     extends.value));
      return std::nullopt;
    }
    Origin base;
    base.resolved = true;
    base.path = joined;
    base.folder = joined.parent_path();
    base.display = joined.generic_string();
    base.display_folder = base.folder.generic_string();
    base.identity = base.display;
    return base;
  }
  fs::path resolved = canonical_or_normal(from.folder / relative);
  if (!is_inside(entry_root_, resolved)) {
    diagnostics_.error(Code::IncludeOutsideFolder, extends.where,
                       fmt::format("extends `{}` leads outside the folder of the rule set being loaded",
                                   extends.value),
                       {fmt::format("it resolves to {}, which is not inside {}", resolved.generic_string(),
                                    entry_root_.generic_string())});
    return std::nullopt;
  }
  Origin base;
  base.path = resolved;
  base.folder = resolved.parent_path();
  base.display = join_display(from.display_folder, relative);
  base.display_folder = fs::path(base.display).parent_path().generic_string();
  base.identity = resolved.generic_string();
  return base;
}

}  // namespace apdr::load
