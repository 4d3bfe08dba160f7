#include "explain/deciding.hpp"

#include <fmt/format.h>

#include "check/model.hpp"

namespace apdr::explain {
namespace {

using expr::BinaryOp;
using expr::NodeKind;

// A condition on the facts: a sentence, or all/any of smaller ones.
struct Requirement {
  enum class Join { leaf, all, any } join = Join::leaf;
  std::string leaf;
  std::vector<Requirement> parts;
};

Requirement leaf(std::string text) { return {Requirement::Join::leaf, std::move(text), {}}; }

Requirement joined(Requirement::Join join, std::vector<Requirement> parts) {
  if (parts.size() == 1) return std::move(parts.front());
  return {join, {}, std::move(parts)};
}

std::string words_of(const Requirement& r, bool nested) {
  if (r.join == Requirement::Join::leaf) return r.leaf;
  std::vector<std::string> parts;
  for (const auto& part : r.parts) parts.push_back(words_of(part, true));
  const char* word = r.join == Requirement::Join::all ? " and " : " or ";
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += (i + 1 == parts.size()) ? word : std::string(", ");
    out += parts[i];
  }
  if (!nested) return out;
  return (r.join == Requirement::Join::all ? "both " : "either ") + out;
}

Requirement requirement(const Recorded& run, bool want, const Describer& words);

Requirement comparison(const Recorded& run, bool want, const Describer& words) {
  const Recorded& left = run.children[0];
  const Recorded& right = run.children[1];
  BinaryOp op = run.node->binary;
  if (left.value.known() == right.value.known()) {
    // Both unknown: say it of the whole comparison.
    return leaf(fmt::format("{} {}", words.text(run), want ? "holds" : "does not hold"));
  }
  // The unknown side is the subject: "attendance is below 90", not "90 is more than attendance".
  bool left_unknown = !left.value.known();
  const Recorded& subject = left_unknown ? left : right;
  const Recorded& other = left_unknown ? right : left;
  if (!left_unknown) op = flipped(op);
  bool dates = other.value.tag == run::Tag::date;
  ComparisonWords cw = comparison_words(op, dates, other.value.tag == run::Tag::symbol);
  // `in` reads from the element's side only when the element is the subject.
  if (!left_unknown && (op == BinaryOp::in || op == BinaryOp::not_in)) {
    bool holds = (op == BinaryOp::in) == want;
    return leaf(fmt::format("{} {} {}", words.text(subject), holds ? "includes" : "does not include", words.operand(other)));
  }
  return leaf(fmt::format("{} {} {}", words.text(subject), want ? cw.holds : cw.fails, words.operand(other)));
}

Requirement requirement(const Recorded& run, bool want, const Describer& words) {
  const expr::Node& node = *run.node;
  if (node.kind == NodeKind::binary && (node.binary == BinaryOp::logical_and || node.binary == BinaryOp::logical_or)) {
    // The known parts already went the way that leaves it open; only the
    // unknown ones can decide it.
    std::vector<Requirement> parts;
    for (const auto& part : run.children) {
      if (!part.value.known() && part.node) parts.push_back(requirement(part, want, words));
    }
    bool is_and = node.binary == BinaryOp::logical_and;
    // `and` holds when every unknown part holds, fails when any fails; `or` the other way round.
    auto join = (is_and == want) ? Requirement::Join::all : Requirement::Join::any;
    return joined(join, std::move(parts));
  }
  if (node.kind == NodeKind::unary && node.unary == expr::UnaryOp::logical_not && !run.children.empty()) {
    return requirement(run.children.front(), !want, words);
  }
  if (node.kind == NodeKind::binary && is_comparison(node.binary) && run.children.size() == 2) {
    return comparison(run, want, words);
  }
  if (node.kind == NodeKind::name && !run.children.empty() && run.children.front().node) {
    // A derived value: what decides it decides its definition.
    return requirement(run.children.front(), want, words);
  }
  return leaf(fmt::format("{} {}", words.text(run), want ? "turns out yes" : "turns out no"));
}

}  // namespace

std::string would_make(const Recorded& run, bool want, const Describer& words) {
  return words_of(requirement(run, want, words), false);
}

}  // namespace apdr::explain
