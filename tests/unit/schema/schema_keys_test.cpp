// The schemas must list exactly the keys the readers accept, place by place,
// with hover text for every one. The schemas are built from the readers'
// key lists, so what can still drift is the text kept beside them: a
// described key the reader no longer takes, or a new key with no words.
#include <algorithm>

#include <apdr/schema.hpp>
#include <catch2/catch.hpp>

#include "load/rule_file_keys.hpp"
#include "schema_places.hpp"

namespace {

using apdr::schema_test::Place;
using apdr::schema_test::property_names;

std::vector<std::string> sorted(std::vector<std::string> names) {
  std::sort(names.begin(), names.end());
  return names;
}

void check_places(const nlohmann::ordered_json& schema, const std::vector<Place>& places) {
  for (const Place& place : places) {
    INFO("place: " << place.name);
    const auto& object = schema.at(place.object);
    CHECK(object.at("additionalProperties") == false);
    CHECK(sorted(property_names(object)) == sorted(place.allowed));
    std::vector<std::string> required;
    if (object.contains("required")) required = object.at("required").get<std::vector<std::string>>();
    CHECK(sorted(required) == sorted(place.required));
    for (const auto& [key, property] : object.at("properties").items()) {
      INFO("key: " << key);
      CHECK_FALSE(property.value("description", "").empty());
    }
  }
}

}  // namespace

TEST_CASE("the rule-file schema lists exactly the keys the loader accepts in each place") {
  check_places(apdr::rule_set_json_schema(), apdr::schema_test::rule_file_places());
}

TEST_CASE("the profile schema lists exactly the keys the profile reader accepts in each place") {
  check_places(apdr::profile_json_schema(), apdr::schema_test::profile_places());
}

TEST_CASE("the test-file schema lists exactly the keys the test reader accepts in each place") {
  check_places(apdr::test_file_json_schema(), apdr::schema_test::test_file_places());
}

TEST_CASE("an inline profile in a test file is checked against the whole profile schema") {
  auto tests = apdr::test_file_json_schema();
  auto profile = apdr::profile_json_schema();
  const auto& inline_profile = tests.at("/$defs/profile"_json_pointer);
  CHECK(property_names(inline_profile) == property_names(profile));
  // Its definitions come along, renamed so they cannot clash with the test
  // file's own, and every reference points at the renamed one.
  for (const auto& [name, definition] : profile.at("$defs").items()) {
    INFO("definition: " << name);
    CHECK(tests.at("$defs").contains("profile-" + name));
  }
  CHECK(tests.at("/$defs/profile-need/properties/area/$ref"_json_pointer) == "#/$defs/profile-area");
  CHECK(inline_profile.at("/properties/needs/items/$ref"_json_pointer) == "#/$defs/profile-need");
}

TEST_CASE("an included file may use only the keys the loader allows in one") {
  auto schema = apdr::rule_set_json_schema();
  auto included = schema.at("/else/propertyNames/enum"_json_pointer).get<std::vector<std::string>>();
  CHECK(sorted(included) == sorted(apdr::load::rule_file::included_file.allowed));
  // A main file is one with an id, and it needs `apdr: 1` as well.
  CHECK(schema.at("/if/required"_json_pointer) == nlohmann::ordered_json::array({"id"}));
  auto required = schema.at("/then/required"_json_pointer).get<std::vector<std::string>>();
  CHECK(sorted(required) == sorted(apdr::load::rule_file::main_file.required));
}

TEST_CASE("every schema declares draft 2020-12 and an id") {
  for (auto kind : {apdr::SchemaKind::rules, apdr::SchemaKind::profile, apdr::SchemaKind::columns,
                    apdr::SchemaKind::tests}) {
    auto schema = apdr::json_schema_of(kind);
    CHECK(schema.at("$schema") == "https://json-schema.org/draft/2020-12/schema");
    CHECK(schema.at("$id").get<std::string>().starts_with("urn:apdr:schema:"));
  }
}

TEST_CASE("schema kinds are named by the words the command line takes") {
  CHECK(apdr::parse_schema_kind("rules") == apdr::SchemaKind::rules);
  CHECK(apdr::parse_schema_kind("profile") == apdr::SchemaKind::profile);
  CHECK(apdr::parse_schema_kind("columns") == apdr::SchemaKind::columns);
  CHECK(apdr::parse_schema_kind("tests") == apdr::SchemaKind::tests);
  CHECK_FALSE(apdr::parse_schema_kind("rule").has_value());
  CHECK_FALSE(apdr::parse_schema_kind("").has_value());
  for (const auto& name : apdr::schema_kind_names()) CHECK(apdr::parse_schema_kind(name).has_value());
}
