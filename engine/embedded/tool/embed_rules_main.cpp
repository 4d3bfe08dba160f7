// Build tool: writes the C++ file that embeds rules/national in the engine
// (embedded/embedded_files.hpp). Each rule file goes in twice: its bytes, for
// messages that quote a line, and the image of its YAML tree
// (yaml/tree_image.hpp), so that start-up reads the tree without parsing.
//
//   apdr_embed_rules OUT ROOT FILE...
//
// A file whose YAML has any problem gets no image: apdr then parses it when
// it is used and reports the problem there, as for any rule file.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "embedded/tool/generated_source.hpp"
#include "yaml/read_yaml.hpp"
#include "yaml/tree_image.hpp"

namespace fs = std::filesystem;
using apdr::embedded::tool::write_array;
using apdr::embedded::tool::write_whole;

namespace {

std::string read_whole(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}


// The image of `text`'s tree, read as the load stage reads a rule file
// (load/yaml_document.cpp: repeated keys kept for the entry readers), or
// empty when reading it reported anything.
std::string tree_image(const std::string& display, const std::string& text) {
  apdr::yaml::Origin origin{display};
  origin.keep_repeated_keys = true;
  apdr::Diagnostics diagnostics;
  auto tree = apdr::yaml::read_yaml(text, origin, diagnostics);
  if (!tree || !diagnostics.all().empty()) return {};
  return apdr::yaml::write_tree_image(*tree);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: apdr_embed_rules OUT ROOT FILE...\n";
    return 2;
  }
  try {
    fs::path out_path = argv[1];
    fs::path root = argv[2];
    std::vector<fs::path> files(argv + 3, argv + argc);
    std::sort(files.begin(), files.end());
    std::ostringstream out;
    out << "// Written by apdr_embed_rules (engine/embedded/tool/) at build time.\n"
           "#include \"embedded/embedded_files.hpp\"\n"
           "namespace apdr::embedded {\nnamespace {\n";
    std::ostringstream table;
    for (std::size_t i = 0; i < files.size(); ++i) {
      std::string relative = fs::relative(files[i], root).generic_string();
      std::string text = read_whole(files[i]);
      std::string image = tree_image("apdr:" + relative, text);
      write_array(out, "text_" + std::to_string(i), text);
      write_array(out, "tree_" + std::to_string(i), image);
      table << "    {\"" << relative << "\", std::string_view(text_" << i << ", " << text.size()
            << "), std::string_view(tree_" << i << ", " << image.size() << ")},\n";
    }
    out << "}  // namespace\n\nstd::span<const EmbeddedFile> files() {\n"
           "  static const EmbeddedFile table[] = {\n"
        << table.str() << "  };\n  return table;\n}\n\n}  // namespace apdr::embedded\n";
    write_whole(out_path, out.str());
  } catch (const std::exception& error) {
    std::cerr << "apdr_embed_rules: " << error.what() << '\n';
    return 1;
  }
  return 0;
}
