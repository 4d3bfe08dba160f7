#include <apdr/schema.hpp>

namespace apdr {

const std::vector<std::string>& schema_kind_names() {
  static const std::vector<std::string> names = {"rules", "profile"};
  return names;
}

std::optional<SchemaKind> parse_schema_kind(std::string_view word) {
  if (word == "rules") return SchemaKind::rules;
  if (word == "profile") return SchemaKind::profile;
  return std::nullopt;
}

nlohmann::ordered_json json_schema_of(SchemaKind kind) {
  return kind == SchemaKind::rules ? rule_set_json_schema() : profile_json_schema();
}

}  // namespace apdr
