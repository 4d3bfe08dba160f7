// Every definition of every schema has a title and a short description, so
// an editor names what it expected ("expected Effective dates {from, to}")
// instead of an internal definition name.
#include <apdr/schema.hpp>
#include <catch2/catch.hpp>

TEST_CASE("every definition of every schema has a title and a description") {
  for (const auto& word : apdr::schema_kind_names()) {
    INFO("schema: " << word);
    auto schema = apdr::json_schema_of(*apdr::parse_schema_kind(word));
    CHECK_FALSE(schema.value("title", "").empty());
    REQUIRE(schema.contains("$defs"));
    CHECK_FALSE(schema.at("$defs").empty());
    for (const auto& [name, definition] : schema.at("$defs").items()) {
      INFO("definition: " << name);
      CHECK_FALSE(definition.value("title", "").empty());
      CHECK_FALSE(definition.value("description", "").empty());
      // A title is a name for people, not the definition's own id.
      CHECK(definition.value("title", "") != name);
    }
  }
}

TEST_CASE("a definition's title reads as what an editor expected there") {
  auto rules = apdr::rule_set_json_schema();
  CHECK(rules.at("/$defs/effective/title"_json_pointer) == "Effective dates {from, to}");
  CHECK(rules.at("/$defs/effective/additionalProperties"_json_pointer) == false);  // titled, still closed
  auto columns = apdr::column_map_json_schema();
  CHECK(columns.at("/$defs/mapped-column/title"_json_pointer) == "Column, or {from, read}");
  auto tests = apdr::test_file_json_schema();
  CHECK(tests.at("/$defs/profile/title"_json_pointer) == "Profile");
  CHECK(tests.at("/$defs/profile-need/title"_json_pointer) == "Need {area, level, codes, …}");
}
