#include "schema.hpp"

#include <iostream>

#include <apdr/schema.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "exit_code.hpp"
#include "write_output.hpp"
#include "print_diagnostics.hpp"
#include "profile/profile_reader.hpp"

namespace apdr::cli {

CLI::App* add_schema_command(CLI::App& app, SchemaOptions& options) {
  CLI::App* schema = app.add_subcommand(
      "schema",
      "Print the JSON Schema of rule files, profiles, column maps or test files, for editor completion and checking");
  schema->add_option("-o,--output", options.output, "Write the schema to this file instead of standard output");
  // Checked in run_schema rather than with CLI::IsMember, so that a near miss
  // gets a "did you mean".
  schema->add_option("KIND", options.kind, fmt::format("Which schema: {}", fmt::join(schema_kind_names(), " or ")))
      ->required();
  return schema;
}

int run_schema(const SchemaOptions& options) {
  auto kind = parse_schema_kind(options.kind);
  if (!kind) {
    Diagnostics diagnostics;
    // suggest_among also catches a difference of case only (`Rules`).
    std::vector<std::string> notes = profile::suggest_among(options.kind, schema_kind_names());
    notes.push_back(fmt::format("the schemas are {}", fmt::join(schema_kind_names(), ", ")));
    diagnostics.error(Code::BadArgument, {}, fmt::format("unknown schema `{}`", options.kind), notes);
    print_diagnostics(diagnostics, SourceStore{});
    return exit_invalid_input;
  }
  std::string document = json_schema_of(*kind).dump(2) + "\n";
  return write_document(options.output, document, "the schema");
}

}  // namespace apdr::cli
