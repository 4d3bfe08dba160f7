#pragma once
// Entry point of the expression stage: text to tree.
#include <optional>
#include <string>
#include <string_view>

#include "expression/tree.hpp"

namespace apdr::expr {

struct ParseError {
  std::uint32_t offset = 0;  // byte offset in the text of the offending character
  std::string message;       // e.g. "expected `)` to close the call to `count`"
};

struct ParseResult {
  NodePtr tree;                      // null when there was an error
  std::optional<ParseError> error;   // the first error; parsing stops there
};

// Parses one expression (the whole of `text`, surrounding white space
// allowed). Fails with a message, never a crash or a deep recursion, for any
// input: text longer than limits::max_expression_bytes or nested deeper than
// limits::max_expression_depth is an error.
ParseResult parse_expression(std::string_view text);

}  // namespace apdr::expr
