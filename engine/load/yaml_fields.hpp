#pragma once
// Reading the keys of one YAML mapping the way every place in a rule file
// needs: known keys only, each once, values of the right shape. Each reader
// reports what is wrong and returns nothing for that value, so the caller
// skips only the broken part and keeps going.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "load/syntax.hpp"
#include "load/yaml_file.hpp"

namespace apdr::load {

// One key of a mapping and its value.
struct Field {
  syntax::Scalar key;
  const yaml::Node* value;  // owned by the document being read
  SourceLocation value_where;  // the value, or the key when the value is empty
};

// The keys of a mapping, in file order, each at most once.
struct Fields {
  std::vector<Field> items;
  SourceLocation where;  // the mapping itself
  const Field* find(std::string_view key) const;
};

// How a node is shaped, in words for messages: "a mapping", "a list",
// "a single value", "nothing".
std::string shape_of(const yaml::Node& node);

// The keys of `node`, which must be a mapping (else E005 saying `what`
// should be a mapping). A key twice is E013 (the later one is dropped); a
// key not in `allowed` is E003 with a suggestion and the allowed list
// (unless `allowed` is empty, which accepts any key: maps keyed by id).
std::optional<Fields> read_fields(const YamlFile& file, const yaml::Node& node,
                                  const SourceLocation& where, std::string_view what,
                                  std::span<const std::string> allowed);

// E004 for each key of `required` that `fields` lacks, at the mapping.
// Returns false when any was missing.
bool require_keys(const YamlFile& file, const Fields& fields, std::string_view what,
                  std::span<const std::string> required);

// A single value (E005 for a list, a mapping or nothing).
std::optional<syntax::Scalar> read_scalar(const YamlFile& file, const Field& field,
                                          std::string_view what);
// The same for an optional key: nullopt when absent or broken.
std::optional<syntax::Scalar> read_optional_scalar(const YamlFile& file, const Fields& fields,
                                                   std::string_view key, std::string_view what);

// A list of single values. With `single_allowed`, one value on its own
// counts as a list of one. Items that are not single values are E005 and
// left out.
std::vector<syntax::Scalar> read_scalar_list(const YamlFile& file, const Field& field,
                                             std::string_view what, bool single_allowed);

// `true` or `false` (E006 for anything else, including YAML's `yes`/`on`).
std::optional<bool> read_bool(const YamlFile& file, const Field& field, std::string_view what);

// A date written YYYY-MM-DD (E006 naming the problem).
std::optional<Date> read_date(const YamlFile& file, const syntax::Scalar& value, std::string_view what);

// `effective: { from: DATE, to: DATE }`, either end optional; `to` before
// `from` is E046.
std::optional<syntax::Window> read_window(const YamlFile& file, const Field& field,
                                          std::string_view what);

// One of a closed set of words (E006 with a suggestion otherwise).
bool check_one_of(const YamlFile& file, const syntax::Scalar& value, std::string_view what,
                  std::span<const std::string> allowed);

// "a, b and c" for messages.
std::string join_names(std::span<const std::string> names);

}  // namespace apdr::load
