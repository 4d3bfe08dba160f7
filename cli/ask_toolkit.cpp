#include "ask_toolkit.hpp"

#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "ask/answers.hpp"

namespace apdr::cli::ask {

namespace fs = std::filesystem;

namespace {

// The shipped toolkits, relative to a rules folder. All are illustrative:
// none has been checked against an authority's own published document.
struct Shipped {
  const char* name;
  const char* path;
  std::vector<std::string> words;
};

const std::vector<Shipped>& shipped() {
  static const std::vector<Shipped> list = {
      {"Essex (illustrative)", "local/essex/essex.yaml", {"essex"}},
      {"Gloucestershire (illustrative)", "local/gloucestershire/gloucestershire.yaml", {"gloucestershire", "glos"}},
      {"An example \"ranges\" toolkit, of no one authority", "local/ranges/ranges.yaml", {"ranges", "range"}},
      {"Example ordinarily available provision, of no one authority", "examples/ordinarily-available.yaml",
       {"example", "ordinarily available", "oap"}},
  };
  return list;
}

bool is_file(const fs::path& path) {
  std::error_code error;
  return fs::is_regular_file(path, error);
}

// The rules folder: ./rules when run from the source tree (so messages name
// short relative paths), else the one installed beside the program.
fs::path rules_folder() {
  if (is_file("rules/national/national.yaml")) return "rules";
  std::error_code error;
  fs::path exe = fs::read_symlink("/proc/self/exe", error);
  if (!error) {
    for (const fs::path& candidate : {exe.parent_path() / "rules", exe.parent_path().parent_path() / "rules",
                                      exe.parent_path().parent_path() / "share" / "apdr" / "rules"}) {
      if (is_file(candidate / "national" / "national.yaml")) return candidate;
    }
  }
  return {};
}

}  // namespace

std::vector<Toolkit> shipped_toolkits() {
  std::vector<Toolkit> out;
  fs::path folder = rules_folder();
  if (folder.empty()) return out;
  for (const auto& s : shipped()) {
    fs::path path = folder / s.path;
    if (is_file(path)) out.push_back({s.name, path.generic_string(), s.words});
  }
  return out;
}

std::string ask_toolkit(Prompter& prompter, const std::vector<Toolkit>& toolkits, const std::string& fallback) {
  if (toolkits.empty()) return fallback;
  std::string question =
      "Which area's local toolkit should be used? A toolkit is a local authority's own expectations for "
      "schools: local policy, not the law. The toolkits apdr comes with are illustrative examples.\n";
  for (std::size_t i = 0; i < toolkits.size(); ++i) question += fmt::format("  {}. {}\n", i + 1, toolkits[i].name);
  question += "Type a number or a name, or don't know (the law and the Code of Practice only).";
  auto answer = prompter.ask<std::size_t>(question, [&toolkits](std::string_view typed) -> Answer<std::size_t> {
    if (is_dont_know(typed)) return DontKnow{};
    std::string a = normalise(typed);
    if (a == "none" || a == "no" || a == "national") return DontKnow{};
    auto number = read_count(a, 1, static_cast<long long>(toolkits.size()));
    if (auto* n = std::get_if<long long>(&number)) return static_cast<std::size_t>(*n - 1);
    for (std::size_t i = 0; i < toolkits.size(); ++i) {
      for (const auto& word : toolkits[i].words) {
        if (a == word || a.rfind(word + " ", 0) == 0) return i;
      }
    }
    return Invalid{fmt::format("Please type a number from 1 to {}, an area's name, or say \"don't know\".",
                               toolkits.size())};
  });
  if (auto* index = std::get_if<std::size_t>(&answer)) return toolkits[*index].path;
  return fallback;
}

}  // namespace apdr::cli::ask
