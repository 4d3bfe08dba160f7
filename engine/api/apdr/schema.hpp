#pragma once
// JSON Schemas (draft 2020-12) of apdr's file formats, for editors: pointed
// at by a YAML language server they complete keys, show what each key means
// on hover, and mark a misspelt key as you type. Built from the lists of keys
// the loader and the profile reader accept, so they say what apdr says.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace apdr {

enum class SchemaKind { rules, profile, columns, tests };

// The word naming each kind on the command line ("rules", "profile"), in
// the order `apdr schema --help` lists them.
const std::vector<std::string>& schema_kind_names();

// The kind a word names; nullopt for any other word.
std::optional<SchemaKind> parse_schema_kind(std::string_view word);

// The schema of a rule file: a main file (with `apdr: 1` and `id`) or a
// file it includes (entries only). It checks keys and shapes, not meaning:
// a file it accepts may still fail `apdr check` (an unknown level id, a type
// error in an expression).
nlohmann::ordered_json rule_set_json_schema();

// The schema of one profile, YAML or JSON. `inputs` accepts any name, since
// which inputs exist depends on the rule set. (Not profile_schema(Program),
// which is what a profile may hold under one compiled rule set.)
nlohmann::ordered_json profile_json_schema();

// The schema of a column map (`apdr batch --columns MAP.yaml`). `inputs.NAME`
// accepts any name, since which inputs exist depends on the rule set.
nlohmann::ordered_json column_map_json_schema();

// The schema of a test file (`*.test.yaml`, docs/rule-tests.md). An inline
// profile is checked against the profile schema, which it carries in its
// definitions; ids are not checked, since they depend on the rule set.
nlohmann::ordered_json test_file_json_schema();

// The schema of `kind`.
nlohmann::ordered_json json_schema_of(SchemaKind kind);

}  // namespace apdr
