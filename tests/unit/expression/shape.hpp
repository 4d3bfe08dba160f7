#pragma once
// Helpers for the expression tests: parse or fail loudly, and print a tree
// with every operator parenthesised so that a test states its exact shape.
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "expression/parse.hpp"
#include "expression/tree.hpp"

namespace apdr::expr::testing {

// The tree of `text`; fails the test (showing the message) if it does not parse.
inline NodePtr tree_of(std::string_view text) {
  ParseResult result = parse_expression(text);
  INFO("parsing: " << text);
  if (result.error) INFO("error at " << result.error->offset << ": " << result.error->message);
  REQUIRE_FALSE(result.error.has_value());
  REQUIRE(result.tree != nullptr);
  return std::move(result.tree);
}

// The error for `text`; fails the test if it parses.
inline ParseError error_of(std::string_view text) {
  ParseResult result = parse_expression(text);
  INFO("parsing: " << text);
  if (result.tree) INFO("parsed as: " << to_text(*result.tree));
  REQUIRE(result.error.has_value());
  CHECK(result.tree == nullptr);
  return *result.error;
}

// Every compound node in parentheses: "(a + (b * c))".
inline std::string shape(const Node& node) {
  auto child = [&](std::size_t i) { return shape(*node.children[i]); };
  switch (node.kind) {
    case NodeKind::binary: return "(" + child(0) + " " + spelling(node.binary) + " " + child(1) + ")";
    case NodeKind::unary:
      return node.unary == UnaryOp::logical_not ? "(not " + child(0) + ")" : "(-" + child(0) + ")";
    case NodeKind::where: return "(" + child(0) + " where " + child(1) + ")";
    case NodeKind::if_then: return "(if " + child(0) + " then " + child(1) + " else " + child(2) + ")";
    case NodeKind::field: return child(0) + "." + node.text;
    case NodeKind::call: {
      std::string text = node.text + "(";
      for (std::size_t i = 0; i < node.children.size(); ++i) text += (i ? ", " : "") + child(i);
      return text + ")";
    }
    case NodeKind::list: {
      std::string text = "[";
      for (std::size_t i = 0; i < node.children.size(); ++i) text += (i ? ", " : "") + child(i);
      return text + "]";
    }
    default: return to_text(node);
  }
}

inline std::string shape_of(std::string_view text) { return shape(*tree_of(text)); }

// Structural equality, spans ignored.
inline bool same_tree(const Node& a, const Node& b) {
  if (a.kind != b.kind || a.children.size() != b.children.size()) return false;
  switch (a.kind) {
    case NodeKind::number:
      if (a.number != b.number || a.is_integer != b.is_integer) return false;
      break;
    case NodeKind::boolean:
      if (a.boolean != b.boolean) return false;
      break;
    case NodeKind::date:
      if (a.date != b.date) return false;
      break;
    case NodeKind::duration:
      if (!(a.duration == b.duration)) return false;
      break;
    case NodeKind::unary:
      if (a.unary != b.unary) return false;
      break;
    case NodeKind::binary:
      if (a.binary != b.binary) return false;
      break;
    default: break;
  }
  if (a.text != b.text) return false;
  for (std::size_t i = 0; i < a.children.size(); ++i)
    if (!same_tree(*a.children[i], *b.children[i])) return false;
  return true;
}

}  // namespace apdr::expr::testing
