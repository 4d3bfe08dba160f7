#pragma once
// The top level of one rule file, main or included, read into a RuleSet.
#include <vector>


#include "load/syntax.hpp"
#include "load/yaml_file.hpp"

namespace apdr::load {

// Reads the keys at the top of `root` into `set`, appending entries after
// those already there. A main file must give `apdr: 1` and `id`, and may
// give the rule set's own keys (title, extends, effective, …); an included
// file may give only entry sections, `include` and an optional `apdr: 1`.
// `levels` may be given once per rule set, in any one of its files.
// The file's `include:` paths are appended to `includes`, unresolved.
// Returns false when the file is not a mapping at all (reported).
bool read_rule_set_document(const YamlFile& file, const yaml::Node& root, bool is_main,
                            syntax::RuleSet& set, std::vector<syntax::Scalar>& includes);

}  // namespace apdr::load
