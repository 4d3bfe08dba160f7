// Operator spellings and the canonical text of a tree. to_text is the inverse
// of the parser up to white space and redundant parentheses: parsing its
// output gives back an equal tree.
#include <charconv>
#include <string>

#include "expression/tree.hpp"

namespace apdr::expr {

const char* spelling(BinaryOp op) {
  switch (op) {
    case BinaryOp::logical_or: return "or";
    case BinaryOp::logical_and: return "and";
    case BinaryOp::equal: return "==";
    case BinaryOp::not_equal: return "!=";
    case BinaryOp::less: return "<";
    case BinaryOp::less_equal: return "<=";
    case BinaryOp::greater: return ">";
    case BinaryOp::greater_equal: return ">=";
    case BinaryOp::in: return "in";
    case BinaryOp::not_in: return "not in";
    case BinaryOp::add: return "+";
    case BinaryOp::subtract: return "-";
    case BinaryOp::multiply: return "*";
    case BinaryOp::divide: return "/";
  }
  return "?";
}

const char* spelling(UnaryOp op) { return op == UnaryOp::logical_not ? "not" : "-"; }

namespace {

// Binding strength, loosest first, as in the grammar (expression_def.hpp).
enum Precedence : int {
  if_level, where_level, or_level, and_level, not_level, comparison_level,
  additive_level, multiplicative_level, negate_level, postfix_level,
};

int precedence_of(BinaryOp op) {
  switch (op) {
    case BinaryOp::logical_or: return or_level;
    case BinaryOp::logical_and: return and_level;
    case BinaryOp::add:
    case BinaryOp::subtract: return additive_level;
    case BinaryOp::multiply:
    case BinaryOp::divide: return multiplicative_level;
    default: return comparison_level;
  }
}

int precedence_of(const Node& node) {
  switch (node.kind) {
    case NodeKind::if_then: return if_level;
    case NodeKind::where: return where_level;
    case NodeKind::binary: return precedence_of(node.binary);
    case NodeKind::unary: return node.unary == UnaryOp::logical_not ? not_level : negate_level;
    case NodeKind::number: return node.number < 0 ? negate_level : postfix_level;
    default: return postfix_level;
  }
}

// The shortest text that reads back as the same double, never in exponent
// form (the language has none), with `.0` kept on a decimal so that it stays
// a decimal.
std::string number_text(const Node& node) {
  char buffer[400];
  auto [end, status] = std::to_chars(buffer, buffer + sizeof buffer, node.number, std::chars_format::fixed);
  std::string text = status == std::errc{} ? std::string(buffer, end) : std::string("0");
  if (!node.is_integer && text.find('.') == std::string::npos) text += ".0";
  return text;
}

std::string quoted(const std::string& value) {
  std::string text = "\"";
  for (char c : value) {
    if (c == '"' || c == '\\') text += '\\';
    text += c;
  }
  return text + "\"";
}

std::string text_of(const Node& node, int context);

std::string joined(const std::vector<NodePtr>& items) {
  std::string text;
  for (const auto& item : items) {
    if (!text.empty()) text += ", ";
    text += text_of(*item, if_level);
  }
  return text;
}

std::string bare_text_of(const Node& node) {
  switch (node.kind) {
    case NodeKind::number: return number_text(node);
    case NodeKind::string: return quoted(node.text);
    case NodeKind::boolean: return node.boolean ? "true" : "false";
    case NodeKind::date: return node.date.iso();
    case NodeKind::duration: return describe(node.duration);
    case NodeKind::list: return "[" + joined(node.children) + "]";
    case NodeKind::name: return node.text;
    case NodeKind::field: return text_of(*node.children[0], postfix_level) + "." + node.text;
    case NodeKind::call: return node.text + "(" + joined(node.children) + ")";
    case NodeKind::where:
      return text_of(*node.children[0], where_level) + " where " + text_of(*node.children[1], where_level + 1);
    case NodeKind::if_then:
      // An `if` inside the condition or the then-branch would parse without
      // parentheses, but reads badly.
      return "if " + text_of(*node.children[0], where_level) + " then " + text_of(*node.children[1], where_level) +
             " else " + text_of(*node.children[2], if_level);
    case NodeKind::unary:
      if (node.unary == UnaryOp::logical_not) return "not " + text_of(*node.children[0], not_level);
      return "-" + text_of(*node.children[0], negate_level);
    case NodeKind::binary: {
      const int level = precedence_of(node.binary);
      // Left-associative operators take an equal left operand bare; a
      // comparison takes neither side bare, since comparisons do not chain.
      const int left = level == comparison_level ? level + 1 : level;
      return text_of(*node.children[0], left) + " " + spelling(node.binary) + " " +
             text_of(*node.children[1], level + 1);
    }
  }
  return "?";
}

// The text of `node` where the surrounding syntax needs at least `context`.
std::string text_of(const Node& node, int context) {
  std::string text = bare_text_of(node);
  return precedence_of(node) < context ? "(" + text + ")" : text;
}

}  // namespace

std::string to_text(const Node& node) { return text_of(node, if_level); }

}  // namespace apdr::expr
