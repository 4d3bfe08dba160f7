#include "load/expression_reader.hpp"

#include <fmt/format.h>

#include "expression/parse.hpp"
#include "load/scalar_alignment.hpp"

namespace apdr::load {
namespace {

// Fills the position map: where the value's text starts in the file, and
// whether every character of it can be found there.
void map_to_file(const YamlFile& file, const yaml::Node& node, syntax::Expression& expression) {
  expression.file_text = file.text;
  if (file.text == nullptr || !node.where.known()) return;
  std::size_t start = file.offset_of(node);
  const std::string& text = *file.text;
  if (start >= text.size()) return;
  const char opener = text[start];
  if (opener == '|' || opener == '>' || opener == '&' || opener == '!' || opener == '*') return;
  const bool quoted = opener == '"' || opener == '\'';
  expression.text_start = quoted ? start + 1 : start;
  auto end = align_scalar(expression.text, text, expression.text_start, expression.text.size());
  if (!end) return;
  if (quoted) {
    // The value must run up to the closing quote with no escape inside:
    // `\` in double quotes, or a doubled `''` in single quotes.
    if (*end >= text.size() || text[*end] != opener) return;
    if (opener == '\'' && *end + 1 < text.size() && text[*end + 1] == '\'') return;
    std::string_view inside(text.data() + expression.text_start, *end - expression.text_start);
    if (opener == '"' && inside.find('\\') != std::string_view::npos) return;
    if (opener == '\'' && inside.find("''") != std::string_view::npos) return;
  }
  expression.verbatim = true;
}

syntax::Expression parse_at(const YamlFile& file, const yaml::Node& node, std::string text,
                            const SourceLocation& where) {
  syntax::Expression expression;
  expression.text = std::move(text);
  expression.where = where;
  map_to_file(file, node, expression);
  expr::ParseResult parsed = expr::parse_expression(expression.text);
  if (parsed.error) {
    file.error(Code::ExpressionSyntax, expression.locate(parsed.error->offset), parsed.error->message);
  } else {
    expression.tree = std::move(parsed.tree);
  }
  return expression;
}

// A text literal as the expression language writes it.
std::string quoted_literal(const std::string& value) {
  std::string out = "\"";
  for (char c : value) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::optional<syntax::Expression> read_expression(const YamlFile& file, const Field& field,
                                                  std::string_view what) {
  if (!field.value->is_scalar()) {
    file.error(Code::WrongShape, field.value_where,
               fmt::format("{} should be an expression written on one line (quote it if it holds `: ` "
                           "or starts with `[` or `{{`), but it is {}",
                           what, shape_of(*field.value)));
    return std::nullopt;
  }
  return parse_at(file, *field.value, field.value->text, field.value_where);
}

std::optional<syntax::Expression> read_parameter_value(const YamlFile& file, const Field& field,
                                                       std::string_view what) {
  const yaml::Node& value = *field.value;
  if (value.is_scalar() && value.quoted) {
    // A quoted value is text, whatever it looks like: "12 weeks" stays words.
    syntax::Expression expression;
    expression.text = value.text;
    expression.where = field.value_where;
    map_to_file(file, value, expression);
    auto node = std::make_unique<expr::Node>();
    node->kind = expr::NodeKind::string;
    node->text = expression.text;
    node->end = static_cast<std::uint32_t>(expression.text.size());
    expression.tree = std::move(node);
    return expression;
  }
  if (value.is_sequence()) {
    std::string text = "[";
    for (const auto& item : value.items) {
      if (!item->is_scalar()) {
        file.error(Code::WrongShape, file.at_value(*item, field.value_where),
                   fmt::format("each item of the list {} should be a single value, but this one is {}",
                               what, shape_of(*item)));
        return std::nullopt;
      }
      if (text.size() > 1) text += ", ";
      text += item->quoted ? quoted_literal(item->text) : item->text;
    }
    text += "]";
    // Rebuilt text is not in the file: errors point at the list's start.
    syntax::Expression expression;
    expression.text = std::move(text);
    expression.where = field.value_where;
    expression.file_text = file.text;
    expr::ParseResult parsed = expr::parse_expression(expression.text);
    if (parsed.error) {
      file.error(Code::ExpressionSyntax, expression.where, parsed.error->message);
    } else {
      expression.tree = std::move(parsed.tree);
    }
    return expression;
  }
  return read_expression(file, field, what);
}

}  // namespace apdr::load
