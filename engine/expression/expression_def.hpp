#pragma once
// The expression grammar. Precedence, loosest first, one rule per level:
//
//   full_expression  if C then A else B  |  where_level
//   where_level      or_level (where or_level)*        LIST where COND
//   or_level         and_level (or and_level)*
//   and_level        not_level (and not_level)*
//   not_level        not not_level  |  comparison
//   comparison       additive (cmp additive)?          == != < <= > >= in, not in
//   additive         multiplicative ((+|-) multiplicative)*
//   multiplicative   unary_level ((*|/) unary_level)*
//   unary_level      - unary_level  |  postfix
//   postfix          primary (. field)*
//   primary          literal | list | call | name | ( full_expression )
//
// `where` sits below `or` so that `count(cycles(semh) where outcome != met or
// late)` filters by the whole `outcome != met or late`; a condition reaches
// to the closing parenthesis, comma or `then`/`else` that ends it. `a where b
// where c` filters twice, left to right. `if` is allowed only where a whole
// expression is expected (the top, inside parentheses, a list item, a call
// argument, a branch); as an operand it must be parenthesised, which keeps
// `1 + if …` from silently swallowing what follows.
//
// Every recursive step of the grammar goes through `nest`, which counts the
// depth in the parser context and stops at limits::max_expression_depth, so
// no input can exhaust the stack. Binary chains are loops, not recursion.
#include <charconv>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <system_error>

#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/support/utility/annotate_on_success.hpp>

#include "core/limits.hpp"
#include "expression/ast.hpp"
#include "expression/ast_adapted.hpp"
#include "expression/error_handler.hpp"
#include "expression/expression.hpp"

namespace apdr::expr::grammar {

// ---------------------------------------------------------------------------
// Directives the stock X3 set lacks.

inline std::string depth_message() {
  return "the expression is nested more than " + std::to_string(limits::max_expression_depth) +
         " levels deep (the limit max_expression_depth)";
}

// nest(opener)[subject]: parses `opener`, then `subject` one level deeper.
// Fails quietly if the opener does not match (so alternatives still work);
// past the depth limit it throws, pointing at the opener.
template <typename Opener, typename Subject>
struct nest_directive : x3::unary_parser<Subject, nest_directive<Opener, Subject>> {
  using base_type = x3::unary_parser<Subject, nest_directive<Opener, Subject>>;
  static bool const is_pass_through_unary = true;

  nest_directive(const Subject& subject, const Opener& opener) : base_type(subject), opener(opener) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, const Iterator& last, const Context& context, RContext& rcontext,
             Attribute& attr) const {
    Iterator i = first;
    x3::skip_over(i, last, context);
    const Iterator at = i;
    if (!opener.parse(i, last, context, rcontext, x3::unused)) return false;
    std::size_t& depth = x3::get<nesting_tag>(context).get();
    if (depth >= limits::max_expression_depth) throw grammar_error{at, depth_message()};
    ++depth;
    struct leave {
      std::size_t& depth;
      ~leave() { --depth; }
    } restore{depth};
    if (!this->subject.parse(i, last, context, rcontext, attr)) return false;
    first = i;
    return true;
  }

  Opener opener;
};

template <typename Opener>
struct nest_gen {
  template <typename Subject>
  auto operator[](const Subject& subject) const {
    using subject_type = typename x3::extension::as_parser<Subject>::value_type;
    return nest_directive<Opener, subject_type>(x3::as_parser(subject), opener);
  }
  Opener opener;
};

template <typename Opener>
auto nest(const Opener& opener) {
  return nest_gen<typename x3::extension::as_parser<Opener>::value_type>{x3::as_parser(opener)};
}

// reject(p, message): a mistake with a known remedy. Throws `message` at p's
// position if p matches here; otherwise fails without consuming anything.
// `!reject(p, m)` therefore reads "p must not come next".
template <typename Subject>
struct reject_parser : x3::unary_parser<Subject, reject_parser<Subject>> {
  using base_type = x3::unary_parser<Subject, reject_parser<Subject>>;
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  reject_parser(const Subject& subject, const char* message) : base_type(subject), message(message) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, const Iterator& last, const Context& context, RContext& rcontext,
             Attribute&) const {
    Iterator i = first;
    x3::skip_over(i, last, context);
    const Iterator at = i;
    if (this->subject.parse(i, last, context, rcontext, x3::unused)) throw grammar_error{at, message};
    return false;
  }

  const char* message;
};

template <typename Subject>
auto reject(const Subject& subject, const char* message) {
  using subject_type = typename x3::extension::as_parser<Subject>::value_type;
  return reject_parser<subject_type>(x3::as_parser(subject), message);
}

// spanned[subject]: tags the node of the enclosing rule with the span its
// subject matched. Needed where the rule's right side ends in a semantic
// action: X3 then hands the rule's on_success hook `unused`, so
// annotate_on_success cannot tag it. The rule's node is its RContext.
template <typename Subject>
struct spanned_directive : x3::unary_parser<Subject, spanned_directive<Subject>> {
  using base_type = x3::unary_parser<Subject, spanned_directive<Subject>>;
  static bool const is_pass_through_unary = true;

  explicit spanned_directive(const Subject& subject) : base_type(subject) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, const Iterator& last, const Context& context, RContext& node,
             Attribute& attr) const {
    Iterator i = first;
    x3::skip_over(i, last, context);
    const Iterator start = i;
    if (!this->subject.parse(i, last, context, node, attr)) return false;
    x3::get<x3::error_handler_tag>(context).get().tag(node, start, i);
    first = i;
    return true;
  }
};

struct spanned_gen {
  template <typename Subject>
  auto operator[](const Subject& subject) const {
    using subject_type = typename x3::extension::as_parser<Subject>::value_type;
    return spanned_directive<subject_type>(x3::as_parser(subject));
  }
};

inline const spanned_gen spanned{};

// The `)` that ends a call's arguments. Its message names the function, which
// it reads from the call being built (the rule's own attribute).
struct close_call_parser : x3::parser<close_call_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, const Iterator& last, const Context& context, RContext& call,
             Attribute&) const {
    Iterator i = first;
    x3::skip_over(i, last, context);
    if (i != last && *i == ')') {
      first = ++i;
      return true;
    }
    throw x3::expectation_failure<Iterator>(first, "`)` to close the call to `" + call.function + "`");
  }
};

inline const close_call_parser close_call{};

// Succeeds, reading nothing, when a word and then `(` come next: a call is
// tried only then, so a plain name is not read twice, first as a call that
// fails at its missing `(`. It can only turn away what `call` would refuse.
struct call_ahead_parser : x3::parser<call_ahead_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  static bool is_word(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, const Iterator& last, const Context& context, RContext&, Attribute&) const {
    Iterator i = first;
    x3::skip_over(i, last, context);
    if (i == last || !is_word(*i) || (*i >= '0' && *i <= '9')) return false;
    while (i != last && is_word(*i)) ++i;
    x3::skip_over(i, last, context);
    return i != last && *i == '(';
  }
};

inline const call_ahead_parser call_ahead{};

// ---------------------------------------------------------------------------
// Tokens.

inline const auto digit = x3::char_('0', '9');
inline const auto word_char = x3::char_("a-zA-Z0-9_");

// A keyword is a whole word: `order`, `notice`, `index` and `in_place` are
// names, not `or`, `not`, `in`.
inline auto kw(const char* word) { return x3::lexeme[x3::lit(word) >> !word_char]; }

inline const auto kw_and = kw("and");
inline const auto kw_or = kw("or");
inline const auto kw_not = kw("not");
inline const auto kw_in = kw("in");
inline const auto kw_where = kw("where");
inline const auto kw_if = kw("if");
inline const auto kw_then = kw("then");
inline const auto kw_else = kw("else");
inline const auto kw_true = kw("true");
inline const auto kw_false = kw("false");

inline const auto keyword =
    kw_and | kw_or | kw_not | kw_in | kw_where | kw_if | kw_then | kw_else | kw_true | kw_false;

struct unit_table : x3::symbols<DurationUnit> {
  unit_table() {
    add("day", DurationUnit::days)("days", DurationUnit::days)
       ("week", DurationUnit::weeks)("weeks", DurationUnit::weeks)
       ("month", DurationUnit::months)("months", DurationUnit::months)
       ("year", DurationUnit::years)("years", DurationUnit::years)
       ("working day", DurationUnit::working_days)("working days", DurationUnit::working_days);
  }
};
inline const unit_table units;
inline const auto unit = x3::lexeme[units >> !word_char];

struct comparison_table : x3::symbols<ast::optoken> {
  comparison_table() {
    add("==", ast::optoken::equal)("!=", ast::optoken::not_equal)
       ("<", ast::optoken::less)("<=", ast::optoken::less_equal)
       (">", ast::optoken::greater)(">=", ast::optoken::greater_equal);
  }
};
inline const comparison_table comparison_symbols;

struct additive_table : x3::symbols<ast::optoken> {
  additive_table() { add("+", ast::optoken::add)("-", ast::optoken::subtract); }
};
inline const additive_table additive_op;

struct multiplicative_table : x3::symbols<ast::optoken> {
  multiplicative_table() { add("*", ast::optoken::multiply)("/", ast::optoken::divide); }
};
inline const multiplicative_table multiplicative_op;

inline const auto where_op = kw_where >> x3::attr(ast::optoken::where);
inline const auto or_op = kw_or >> x3::attr(ast::optoken::logical_or);
inline const auto and_op = kw_and >> x3::attr(ast::optoken::logical_and);

// ---------------------------------------------------------------------------
// Semantic actions: the literal checks that need a finished message.

inline std::string_view text_of(const boost::iterator_range<iterator_type>& range) {
  return {range.begin(), static_cast<std::size_t>(range.end() - range.begin())};
}

inline const auto make_number = [](auto& ctx) {
  const auto& spelled = text_of(boost::fusion::at_c<0>(x3::_attr(ctx)));
  const auto& unit_found = boost::fusion::at_c<1>(x3::_attr(ctx));
  auto& literal = x3::_val(ctx);
  const bool integral = spelled.find('.') == std::string_view::npos;
  if (unit_found) {
    if (!integral)
      throw grammar_error{spelled.data(), "a duration needs a whole number, not `" + std::string(spelled) + "`"};
    std::int64_t amount = 0;
    auto [end, status] = std::from_chars(spelled.data(), spelled.data() + spelled.size(), amount);
    const std::int64_t per_unit = *unit_found == DurationUnit::weeks ? 7 : *unit_found == DurationUnit::years ? 12 : 1;
    if (status != std::errc{} || amount > std::numeric_limits<std::int32_t>::max() / per_unit)
      throw grammar_error{spelled.data(), "this duration is too long"};
    literal.duration = make_duration(amount, *unit_found);
    literal.value = static_cast<double>(amount);
    literal.is_integer = true;
      return;
  }
  // A double keeps any 15 significant digits; more would be silently
  // rounded (123456789012345678 is taken as 123456789012345680), so the
  // number is refused, as a profile's number of too many digits is.
  // Leading and trailing zeros are not significant: 1000000000000000.0 is fine.
  std::string digits;
  for (char c : spelled) {
    if (c != '.' && !(digits.empty() && c == '0')) digits += c;
  }
  while (!digits.empty() && digits.back() == '0') digits.pop_back();
  if (digits.size() > 15)
    throw grammar_error{spelled.data(), "this number has more than 15 significant digits, more than apdr can hold exactly"};
  double value = 0;
  auto [end, status] = std::from_chars(spelled.data(), spelled.data() + spelled.size(), value);
  if (status != std::errc{}) throw grammar_error{spelled.data(), "this number is out of range"};
  literal.value = value;
  literal.is_integer = integral;
};

inline const auto make_date = [](auto& ctx) {
  std::string_view spelled = text_of(x3::_attr(ctx));
  if (spelled.size() != 10)
    throw grammar_error{spelled.data(), "`" + std::string(spelled) + "` is not a date; write dates as YYYY-MM-DD"};
  auto date = Date::parse(spelled);
  if (!date) throw grammar_error{spelled.data(), std::string(spelled) + " is not a real date"};
  x3::_val(ctx).value = *date;
};

// The raw text runs from the opening quote to the closing one, or to the end
// of the text when there is none.
inline const auto make_string = [](auto& ctx) {
  std::string_view spelled = text_of(x3::_attr(ctx));
  std::string value;
  std::size_t i = 1;
  for (; i < spelled.size() && spelled[i] != '"'; ++i) {
    if (spelled[i] != '\\') {
      value += spelled[i];
      continue;
    }
    if (i + 1 >= spelled.size()) break;
    char escaped = spelled[i + 1];
    if (escaped != '"' && escaped != '\\')
      throw grammar_error{spelled.data() + i, std::string("unknown escape `\\") + escaped +
                                                  "` in a string; only `\\\"` and `\\\\` are allowed"};
    value += escaped;
    ++i;
  }
  if (i >= spelled.size()) throw grammar_error{spelled.data(), "unterminated string"};
  x3::_val(ctx).value = std::move(value);
};

inline const auto pass_up = [](auto& ctx) {
  auto& parts = x3::_attr(ctx);
  if constexpr (requires { parts.rest; }) {
    if (parts.rest.empty()) {
      x3::_val(ctx) = std::move(parts.first);
      return;
    }
  } else {
    if (parts.fields.empty()) {
      x3::_val(ctx) = std::move(parts.base);
      return;
    }
  }
  x3::_val(ctx) = std::move(parts);
};
inline const auto set_true = [](auto& ctx) { x3::_val(ctx).value = true; };
inline const auto set_false = [](auto& ctx) { x3::_val(ctx).value = false; };
inline const auto set_name = [](auto& ctx) { x3::_val(ctx).id = std::move(x3::_attr(ctx)); };
inline const auto set_field = [](auto& ctx) { x3::_val(ctx).field = std::move(x3::_attr(ctx)); };
inline const auto set_inner = [](auto& ctx) { x3::_val(ctx).inner = std::move(x3::_attr(ctx)); };
inline const auto set_items = [](auto& ctx) {
  auto& items = x3::_attr(ctx);
  if constexpr (requires { *items; }) {
    if (items) x3::_val(ctx).items = std::move(*items);
  } else {
    x3::_val(ctx).items = std::move(items);
  }
};

// ---------------------------------------------------------------------------
// Rule ids. Those deriving from annotate_on_success record their node's span;
// the others make no node or are tagged by `spanned`. A chain's or a
// postfix's own span is never read (parse.cpp spans them by their parts), so
// they are not tagged.

struct full_expression_class;
struct if_then_class : x3::annotate_on_success {};
struct where_level_class;  // passed up by `where_level_up`, spans unused
struct where_level_up_class;
struct or_level_class;  // passed up by `or_level_up`, spans unused
struct or_level_up_class;
struct and_level_class;  // passed up by `and_level_up`, spans unused
struct and_level_up_class;
struct not_level_class;
struct not_expr_class : x3::annotate_on_success {};
struct comparison_class;  // passed up by `comparison_up`, spans unused
struct comparison_up_class;
struct comparison_tail_class;
struct comparison_op_class;
struct additive_class;  // passed up by `additive_up`, spans unused
struct additive_up_class;
struct multiplicative_class;  // passed up by `multiplicative_up`, spans unused
struct multiplicative_up_class;
struct unary_level_class;
struct negate_expr_class : x3::annotate_on_success {};
struct postfix_class;  // passed up by `postfix_up`, spans unused
struct postfix_up_class;
struct field_name_class;  // tagged by `spanned`
struct primary_class;
struct list_class;  // tagged by `spanned`
struct list_items_class;
struct call_class : x3::annotate_on_success {};
struct name_class;  // tagged by `spanned`
struct paren_class;  // tagged by `spanned`
struct identifier_class;
struct numeric_literal_class;  // tagged by `spanned`
struct number_text_class;
struct date_literal_class;  // tagged by `spanned`
struct string_literal_class;  // tagged by `spanned`
struct boolean_literal_class;  // tagged by `spanned`
struct then_keyword_class;
struct else_keyword_class;
struct close_paren_class;
struct close_bracket_class;
struct in_after_not_class;

// Rule names are the phrases of "expected …" messages.
const expression_type full_expression = an_expression;
const x3::rule<if_then_class, ast::if_then> if_then = an_expression;
const x3::rule<where_level_class, ast::binary_chain> where_level = an_expression;
const x3::rule<where_level_up_class, ast::operand> where_level_up = an_expression;
const x3::rule<or_level_class, ast::binary_chain> or_level = an_expression;
const x3::rule<or_level_up_class, ast::operand> or_level_up = an_expression;
const x3::rule<and_level_class, ast::binary_chain> and_level = an_expression;
const x3::rule<and_level_up_class, ast::operand> and_level_up = an_expression;
const x3::rule<not_level_class, ast::operand> not_level = an_expression;
const x3::rule<not_expr_class, ast::unary> not_expr = an_expression;
const x3::rule<comparison_class, ast::binary_chain> comparison = an_expression;
const x3::rule<comparison_up_class, ast::operand> comparison_up = an_expression;
const x3::rule<comparison_tail_class, std::vector<ast::operation>> comparison_tail = "a comparison";
const x3::rule<comparison_op_class, ast::optoken> comparison_op = "a comparison";
const x3::rule<additive_class, ast::binary_chain> additive = an_expression;
const x3::rule<additive_up_class, ast::operand> additive_up = an_expression;
const x3::rule<multiplicative_class, ast::binary_chain> multiplicative = an_expression;
const x3::rule<multiplicative_up_class, ast::operand> multiplicative_up = an_expression;
const x3::rule<unary_level_class, ast::operand> unary_level = an_expression;
const x3::rule<negate_expr_class, ast::unary> negate_expr = an_expression;
const x3::rule<postfix_class, ast::postfix> postfix = an_expression;
const x3::rule<postfix_up_class, ast::operand> postfix_up = an_expression;
const x3::rule<field_name_class, ast::field_access> field_name = "a field name after `.`";
const x3::rule<primary_class, ast::operand> primary = an_expression;
const x3::rule<list_class, ast::list> list = "a list";
const x3::rule<list_items_class, std::vector<ast::operand>> list_items = an_expression;
const x3::rule<call_class, ast::call> call = "a call";
const x3::rule<name_class, ast::name> name = "a name";
const x3::rule<paren_class, ast::paren> paren = an_expression;
const x3::rule<identifier_class, std::string> identifier = "a name";
const x3::rule<numeric_literal_class, ast::numeric_literal> numeric_literal = "a number";
const x3::rule<number_text_class, boost::iterator_range<iterator_type>> number_text = "a number";
const x3::rule<date_literal_class, ast::date_literal> date_literal = "a date";
const x3::rule<string_literal_class, ast::string_literal> string_literal = "a string";
const x3::rule<boolean_literal_class, ast::boolean_literal> boolean_literal = "true or false";
const x3::rule<then_keyword_class> then_keyword = "`then` after the condition of `if`";
const x3::rule<else_keyword_class> else_keyword = "`else`: every `if` needs an `else` branch";
const x3::rule<close_paren_class> close_paren = "`)` to close `(`";
const x3::rule<close_bracket_class> close_bracket = "`]` to close `[`";
const x3::rule<in_after_not_class> in_after_not = "`in` after `not`";

// ---------------------------------------------------------------------------
// The grammar.

const auto full_expression_def = if_then | where_level_up;

const auto if_then_def =
    nest(kw_if)[x3::expect[full_expression] > then_keyword > full_expression > else_keyword > full_expression];

const auto where_level_def = or_level_up >> *(where_op > or_level_up);

const auto or_level_def = and_level_up >> *(or_op > and_level_up) >> !reject(x3::lit("||"), "use `or` instead of `||`");

const auto and_level_def = not_level >> *(and_op > not_level) >> !reject(x3::lit("&&"), "use `and` instead of `&&`");

const auto not_level_def = not_expr | comparison_up;

const auto not_expr_def = nest(kw_not)[x3::attr(ast::prefix_op::logical_not) > not_level];

// Comparisons do not chain: `a < b < c` is an error rather than a silent
// comparison of a boolean with c.
const auto comparison_def = additive_up >> comparison_tail >>
                            !reject(comparison_op, "comparisons cannot be chained; join them with `and`, "
                                                   "as in `a < b and b < c`") >>
                            !reject(x3::lit("=<"), "use `<=` for \"at most\"") >>
                            !reject(x3::lit("=>"), "use `>=` for \"at least\"") >>
                            !reject(x3::lit('=') >> !x3::lit('='), "use `==` to compare");

// At most one comparison; a rule of its own so that the optional step counts
// as one element of comparison's sequence.
const auto comparison_tail_def = -(comparison_op > additive_up);

const auto comparison_op_def = comparison_symbols | (kw_in >> x3::attr(ast::optoken::in)) |
                               ((kw_not > in_after_not) >> x3::attr(ast::optoken::not_in));

const auto additive_def = multiplicative_up >> *(additive_op > multiplicative_up);

const auto multiplicative_def = unary_level >> *(multiplicative_op > unary_level);

const auto unary_level_def = negate_expr | postfix_up;

const auto negate_expr_def = nest(x3::lit('-'))[x3::attr(ast::prefix_op::negate) > unary_level];

const auto postfix_def = primary >> *('.' > field_name);

// A chain without an operator, or a primary without a field, is passed up
// as its one operand: otherwise every name would reach the top wrapped in
// six empty chains and a postfix, each a node on the heap of its own, and
// parse.cpp would unwrap them again.
const auto where_level_up_def = where_level[pass_up];
const auto or_level_up_def = or_level[pass_up];
const auto and_level_up_def = and_level[pass_up];
const auto comparison_up_def = comparison[pass_up];
const auto additive_up_def = additive[pass_up];
const auto multiplicative_up_def = multiplicative[pass_up];
const auto postfix_up_def = postfix[pass_up];

const auto field_name_def = spanned[identifier[set_field]];

const auto primary_def =
    date_literal | numeric_literal | string_literal | boolean_literal | list | call | name | paren |
    reject(kw_if, "an `if` expression needs parentheses around it here") |
    reject(x3::lit('!') >> !x3::lit('='), "use `not` instead of `!`");

const auto list_def = spanned[nest(x3::lit('['))[-list_items > close_bracket][set_items]];

const auto list_items_def = full_expression >> *(',' > full_expression);

const auto call_def = call_ahead >> identifier >> nest(x3::lit('('))[-list_items >> close_call];

const auto name_def = spanned[identifier[set_name]];

const auto paren_def = spanned[nest(x3::lit('('))[x3::expect[full_expression] > close_paren][set_inner]];

const auto identifier_def = x3::lexeme[!keyword >> x3::char_("a-zA-Z_") >> *word_char];

const auto numeric_literal_def = spanned[(number_text >> -unit)[make_number]];

const auto number_text_def = x3::raw[x3::lexeme[+digit >> -('.' >> +digit)]];

// Anything shaped like a date is a date: `2026-01-05` never means 2026 - 1 - 5.
const auto date_literal_def = spanned[x3::raw[x3::lexeme[x3::repeat(4)[digit] >> '-' >> x3::repeat(2)[digit] >> '-' >>
                                                 x3::repeat(2)[digit] >> *word_char]][make_date]];

const auto string_literal_def =
    spanned[x3::raw[x3::lexeme['"' >> *(('\\' >> x3::char_) | ~x3::char_("\"\\")) >> -x3::lit('"')]][make_string]];

const auto boolean_literal_def = spanned[kw_true[set_true] | kw_false[set_false]];

const auto then_keyword_def = kw_then;
const auto else_keyword_def = kw_else;
const auto close_paren_def = x3::lit(')');
const auto close_bracket_def = x3::lit(']');
const auto in_after_not_def = kw_in;

BOOST_SPIRIT_DEFINE(full_expression, if_then, where_level, or_level, and_level, not_level, not_expr, comparison,
                    comparison_tail, comparison_op, additive, multiplicative, unary_level, negate_expr, postfix, field_name,
                    primary, list, list_items, call, name, paren, identifier, numeric_literal, number_text, date_literal,
                    string_literal, boolean_literal, then_keyword, else_keyword, close_paren, close_bracket,
                    in_after_not, where_level_up, or_level_up, and_level_up, comparison_up, additive_up,
                    multiplicative_up, postfix_up)

}  // namespace apdr::expr::grammar
