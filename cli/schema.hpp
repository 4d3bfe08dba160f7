#pragma once
// `apdr schema rules|profile [-o FILE]`: prints the JSON Schema (draft
// 2020-12) of a rule file or a profile, for an editor's YAML language server
// to complete and check files as they are typed (docs/schema.md).
#include <string>

#include <CLI/CLI.hpp>

namespace apdr::cli {

struct SchemaOptions {
  std::string kind;    // "rules" or "profile"
  std::string output;  // a file written atomically; empty or "-" = standard output
};

// Adds the `schema` subcommand to `app`, filling `options` when it is parsed.
CLI::App* add_schema_command(CLI::App& app, SchemaOptions& options);

// Returns 0 when the schema was written, 2 for an unknown kind or a file
// that cannot be written, 3 when standard output fails.
int run_schema(const SchemaOptions& options);

}  // namespace apdr::cli
