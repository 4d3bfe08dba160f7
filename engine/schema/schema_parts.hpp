#pragma once
// Small builders for the pieces of a JSON Schema that both file formats
// use: a mapping with a fixed set of keys, scalars, dates, lists. Values in
// YAML are typed by how they are written (`12`, `true` and `2026-09-01`
// unquoted are not strings to every parser), so "a single value" accepts
// text, numbers and booleans alike, as the loader does.
#include <map>
#include <span>
#include <string>

#include <nlohmann/json.hpp>

namespace apdr::schema {

using Json = nlohmann::ordered_json;

// What one key means (hover text in an editor) and what its value may be.
struct KeySchema {
  std::string description;
  Json value;
};
using KeySchemas = std::map<std::string, KeySchema>;

// A mapping whose keys are exactly `keys` (in that order) plus any key of
// `described` not among them, each with its description; any other key is
// refused. A key with no description, or a description for a key the
// reader does not accept, is a slip the schema tests catch.
Json closed_object(std::string_view description, std::span<const std::string> keys,
                   std::span<const std::string> required, const KeySchemas& described);

// A mapping keyed by free ids, each value `value`.
Json keyed_by_id(std::string_view description, Json value);

Json scalar();                                       // text, a number or true/false
Json text();                                         // text only
Json expression();                                   // an expression, written as a YAML scalar
Json date();                                         // YYYY-MM-DD
Json word_from(std::span<const std::string> words);  // one of a closed set
Json list_of(Json item);
Json one_or_list_of(Json item);  // a list, or one value standing for a list of one
Json ref(std::string_view definition);               // {"$ref": "#/$defs/NAME"}

// `value` with a title and a short description first: what an editor names
// a definition by ("Effective dates", "expected Effective dates") instead of
// its internal name. Every entry of a schema's $defs is made with this. An
// empty `description` keeps the one `value` has (a closed object's own).
Json titled(std::string_view title, std::string_view description, Json value);

// The same schema, also accepting null (profiles: null means unknown).
Json or_null(Json value);

}  // namespace apdr::schema
