#pragma once
// Fusion adaptation of the multi-member X3 attribute types, so that X3 can
// fill them straight from a sequence parser. Single-member types (literals,
// name, list, paren) are filled by semantic actions instead, which sidesteps
// X3's single-element-sequence quirks.
#include <boost/fusion/include/adapt_struct.hpp>

#include "expression/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(apdr::expr::ast::call, function, arguments)
BOOST_FUSION_ADAPT_STRUCT(apdr::expr::ast::unary, op, subject)
BOOST_FUSION_ADAPT_STRUCT(apdr::expr::ast::if_then, condition, then_branch, else_branch)
BOOST_FUSION_ADAPT_STRUCT(apdr::expr::ast::operation, op, right)
BOOST_FUSION_ADAPT_STRUCT(apdr::expr::ast::binary_chain, first, rest)
BOOST_FUSION_ADAPT_STRUCT(apdr::expr::ast::postfix, base, fields)
