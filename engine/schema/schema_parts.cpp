#include "schema/schema_parts.hpp"

#include <algorithm>

namespace apdr::schema {

Json closed_object(std::string_view description, std::span<const std::string> keys,
                   std::span<const std::string> required, const KeySchemas& described) {
  Json properties = Json::object();
  auto add = [&](const std::string& key) {
    auto found = described.find(key);
    Json property = found == described.end() ? Json::object() : found->second.value;
    if (found != described.end()) property["description"] = found->second.description;
    properties[key] = std::move(property);
  };
  for (const auto& key : keys) add(key);
  for (const auto& [key, unused] : described) {
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) add(key);
  }
  Json object = {{"type", "object"},
                 {"description", description},
                 {"properties", std::move(properties)},
                 {"additionalProperties", false}};
  if (!required.empty()) object["required"] = Json(std::vector<std::string>(required.begin(), required.end()));
  return object;
}

Json keyed_by_id(std::string_view description, Json value) {
  return {{"type", "object"}, {"description", description}, {"additionalProperties", std::move(value)}};
}

Json scalar() { return {{"type", {"string", "number", "boolean"}}}; }

Json text() { return {{"type", "string"}}; }

Json expression() { return ref("expression"); }

Json date() { return ref("date"); }

Json word_from(std::span<const std::string> words) {
  return {{"enum", std::vector<std::string>(words.begin(), words.end())}};
}

Json list_of(Json item) { return {{"type", "array"}, {"items", std::move(item)}}; }

Json one_or_list_of(Json item) { return {{"anyOf", {item, list_of(item)}}}; }

Json ref(std::string_view definition) { return {{"$ref", "#/$defs/" + std::string(definition)}}; }

Json titled(std::string_view title, std::string_view description, Json value) {
  Json result = {{"title", title}};
  value.erase("title");
  if (!description.empty()) {
    result["description"] = description;
    value.erase("description");
  }
  for (auto& [key, item] : value.items()) result[key] = std::move(item);
  return result;
}

Json or_null(Json value) {
  if (value.contains("enum")) {
    value["enum"].push_back(nullptr);
    return value;
  }
  if (value.contains("type") && value["type"].is_string()) {
    value["type"] = {value["type"], "null"};
    return value;
  }
  if (value.contains("type") && value["type"].is_array()) {
    value["type"].push_back("null");
    return value;
  }
  return {{"anyOf", {std::move(value), {{"type", "null"}}}}};
}

}  // namespace apdr::schema
