// The one translation unit that compiles the X3 grammar: the rules are
// instantiated here for the single context the parser runs with, and run()
// is the only way in, so no other file needs Spirit's grammar headers.
#include "expression/expression_def.hpp"

#include <functional>

namespace apdr::expr::grammar {
namespace {

using skipper_type = x3::ascii::space_type;

// The context every rule sees: the skipper, the nesting depth and the error
// handler (which also records node positions), innermost last.
using skipper_context_type = x3::context<x3::skipper_tag, const skipper_type, x3::unused_type>;
using nesting_context_type = x3::context<nesting_tag, std::reference_wrapper<std::size_t>, skipper_context_type>;
using context_type = x3::context<x3::error_handler_tag, std::reference_wrapper<error_handler>, nesting_context_type>;

}  // namespace

BOOST_SPIRIT_INSTANTIATE(expression_type, iterator_type, context_type)

const expression_type& expression() { return full_expression; }

std::optional<ParseError> run(iterator_type begin, iterator_type end, error_handler& handler, ast::operand& tree) {
  const skipper_type skipper{};
  std::size_t depth = 0;
  std::reference_wrapper<std::size_t> depth_ref = std::ref(depth);
  std::reference_wrapper<error_handler> handler_ref = std::ref(handler);
  const skipper_context_type skipper_context(skipper, x3::unused);
  const nesting_context_type nesting_context(depth_ref, skipper_context);
  const context_type context(handler_ref, nesting_context);

  iterator_type first = begin;
  try {
    if (!parse_rule(full_expression, first, end, context, tree)) return handler.no_expression_at(first);
  } catch (const x3::expectation_failure<iterator_type>& failure) {
    return handler.error_from(failure);
  } catch (const grammar_error& error) {
    return handler.error_from(error);
  }
  iterator_type rest = first;
  x3::skip_over(rest, end, context);
  if (rest != end) return handler.unexpected_at(rest);
  return std::nullopt;
}

}  // namespace apdr::expr::grammar
