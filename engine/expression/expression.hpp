#pragma once
// Declarations of the expression grammar (defined in expression_def.hpp,
// instantiated once in expression.cpp), in the layout of the X3 examples.
#include <cstddef>
#include <optional>

#include <boost/spirit/home/x3/nonterminal/rule.hpp>

#include "expression/ast.hpp"
#include "expression/error_handler.hpp"
#include "expression/parse.hpp"

namespace apdr::expr::grammar {

// Context key under which the grammar keeps the current nesting depth
// (a std::size_t), so that no input can recurse deeper than the limit.
struct nesting_tag;

struct expression_class;
using expression_type = x3::rule<expression_class, ast::operand>;
BOOST_SPIRIT_DECLARE(expression_type)

// The whole-expression rule: `if`, `where` and every operator below them.
const expression_type& expression();

// Runs the grammar over all of [begin, end), white space allowed around it.
// On success fills `tree` and leaves every node's span in `handler`; on
// failure returns the first error (nothing is thrown to the caller).
std::optional<ParseError> run(iterator_type begin, iterator_type end, error_handler& handler,
                              ast::operand& tree);

}  // namespace apdr::expr::grammar
