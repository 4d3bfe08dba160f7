#pragma once
// The engine as the CLI and the tests use it (internal: integrators use
// the stand-alone headers in engine/include/apdr/, docs/embedding.md): load,
// check and compile a rule set once, then evaluate any number of profiles
// against it. Problems in the user's input come back as Diagnostics (never
// exceptions, never printed); a null program means there were errors.
#include <memory>
#include <optional>
#include <string>

#include "check/lint_allow.hpp"
#include "core/diagnostic.hpp"
#include "evaluate/result.hpp"
#include "profile/profile.hpp"

namespace apdr {

namespace run { class Program; }
// A compiled rule set (compile/program.hpp); opaque to integrators.
using Program = run::Program;

// Loads `path` ("-" for standard input, "apdr:NAME" for an embedded set)
// with everything it extends and includes, checks it, and compiles it.
// Returns null when any error was found; warnings may be reported either way.
std::shared_ptr<const Program> build_program(const std::string& path, SourceStore& sources,
                                             Diagnostics& diagnostics);

// Appends the lints of `apdr check` (warnings W002 on, docs/lint.md) about
// the program's own rule files (the one named and its includes), not the
// rule sets it extends.
void lint_program(const Program& program, Diagnostics& diagnostics);

// Takes out of `diagnostics` the warnings the rule set's own `lint: { allow:
// [...] }` allows (on the entries of the file it is in and its includes), and
// every warning whose code `allow` lists; says how many it took out. With a
// null `program` (one that did not build) only `allow` applies.
AllowedWarnings allow_warnings(const Program* program, const std::vector<Code>& allow,
                               Diagnostics& diagnostics);

// What a profile may contain under this program: its ladder and inputs.
const profile::Schema& profile_schema(const Program& program);

// The rule set's id and the ids of its chain, root first.
const std::string& program_id(const Program& program);

// Evaluates one validated profile. The evaluation date is `as_of` when
// given, else the profile's own as_of, else `today`.
eval::Result evaluate(const Program& program, const profile::Profile& profile,
                      std::optional<Date> as_of, Date today);

// Today's date on this machine's local calendar.
Date local_today();

// The embedded rule set used when no --rules is given.
inline constexpr const char* default_rules = "apdr:national";

}  // namespace apdr
