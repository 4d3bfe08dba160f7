// The JSON Schema of a column map (`apdr batch --columns`). The fields come
// from the map reader's own list (profile/column_map.hpp) and the `read:`
// words from profile/cell_reads.hpp, so the schema says what the reader
// takes. Inputs depend on the rule set, so `inputs.NAME` is a pattern.
#include <apdr/schema.hpp>

#include "profile/cell_reads.hpp"
#include "profile/column_map.hpp"
#include "schema/schema_parts.hpp"

namespace apdr {
namespace {

using schema::Json;

Json column() { return schema::ref("column"); }

Json mapped_column() { return schema::ref("mapped-column"); }

Json definitions() {
  Json defs = Json::object();
  defs["column"] = schema::titled("Column name", "A column of the export, by its header.",
                                  {{"type", {"string", "number"}}, {"minLength", 1}});
  Json read = schema::word_from(profile::cell_read_names());
  read["description"] =
      "How the column's values read: census (codes such as K, E, N, SPLD, any letter case), year (Year 9, Y9, "
      "9, R, N) or dd/mm/yyyy (03/09/2026).";
  Json entry = {{"type", "object"},
                {"description", "The export's column and how its values read."},
                {"properties",
                 {{"from", {{"description", "The export's column."}, {"type", {"string", "number"}}}},
                  {"read", read}}},
                {"required", {"from"}},
                {"additionalProperties", false}};
  defs["mapped-column"] = schema::titled("Column, or {from, read}",
                                         "A column of the export, or a mapping {from, read}.",
                                         {{"anyOf", {column(), entry}}});
  return defs;
}

}  // namespace

Json column_map_json_schema() {
  using namespace schema;
  Json fields = Json::object();
  const std::map<std::string, std::string> meaning = {
      {"level", "The level of every need of the row: a census code N, K or E (read: census), or a level id."},
      {"codes", "The census type codes (SEMH, SPLD, …): a column, or a list of columns (primary, secondary need). "
                "Each code's area becomes a need."},
      {"review_due", "The agreed review date of the running cycle of every need of the row."},
      {"as_of", "The date the row describes."},
      {"cycles", "The APDR history, written as apdr's CSV `cycles` column."},
      {"in_place", "Provision in place, as apdr's CSV `in_place` column (ids separated by `;`)."}};
  for (const auto& field : profile::column_map_fields(profile::Schema{})) {
    auto found = meaning.find(field);
    std::string description = found != meaning.end() ? found->second
                                                      : "The export's column for the profile's `" + field + "`.";
    Json value = field == "codes" ? Json{{"anyOf", {mapped_column(), list_of(mapped_column())}}} : mapped_column();
    value["description"] = description;
    fields[field] = value;
  }
  Json columns = {{"description", "apdr fields, each to the export's column it comes from."},
                  {"type", "object"},
                  {"properties", fields},
                  {"patternProperties", {{"^inputs\\.[A-Za-z_][A-Za-z0-9_]*$", mapped_column()}}},
                  {"additionalProperties", false}};
  Json names = list_of(column());
  Json document = {
      {"$schema", "https://json-schema.org/draft/2020-12/schema"},
      {"$id", "urn:apdr:schema:columns:1"},
      {"title", "apdr column map"},
      {"description",
       "Which column of a school's CSV export holds which apdr field, and how its values read "
       "(docs/profiles.md, \"Column maps\"). Every column of the export must be named: under columns, keep or "
       "ignore."},
      {"type", "object"},
      {"properties",
       {{"apdr-columns", {{"description", "The column map format version: 1."}, {"enum", {1, "1"}}}},
        {"id", {{"description", "The column that holds the pupil's pseudonym (required)."}, {"type", {"string", "number"}}}},
        {"columns", columns},
        {"keep", {{"description", "Columns carried through, first, into every output row."}, {"type", "array"},
                  {"items", column()}}},
        {"ignore", {{"description", "Columns left out (names, notes): every other column must be named."},
                    {"type", "array"}, {"items", column()}}}}},
      {"required", {"apdr-columns", "id"}},
      {"additionalProperties", false},
      {"$defs", definitions()}};
  return document;
}

}  // namespace apdr
