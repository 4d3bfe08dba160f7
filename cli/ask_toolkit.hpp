#pragma once
// Which local toolkit `apdr ask` uses: the shipped, illustrative toolkits
// offered by the name of their area, so a parent carer gets local policy
// without knowing about --rules, and "don't know" keeps to the law and the
// Code of Practice (apdr:national).
#include <string>
#include <vector>

#include "ask_prompter.hpp"

namespace apdr::cli::ask {

struct Toolkit {
  std::string name;   // as offered: "Essex (illustrative)"
  std::string path;   // the rule set file
  std::vector<std::string> words;  // what a parent may type for it
};

// The shipped toolkits found beside this program or in ./rules, in the
// order offered; empty when none is installed.
std::vector<Toolkit> shipped_toolkits();

// Asks which toolkit to use and returns its rule set, or `fallback` for
// "don't know", "none", or when no toolkit is installed.
std::string ask_toolkit(Prompter& prompter, const std::vector<Toolkit>& toolkits, const std::string& fallback);

}  // namespace apdr::cli::ask
