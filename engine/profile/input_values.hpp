#pragma once
// Values of the rule set's declared inputs (`inputs:` in a profile), checked
// against their declared type.
#include <optional>
#include <string>

#include "core/diagnostic.hpp"
#include "profile/profile.hpp"
#include "yaml/read_yaml.hpp"

namespace apdr::profile {

// The value of input `name` given as `value`, or nullopt with an E062 for
// a value of the wrong type (or nullopt and no error for a null value, which
// leaves the input unknown). An input type the engine does not know is read
// as text: the checker reports such a rule set, not the profile.
std::optional<InputValue> read_input_value(const yaml::Node& value, const std::string& name,
                                           const InputSpec& spec, Diagnostics& diagnostics);

// The rule read_input_value applies to one scalar, without a message: the
// value of `text` read as `type` (spec.type, or spec.item_type for a list's
// item), or nullopt when it is not one. The JSON Lines fast reader uses it.
std::optional<InputValue> input_from_text(const std::string& text, const InputSpec& spec, const std::string& type);

// A list input's item as it is kept: its text, normalised where the type has
// one spelling (dates as YYYY-MM-DD).
std::string input_list_item(const InputValue& value, const std::string& original);

}  // namespace apdr::profile
