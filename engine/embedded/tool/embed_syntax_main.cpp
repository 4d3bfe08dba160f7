// Build tool: writes the C++ file of the embedded rule sets' syntax images
// (embedded/syntax_images.hpp). Each embedded file that is a rule set of its
// own (apdr:NAME) is loaded through the load stage, exactly as `apdr` loads
// it when it has no image, and the RuleSet read is written out by
// load/syntax_image.hpp.
//
//   apdr_embed_syntax OUT
//
// A set whose load reports anything at all (an error, a warning, a limit)
// gets no image: apdr then loads it the normal way each time, and reports
// what there is to report where it always would.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "embedded/embedded_files.hpp"
#include "embedded/tool/generated_source.hpp"
#include "load/chain_loader.hpp"
#include "load/syntax_image.hpp"

namespace fs = std::filesystem;
using apdr::embedded::tool::write_array;
using apdr::embedded::tool::write_whole;
using namespace apdr;

namespace {

// The image of the embedded rule set at `path`, or empty when it is no rule
// set of its own or loading it reported anything.
std::string image_of(const std::string& path) {
  fs::path as_path(path);
  if (as_path.parent_path() != "national" || as_path.extension() != ".yaml") return {};
  std::string name = as_path.stem().string();
  if (name.ends_with(".test")) return {};
  SourceStore sources;
  Diagnostics diagnostics;
  auto origin = load::ChainLoader::embedded_origin("apdr:" + name, SourceLocation{}, diagnostics);
  if (!origin || !diagnostics.empty()) return {};
  load::ChainLoader loader(sources, diagnostics, origin->folder);
  loader.syntax_images = {};  // this tool links none, but say so
  loader.parse_threads = 1;
  auto chain = loader.load(*origin, std::string(embedded::find(path)->text));
  if (!chain || !diagnostics.empty() || loader.files_read().empty()) return {};
  // load() reads the requested set first (then what it extends); the chain
  // lists it last.
  const std::vector<std::string>& files = loader.files_read().front();
  std::vector<load::ImageSource> image_sources;
  std::vector<const std::string*> texts;
  for (const auto& display : files) {
    const std::string* text = sources.text(display);
    if (text == nullptr) throw std::runtime_error("no text kept for " + display);
    image_sources.push_back({display, text->size(), load::text_hash(*text)});
    texts.push_back(text);
  }
  return load::write_syntax_image(chain->sets.back(), image_sources, texts);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: apdr_embed_syntax OUT\n";
    return 2;
  }
  try {
    fs::path out_path = argv[1];
    std::ostringstream out;
    out << "// Written by apdr_embed_syntax (engine/embedded/tool/) at build time.\n"
           "#include \"embedded/syntax_images.hpp\"\n"
           "namespace apdr::embedded {\nnamespace {\n";
    std::ostringstream table;
    std::size_t count = 0;
    for (const auto& file : embedded::files()) {
      std::string path(file.path);
      std::string image = image_of(path);
      if (image.empty()) continue;
      std::string name = "image_" + std::to_string(count++);
      write_array(out, name, image);
      table << "    {\"" << path << "\", std::string_view(" << name << ", " << image.size() << ")},\n";
    }
    out << "}  // namespace\n\nstd::span<const SyntaxImage> syntax_images() {\n";
    if (count == 0) {
      out << "  return {};\n";
    } else {
      out << "  static const SyntaxImage table[] = {\n" << table.str() << "  };\n  return table;\n";
    }
    out << "}\n\n}  // namespace apdr::embedded\n";
    write_whole(out_path, out.str());
  } catch (const std::exception& error) {
    std::cerr << "apdr_embed_syntax: " << error.what() << '\n';
    return 1;
  }
  return 0;
}
