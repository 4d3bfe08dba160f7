// The two entry points of the load stage.
#include "load/load.hpp"

#include "load/chain_loader.hpp"
#include "embedded/embedded_files.hpp"
#include "load/file_text.hpp"

namespace apdr::load {
namespace fs = std::filesystem;

std::optional<syntax::Chain> load_chain(const std::string& path, SourceStore& sources,
                                        Diagnostics& diagnostics) {
  SourceLocation no_position{path, 0, 0};
  if (path == "-") {
    auto text = read_standard_input(diagnostics);
    if (!text) return std::nullopt;
    fs::path here = canonical_or_normal(fs::current_path());
    Origin origin{"-", "", here / "-", here, false, "-"};
    return ChainLoader(sources, diagnostics, here).load(std::move(origin), std::move(*text));
  }
  if (path.starts_with("apdr:")) {
    auto origin = ChainLoader::embedded_origin(path, no_position, diagnostics);
    if (!origin) return std::nullopt;
    ChainLoader loader(sources, diagnostics, origin->folder);
    const auto* file = embedded::find(origin->path.generic_string());
    return loader.load(std::move(*origin), std::string(file->text));
  }
  auto text = read_file_text(path, path, no_position, diagnostics);
  if (!text) return std::nullopt;
  fs::path resolved = canonical_or_normal(path);
  Origin origin{path, fs::path(path).parent_path().generic_string(), path, resolved.parent_path(), false,
                resolved.generic_string()};
  return ChainLoader(sources, diagnostics, origin.folder).load(std::move(origin), std::move(*text));
}

std::optional<syntax::Chain> load_chain_from_text(const std::string& display_name, const std::string& folder,
                                                  std::string text, SourceStore& sources,
                                                  Diagnostics& diagnostics) {
  fs::path root = canonical_or_normal(folder.empty() ? fs::path(".") : fs::path(folder));
  fs::path as_file = root / fs::path(display_name).filename();
  Origin origin{display_name, fs::path(display_name).parent_path().generic_string(), as_file, root, false,
                as_file.generic_string()};
  return ChainLoader(sources, diagnostics, root).load(std::move(origin), std::move(text));
}

std::optional<syntax::Chain> load_chain_with_resolver(const std::string& name, std::string text,
                                                      const TextResolver& resolver, SourceStore& sources,
                                                      Diagnostics& diagnostics) {
  fs::path path = fs::path(name).lexically_normal();
  Origin origin;
  origin.resolved = true;
  origin.path = path;
  origin.folder = path.parent_path();
  origin.display = name;
  origin.display_folder = origin.folder.generic_string();
  origin.identity = path.generic_string();
  ChainLoader loader(sources, diagnostics, origin.folder, resolver);
  return loader.load(std::move(origin), std::move(text));
}

}  // namespace apdr::load
