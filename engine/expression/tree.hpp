#pragma once
// The expression tree every later stage walks. The Boost.Spirit X3 grammar
// (ast.hpp, expression_def.hpp) produces its own attribute types; parse.cpp
// turns them into this plain tree so that Spirit's heavy headers stay inside
// the parser's one translation unit, and the checker, compiler, linter and
// explainer see one simple shape.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/date.hpp"

namespace apdr::expr {

enum class NodeKind {
  number,    // 12 or 12.5: `number`, `is_integer`
  string,    // "text": `text` holds the unescaped value
  boolean,   // true / false: `boolean`
  date,      // 2026-01-05: `date`
  duration,  // 6 weeks: `duration` (an integer amount and a unit)
  list,      // [a, b]: `children` are the items
  name,      // semh, today, pupil: `text` is the name
  field,     // x.y: `children[0]` is x, `text` is "y"
  call,      // f(a, b): `text` is "f", `children` the arguments
  where,     // LIST where COND: `children[0]` the list, `children[1]` the condition
  if_then,   // if C then A else B: `children` are C, A, B
  unary,     // not x, -x: `unary`, `children[0]`
  binary,    // a op b: `binary`, `children[0]`, `children[1]`
};

enum class UnaryOp { logical_not, negate };

enum class BinaryOp {
  logical_or, logical_and,
  equal, not_equal, less, less_equal, greater, greater_equal, in, not_in,
  add, subtract, multiply, divide,
};

struct Node {
  NodeKind kind = NodeKind::number;
  // Byte offsets [begin, end) of this node in the expression text. The loader
  // maps them to a file line and column.
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  double number = 0;
  bool is_integer = false;
  bool boolean = false;
  Date date;
  Duration duration;
  std::string text;
  UnaryOp unary = UnaryOp::logical_not;
  BinaryOp binary = BinaryOp::logical_or;
  std::vector<std::unique_ptr<Node>> children;
  // Where the type checker keeps what it found for this node (its type, what
  // a name refers to) in the model's table: 0 until the checker records
  // something. Dense slots instead of a map from node address make checking
  // a large rule set and reading the result (compile, lint, explain) a
  // vector index, not a hash lookup.
  mutable std::uint32_t slot = 0;
};

using NodePtr = std::unique_ptr<Node>;

// How an operator is written, for messages and traces ("and", ">=", "not in").
const char* spelling(BinaryOp op);
const char* spelling(UnaryOp op);

// The expression written back as text in a canonical form, with minimal
// parentheses; used by explain and by messages that quote a sub-expression.
std::string to_text(const Node& node);

}  // namespace apdr::expr
