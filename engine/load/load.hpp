#pragma once
// The load stage: YAML files to a syntax Chain. Reads the main file, its
// includes and everything it extends; parses every expression. Reports every
// problem it can find as diagnostics and returns nullopt only when nothing
// usable could be read (an unreadable main file, broken YAML, a cycle).
#include <optional>
#include <string>

#include "core/diagnostic.hpp"
#include "load/chain_loader.hpp"
#include "load/syntax.hpp"

namespace apdr::load {

// Loads the rule set at `path` ("-" reads standard input; "apdr:NAME" loads
// an embedded rule set) with its whole extends chain. Every file read is
// added to `sources` so diagnostics can quote it.
std::optional<syntax::Chain> load_chain(const std::string& path, SourceStore& sources,
                                        Diagnostics& diagnostics);

// The same, from text already in memory: `display_name` names it in
// messages, and includes and relative extends resolve against `folder`.
std::optional<syntax::Chain> load_chain_from_text(const std::string& display_name,
                                                  const std::string& folder, std::string text,
                                                  SourceStore& sources, Diagnostics& diagnostics);

// The same, for an integrator that holds its rule files itself: `name`
// names the root file in messages, and every relative `extends` and
// `include:` is asked of `resolver` (never the disk). `apdr:NAME` still
// names an embedded rule set.
std::optional<syntax::Chain> load_chain_with_resolver(const std::string& name, std::string text,
                                                      const TextResolver& resolver, SourceStore& sources,
                                                      Diagnostics& diagnostics);

}  // namespace apdr::load
