#pragma once
// Each place of a file format where the keys are fixed, with where the
// schema describes it and the keys the reader accepts there. Both schema
// tests walk this table, so a place added to one is checked by both.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace apdr::schema_test {

struct Place {
  std::string name;
  nlohmann::ordered_json::json_pointer object;  // a closed object of the schema
  std::vector<std::string> allowed;     // the keys the reader accepts there
  std::vector<std::string> required;    // the keys the reader insists on
  // A file with the place written as `{MAP}`; empty when the reader accepts
  // any key there and leaves the check to a later stage.
  std::string document;
};

std::vector<Place> rule_file_places();
std::vector<Place> profile_places();
std::vector<Place> test_file_places();

// Every property of `object` (a closed object of `schema`), in order.
std::vector<std::string> property_names(const nlohmann::ordered_json& object);

// `{a: null, b: null}` for the given keys.
std::string flow_mapping(const std::vector<std::string>& keys);

}  // namespace apdr::schema_test
