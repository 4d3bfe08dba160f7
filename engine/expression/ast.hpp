#pragma once
// The attribute types the X3 grammar fills in (the "X3 AST"). They mirror the
// grammar's layers one for one, which keeps the grammar free of semantic
// actions for structure; parse.cpp folds them into the plain expr::Node tree.
// Every node that later needs a source span derives from position_tagged and
// is tagged by annotate_on_success on its rule (or by the grammar's `spanned`
// directive where the rule ends in a semantic action).
#include <optional>
#include <string>
#include <vector>

#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>

#include "core/date.hpp"

namespace apdr::expr::ast {

namespace x3 = boost::spirit::x3;

// The default state of an operand; never left in a successful parse.
struct nil {};

// 12, 12.5, or 6 weeks (an integer followed by a unit).
struct numeric_literal : x3::position_tagged {
  double value = 0;
  bool is_integer = false;
  std::optional<Duration> duration;  // set when a unit followed the number
};

struct string_literal : x3::position_tagged {
  std::string value;  // unescaped
};

struct boolean_literal : x3::position_tagged {
  bool value = false;
};

struct date_literal : x3::position_tagged {
  Date value;
};

struct name : x3::position_tagged {
  std::string id;
};

struct list;
struct call;
struct unary;
struct paren;
struct if_then;
struct binary_chain;
struct postfix;

struct operand
    : x3::variant<nil, numeric_literal, string_literal, boolean_literal, date_literal, name,
                  x3::forward_ast<list>, x3::forward_ast<call>, x3::forward_ast<unary>,
                  x3::forward_ast<paren>, x3::forward_ast<if_then>,
                  x3::forward_ast<binary_chain>, x3::forward_ast<postfix>> {
  using base_type::base_type;
  using base_type::operator=;
};

// Every infix operator of the language, `where` included: the grammar treats
// `where` as the loosest binary operator below `if`.
enum class optoken {
  where,
  logical_or, logical_and,
  equal, not_equal, less, less_equal, greater, greater_equal, in, not_in,
  add, subtract, multiply, divide,
};

enum class prefix_op { logical_not, negate };

struct list : x3::position_tagged {
  std::vector<operand> items;
};

// Calls are only ever on a bare function name: `f(a, b)`.
struct call : x3::position_tagged {
  std::string function;
  std::vector<operand> arguments;
};

struct unary : x3::position_tagged {
  prefix_op op = prefix_op::logical_not;
  operand subject;
};

// `( inner )`: kept so that a parent's span includes the parentheses.
struct paren : x3::position_tagged {
  operand inner;
};

struct if_then : x3::position_tagged {
  operand condition;
  operand then_branch;
  operand else_branch;
};

// One `op operand` step of a left-associative chain.
struct operation {
  optoken op = optoken::add;
  operand right;
};

// `first op right op right …` at one precedence level; an empty `rest` is
// just `first` passed through.
struct binary_chain : x3::position_tagged {
  operand first;
  std::vector<operation> rest;
};

// `.field` after a primary.
struct field_access : x3::position_tagged {
  std::string field;
};

struct postfix : x3::position_tagged {
  operand base;
  std::vector<field_access> fields;
};

}  // namespace apdr::expr::ast
