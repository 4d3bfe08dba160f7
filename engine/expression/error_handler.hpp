#pragma once
// Turns the grammar's failures into apdr::expr::ParseError, and records the
// source span of every AST node (the `tag` hook annotate_on_success calls).
//
// Two kinds of failure reach here: X3's expectation_failure, thrown at a `>`
// whose right side did not match (its `which` is the rule's name, a phrase
// such as "`)` to close `(`"), and grammar_error, thrown by the grammar's own
// checks (an impossible date, a chained comparison, the depth limit) with a
// finished message.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

// expect.hpp (for expectation_failure) assumes these traits are already in.
#include <boost/spirit/home/x3/support/traits/container_traits.hpp>
#include <boost/spirit/home/x3/support/traits/is_variant.hpp>
#include <boost/spirit/home/x3/support/traits/has_attribute.hpp>
#include <boost/spirit/home/x3/support/traits/tuple_traits.hpp>
#include <boost/spirit/home/x3/directive/expect.hpp>
#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>

#include "expression/parse.hpp"

namespace apdr::expr::grammar {

namespace x3 = boost::spirit::x3;

using iterator_type = const char*;

// The name every operand rule carries; an expectation failure on one of them
// becomes "expected an expression after `<the token before>`".
inline constexpr const char* an_expression = "an expression";

// A failure whose message the grammar wrote itself.
struct grammar_error {
  iterator_type where;  // the offending character
  std::string message;
};

class error_handler {
 public:
  error_handler(iterator_type begin, iterator_type end) : begin_(begin), end_(end), positions_(begin, end) {}

  // Called by annotate_on_success and by the grammar's `spanned` directive.
  template <typename Node>
  void tag(Node& node, iterator_type first, iterator_type last) {
    positions_.annotate(node, first, last);
  }

  // Byte offsets [begin, end) of a tagged node.
  std::pair<std::uint32_t, std::uint32_t> span_of(const x3::position_tagged& node) const {
    auto range = positions_.position_of(node);
    return {offset_of(range.begin()), offset_of(range.end())};
  }

  ParseError error_from(const x3::expectation_failure<iterator_type>& failure) const {
    iterator_type at = skip_space(failure.where());
    std::string which = failure.which();
    if (which == an_expression) {
      std::string before = token_before(failure.where());
      return {offset_of(at), before.empty() ? "expected an expression"
                                            : "expected an expression after `" + before + "`"};
    }
    return {offset_of(at), "expected " + which};
  }

  ParseError error_from(const grammar_error& error) const { return {offset_of(error.where), error.message}; }

  // Nothing that starts an expression at `where`: "expected an expression"
  // when the text is blank, else "unexpected `]`".
  ParseError no_expression_at(iterator_type where) const {
    iterator_type at = skip_space(where);
    if (at == end_) return {offset_of(at), "expected an expression"};
    return unexpected_at(at);
  }

  // Text left over after a complete expression ("a b" fails at `b`).
  ParseError unexpected_at(iterator_type where) const {
    iterator_type at = skip_space(where);
    return {offset_of(at), "unexpected `" + token_at(at) + "`"};
  }

 private:
  static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
  static bool is_word(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  std::uint32_t offset_of(iterator_type at) const { return static_cast<std::uint32_t>(at - begin_); }

  iterator_type skip_space(iterator_type at) const {
    while (at != end_ && is_space(*at)) ++at;
    return at;
  }

  // The token that starts at `at`, for "unexpected `…`": a whole word, a
  // whole UTF-8 character, or one punctuation character.
  std::string token_at(iterator_type at) const {
    iterator_type stop = at;
    if (stop == end_) return "end of text";
    if (is_word(*stop)) {
      while (stop != end_ && is_word(*stop)) ++stop;
    } else if (static_cast<unsigned char>(*stop) >= 0x80) {
      ++stop;
      while (stop != end_ && (static_cast<unsigned char>(*stop) & 0xC0) == 0x80) ++stop;
    } else {
      ++stop;
    }
    return std::string(at, stop);
  }

  // The operator or keyword just before `at`, for "after `and`": the failure
  // point of an operand rule is always right after the token that demanded
  // it, so looking back is exact and keeps the grammar free of per-operator
  // rules.
  std::string token_before(iterator_type at) const {
    while (at != begin_ && is_space(at[-1])) --at;
    if (at == begin_) return {};
    iterator_type stop = at;
    if (is_word(at[-1])) {
      while (at != begin_ && is_word(at[-1])) --at;
      std::string word(at, stop);
      if (word == "in") {  // `not in` reads as one operator
        iterator_type before = at;
        while (before != begin_ && is_space(before[-1])) --before;
        if (before - begin_ >= 3 && std::string(before - 3, before) == "not" &&
            (before - 3 == begin_ || !is_word(before[-4])))
          return "not in";
      }
      return word;
    }
    if (at - begin_ >= 2) {
      std::string two(at - 2, at);
      if (two == "<=" || two == ">=" || two == "==" || two == "!=") return two;
    }
    return std::string(at - 1, at);
  }

  iterator_type begin_;
  iterator_type end_;
  x3::position_cache<std::vector<iterator_type>> positions_;
};

}  // namespace apdr::expr::grammar
