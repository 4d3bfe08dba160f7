// The other half of the drift check: the keys the schema lists are the keys
// the readers really accept. Each place is written into a small file with
// every key the schema lists there (values left empty, which may break other
// rules but never the key check), and then with one misspelt key more.
#include <algorithm>

#include <apdr/schema.hpp>
#include <catch2/catch.hpp>

#include "load/load.hpp"
#include "profile/load_profile.hpp"
#include "ruletest/read_test_file.hpp"
#include "schema_places.hpp"
#include "temp_folder.hpp"

namespace {

using apdr::Code;
using apdr::Diagnostics;
using apdr::schema_test::flow_mapping;
using apdr::schema_test::Place;
using apdr::schema_test::property_names;

std::string fill(const std::string& document, const std::vector<std::string>& keys) {
  std::string out = document;
  out.replace(out.find("MAP"), 3, flow_mapping(keys));
  return out;
}

// The messages of every E003 (unknown key) found.
std::vector<std::string> unknown_keys(const Diagnostics& diagnostics) {
  std::vector<std::string> messages;
  for (const auto& diagnostic : diagnostics.all()) {
    if (diagnostic.code == Code::UnknownKey) messages.push_back(diagnostic.message);
  }
  return messages;
}

Diagnostics load_rules(const std::string& text) {
  apdr::SourceStore sources;
  Diagnostics diagnostics;
  apdr::load::load_chain_from_text("place.yaml", ".", text, sources, diagnostics);
  return diagnostics;
}

Diagnostics load_profile(const std::string& text) {
  apdr::SourceStore sources;
  Diagnostics diagnostics;
  apdr::profile::load_profile_text("place.yaml", text, apdr::profile::Schema{}, sources, diagnostics);
  return diagnostics;
}

Diagnostics load_tests(const std::string& text) {
  apdr::SourceStore sources;
  Diagnostics diagnostics;
  apdr::ruletest::read_test_text("place.test.yaml", text, sources, diagnostics);
  return diagnostics;
}

template <typename Load>
void check_reader_agrees(const nlohmann::ordered_json& schema, const std::vector<Place>& places, Load load) {
  for (const Place& place : places) {
    if (place.document.empty()) continue;
    INFO("place: " << place.name);
    std::vector<std::string> keys = property_names(schema.at(place.object));
    std::string every_key = fill(place.document, keys);
    INFO(every_key);
    CHECK(unknown_keys(load(every_key)).empty());

    keys.push_back("titel");
    auto refused = unknown_keys(load(fill(place.document, keys)));
    REQUIRE(refused.size() == 1);
    CHECK(refused.front().find("titel") != std::string::npos);
  }
}

}  // namespace

TEST_CASE("the loader accepts every key the rule-file schema lists, and no other") {
  check_reader_agrees(apdr::rule_set_json_schema(), apdr::schema_test::rule_file_places(), load_rules);
}

TEST_CASE("the profile reader accepts every key the profile schema lists, and no other") {
  check_reader_agrees(apdr::profile_json_schema(), apdr::schema_test::profile_places(), load_profile);
}

TEST_CASE("the test reader accepts every key the test-file schema lists, and no other") {
  check_reader_agrees(apdr::test_file_json_schema(), apdr::schema_test::test_file_places(), load_tests);
}

TEST_CASE("an included file may hold every key the schema allows it, and no other") {
  auto schema = apdr::rule_set_json_schema();
  auto keys = schema.at("/else/propertyNames/enum"_json_pointer).get<std::vector<std::string>>();
  // `include` would name further files; the key is what is being tested.
  keys.erase(std::find(keys.begin(), keys.end(), "include"));
  for (bool misspelt : {false, true}) {
    if (misspelt) keys.push_back("titel");
    apdr::testing::TempFolder folder;
    std::string main = folder.write("main.yaml", "apdr: 1\nid: t\ninclude: part.yaml\n");
    const std::string part = flow_mapping(keys);
    folder.write("part.yaml", "{" + part + "}\n");
    apdr::SourceStore sources;
    Diagnostics diagnostics;
    apdr::load::load_chain(main, sources, diagnostics);
    auto refused = unknown_keys(diagnostics);
    if (misspelt) {
      REQUIRE(refused.size() == 1);
      CHECK(refused.front().find("titel") != std::string::npos);
    } else {
      CHECK(refused.empty());
    }
  }
}
