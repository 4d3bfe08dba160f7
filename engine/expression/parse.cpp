// parse_expression: checks the size limit, runs the X3 grammar, and folds
// the X3 AST into the plain expr::Node tree with byte spans.
#include "expression/parse.hpp"

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <string>

#include "core/limits.hpp"
#include "expression/ast.hpp"
#include "expression/error_handler.hpp"
#include "expression/expression.hpp"

namespace apdr::expr {
namespace {

namespace x3 = boost::spirit::x3;

// A converted operand and the span of its source text, which for a
// parenthesised operand includes the parentheses (the node itself keeps the
// span of what is inside them).
struct Converted {
  NodePtr node;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

BinaryOp binary_of(ast::optoken op) {
  switch (op) {
    case ast::optoken::logical_or: return BinaryOp::logical_or;
    case ast::optoken::logical_and: return BinaryOp::logical_and;
    case ast::optoken::equal: return BinaryOp::equal;
    case ast::optoken::not_equal: return BinaryOp::not_equal;
    case ast::optoken::less: return BinaryOp::less;
    case ast::optoken::less_equal: return BinaryOp::less_equal;
    case ast::optoken::greater: return BinaryOp::greater;
    case ast::optoken::greater_equal: return BinaryOp::greater_equal;
    case ast::optoken::in: return BinaryOp::in;
    case ast::optoken::not_in: return BinaryOp::not_in;
    case ast::optoken::add: return BinaryOp::add;
    case ast::optoken::subtract: return BinaryOp::subtract;
    case ast::optoken::multiply: return BinaryOp::multiply;
    case ast::optoken::divide: return BinaryOp::divide;
    case ast::optoken::where: break;  // a node kind of its own
  }
  throw std::logic_error("no binary operator for `where`");
}

class Converter {
 public:
  explicit Converter(const grammar::error_handler& handler) : handler_(handler) {}

  Converted operator()(const ast::nil&) const { throw std::logic_error("the grammar left an operand empty"); }

  Converted operator()(const ast::numeric_literal& literal) const {
    auto node = make(literal, literal.duration ? NodeKind::duration : NodeKind::number);
    if (literal.duration) {
      node->duration = *literal.duration;
    } else {
      node->number = literal.value;
      node->is_integer = literal.is_integer;
    }
    return finish(std::move(node));
  }

  Converted operator()(const ast::string_literal& literal) const {
    auto node = make(literal, NodeKind::string);
    node->text = literal.value;
    return finish(std::move(node));
  }

  Converted operator()(const ast::boolean_literal& literal) const {
    auto node = make(literal, NodeKind::boolean);
    node->boolean = literal.value;
    return finish(std::move(node));
  }

  Converted operator()(const ast::date_literal& literal) const {
    auto node = make(literal, NodeKind::date);
    node->date = literal.value;
    return finish(std::move(node));
  }

  Converted operator()(const ast::name& name) const {
    auto node = make(name, NodeKind::name);
    node->text = name.id;
    return finish(std::move(node));
  }

  Converted operator()(const ast::list& list) const {
    auto node = make(list, NodeKind::list);
    for (const auto& item : list.items) node->children.push_back(convert(item).node);
    return finish(std::move(node));
  }

  Converted operator()(const ast::call& call) const {
    auto node = make(call, NodeKind::call);
    node->text = call.function;
    for (const auto& argument : call.arguments) node->children.push_back(convert(argument).node);
    return finish(std::move(node));
  }

  Converted operator()(const ast::unary& unary) const {
    auto node = make(unary, NodeKind::unary);
    node->unary = unary.op == ast::prefix_op::logical_not ? UnaryOp::logical_not : UnaryOp::negate;
    node->children.push_back(convert(unary.subject).node);
    return finish(std::move(node));
  }

  Converted operator()(const ast::paren& paren) const {
    Converted inner = convert(paren.inner);
    auto [begin, end] = handler_.span_of(paren);
    return {std::move(inner.node), begin, end};
  }

  Converted operator()(const ast::if_then& branch) const {
    auto node = make(branch, NodeKind::if_then);
    node->children.push_back(convert(branch.condition).node);
    node->children.push_back(convert(branch.then_branch).node);
    node->children.push_back(convert(branch.else_branch).node);
    return finish(std::move(node));
  }

  // Folds `a op b op c` to the left: ((a op b) op c).
  Converted operator()(const ast::binary_chain& chain) const {
    Converted left = convert(chain.first);
    for (const auto& step : chain.rest) {
      Converted right = convert(step.right);
      auto node = std::make_unique<Node>();
      if (step.op == ast::optoken::where) {
        node->kind = NodeKind::where;
      } else {
        node->kind = NodeKind::binary;
        node->binary = binary_of(step.op);
      }
      node->begin = left.begin;
      node->end = right.end;
      node->children.push_back(std::move(left.node));
      node->children.push_back(std::move(right.node));
      left = finish(std::move(node));
    }
    return left;
  }

  Converted operator()(const ast::postfix& postfix) const {
    Converted base = convert(postfix.base);
    for (const auto& access : postfix.fields) {
      auto node = std::make_unique<Node>();
      node->kind = NodeKind::field;
      node->text = access.field;
      node->begin = base.begin;
      node->end = handler_.span_of(access).second;
      node->children.push_back(std::move(base.node));
      base = finish(std::move(node));
    }
    return base;
  }

  template <typename T>
  Converted operator()(const x3::forward_ast<T>& forward) const {
    return (*this)(forward.get());
  }

  Converted convert(const ast::operand& operand) const { return boost::apply_visitor(*this, operand); }

 private:
  NodePtr make(const x3::position_tagged& tagged, NodeKind kind) const {
    auto node = std::make_unique<Node>();
    node->kind = kind;
    std::tie(node->begin, node->end) = handler_.span_of(tagged);
    return node;
  }

  static Converted finish(NodePtr node) {
    std::uint32_t begin = node->begin, end = node->end;
    return {std::move(node), begin, end};
  }

  const grammar::error_handler& handler_;
};

// The height of the tree, counting each operation of a chain (`a + b + c`
// is two). The grammar bounds brackets and prefixes, but a chain parses as a
// loop and folds into a tree as deep as it is long; the checker, compiler
// and evaluator recurse over that tree, so its height is bounded too. Stops
// at the lowest node past the limit and points at the operand that made it.
// (The tree is at most max_expression_bytes deep, so this recursion is too.)
std::size_t height(const Node& node, std::optional<ParseError>& error) {
  if (node.children.empty()) return 0;  // a name, a literal or a call without arguments
  std::size_t tallest = 0;
  for (const auto& child : node.children) {
    tallest = std::max(tallest, height(*child, error));
    if (error) return 0;
  }
  if (tallest + 1 > limits::max_expression_tree_depth) {
    // A field access has no child for its name: point at the name.
    std::uint32_t at = node.kind == NodeKind::field ? node.end - static_cast<std::uint32_t>(node.text.size())
                                                    : node.children.back()->begin;
    error = ParseError{at, "the expression is too deep: more than " +
                               std::to_string(limits::max_expression_tree_depth) +
                               " operations inside one another (the limit max_expression_tree_depth); "
                               "split it into derived values"};
  }
  return tallest + 1;
}

}  // namespace

ParseResult parse_expression(std::string_view text) {
  ParseResult result;
  if (text.size() > limits::max_expression_bytes) {
    result.error = ParseError{static_cast<std::uint32_t>(limits::max_expression_bytes),
                              "the expression is " + std::to_string(text.size()) + " bytes long, over the limit of " +
                                  std::to_string(limits::max_expression_bytes) + " (max_expression_bytes)"};
    return result;
  }
  const char* begin = text.data();
  const char* end = begin + text.size();
  grammar::error_handler handler(begin, end);
  ast::operand tree;
  result.error = grammar::run(begin, end, handler, tree);
  if (result.error) return result;
  result.tree = Converter(handler).convert(tree).node;
  height(*result.tree, result.error);
  if (result.error) result.tree.reset();
  return result;
}

}  // namespace apdr::expr
