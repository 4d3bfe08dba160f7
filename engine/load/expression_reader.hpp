#pragma once
// Expressions written in YAML scalars: parsed with expr::parse_expression
// and given the position map that lets later stages point at the exact
// character.
#include <optional>
#include <string_view>

#include "load/syntax.hpp"
#include "load/yaml_fields.hpp"

namespace apdr::load {

// The expression in `field` (`when`, `due`, a derived value). Plain and
// quoted scalars both hold expression text. A parse error is E020 at the
// offending character; the Expression is still returned, with a null tree.
// nullopt only when the value is not a single value (E005).
std::optional<syntax::Expression> read_expression(const YamlFile& file, const Field& field,
                                                  std::string_view what);

// A parameter's value. A plain scalar is an expression (`12 weeks`, `2`,
// `true`, `2026-09-01`); a quoted scalar is text, as if written `"…"`; a
// list of single values is a list expression (`[HI, VI]`).
std::optional<syntax::Expression> read_parameter_value(const YamlFile& file, const Field& field,
                                                       std::string_view what);

}  // namespace apdr::load
