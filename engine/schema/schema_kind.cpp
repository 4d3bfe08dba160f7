#include <apdr/schema.hpp>

namespace apdr {

const std::vector<std::string>& schema_kind_names() {
  static const std::vector<std::string> names = {"rules", "profile", "columns", "tests"};
  return names;
}

std::optional<SchemaKind> parse_schema_kind(std::string_view word) {
  if (word == "rules") return SchemaKind::rules;
  if (word == "profile") return SchemaKind::profile;
  if (word == "columns") return SchemaKind::columns;
  if (word == "tests") return SchemaKind::tests;
  return std::nullopt;
}

nlohmann::ordered_json json_schema_of(SchemaKind kind) {
  switch (kind) {
    case SchemaKind::rules: return rule_set_json_schema();
    case SchemaKind::profile: return profile_json_schema();
    case SchemaKind::columns: return column_map_json_schema();
    case SchemaKind::tests: return test_file_json_schema();
  }
  return profile_json_schema();
}

}  // namespace apdr
