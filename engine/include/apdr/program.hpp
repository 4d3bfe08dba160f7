#pragma once
// Building a rule set once, from text the integrator holds, into a Program
// that any number of profiles are then evaluated against. Stand-alone: the
// standard library only (docs/embedding.md).
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "apdr/diagnostic.hpp"

namespace apdr::api {

// Gives the text of a rule file that a rule set names in `extends:` or
// `include:`. `path` is relative to the folder of the root file's name,
// with `..` worked out and `/` between parts ("parts/provision.yaml");
// return std::nullopt when there is no such file, which is reported as E001
// at the entry that named it. An exception it throws is reported the same
// way. `apdr:NAME` (the embedded `apdr:national`) never reaches it.
using IncludeResolver = std::function<std::optional<std::string>(const std::string& path)>;

// A loaded, checked and compiled rule set. Immutable once built: every
// member function is const, and one Program may be used by any number of
// threads at once (through Evaluator, evaluate_json or Interview).
class Program {
 public:
  struct Impl;
  explicit Program(std::unique_ptr<const Impl> impl);
  ~Program();
  Program(const Program&) = delete;
  Program& operator=(const Program&) = delete;

  // The rule set's own id ("my-toolkit").
  const std::string& id() const;
  // The ids of the rule set and everything it extends, root first
  // ("national", "my-toolkit").
  std::vector<std::string> chain() const;

  const Impl& impl() const { return *impl_; }

 private:
  std::unique_ptr<const Impl> impl_;
};

// What building gave: a program, or null when any error was found; the
// diagnostics (warnings too, W002 lints excepted) either way, in file order.
struct Build {
  std::shared_ptr<const Program> program;
  std::vector<Diagnostic> diagnostics;
};

// Builds the rule set whose root file has `text` and is called `name` in
// messages (and whose folder, `name`'s, relative paths start from). Every
// other file is asked of `resolver`; without one, a rule set that extends
// or includes anything but `apdr:NAME` gets E001 for it.
Build build_program(const std::string& name, const std::string& text, const IncludeResolver& resolver = {});

// Builds an embedded rule set: "apdr:national" (the default) is the law and
// the SEND Code of Practice for England, as shipped in the library.
Build build_embedded(const std::string& reference = "apdr:national");

}  // namespace apdr::api
