// to_text gives canonical text with minimal parentheses, and parsing it gives
// back an equal tree: for hand-picked expressions and for random trees.
#include <random>

#include "shape.hpp"

using namespace apdr;
using namespace apdr::expr;
using namespace apdr::expr::testing;

namespace {

void check_round_trip(const Node& tree) {
  std::string text = to_text(tree);
  INFO("canonical text: " << text);
  ParseResult again = parse_expression(text);
  if (again.error) INFO("error at " << again.error->offset << ": " << again.error->message);
  REQUIRE(again.tree != nullptr);
  CHECK(same_tree(tree, *again.tree));
  CHECK(to_text(*again.tree) == text);
}

// Spans nest: every child lies inside its parent, inside the text.
void check_spans(const Node& node, std::uint32_t begin, std::uint32_t end) {
  CHECK(node.begin >= begin);
  CHECK(node.end <= end);
  CHECK(node.begin < node.end);
  for (const auto& child : node.children) check_spans(*child, node.begin, node.end);
}

}  // namespace

TEST_CASE("to_text is canonical and uses only the parentheses it needs") {
  struct Case {
    const char* text;
    const char* canonical;
  };
  const Case cases[] = {
      {"a+b*c", "a + b * c"},
      {"(a+b)*c", "(a + b) * c"},
      {"a-(b-c)", "a - (b - c)"},
      {"(a-b)-c", "a - b - c"},
      {"((a))", "a"},
      {"(a<b)==c", "(a < b) == c"},
      {"a==(b==c)", "a == (b == c)"},
      {"not (a and b)", "not (a and b)"},
      {"(not a) and b", "not a and b"},
      {"not(not a)", "not not a"},
      {"a and (b or c)", "a and (b or c)"},
      {"(a and b) or c", "a and b or c"},
      {"a == (not b)", "a == (not b)"},
      {"- (a + b)", "-(a + b)"},
      {"-(-a)", "--a"},
      {"a - -b", "a - -b"},
      {"(-a).b", "(-a).b"},
      {"-(a.b)", "-a.b"},
      {"(a + b).c", "(a + b).c"},
      {"xs where (a where b)", "xs where (a where b)"},
      {"(xs where a) where b", "xs where a where b"},
      {"(xs where a) + 1", "(xs where a) + 1"},
      {"1 + (if a then 1 else 2)", "1 + (if a then 1 else 2)"},
      {"if (if a then b else c) then 1 else 2", "if (if a then b else c) then 1 else 2"},
      {"if a then (if b then 1 else 2) else 3", "if a then (if b then 1 else 2) else 3"},
      {"if a then 1 else (if b then 2 else 3)", "if a then 1 else if b then 2 else 3"},
      {"f(if a then 1 else 2)", "f(if a then 1 else 2)"},
      {"(if a then b else c).x", "(if a then b else c).x"},
      {"x not  in [ 1,2 ]", "x not in [1, 2]"},
      {"f( )", "f()"},
      {"12.0", "12.0"},
      {"12.50", "12.5"},
      {"0.1", "0.1"},
      {"007", "7"},
      {"14 days", "2 weeks"},
      {"12 months", "1 year"},
      {"1 day", "1 day"},
      {"13 months", "13 months"},
      {"2026-01-05", "2026-01-05"},
      {R"("a\"b\\c")", R"("a\"b\\c")"},
      {"count(cycles(semh) where outcome != met)", "count(cycles(semh) where outcome != met)"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto tree = tree_of(c.text);
    CHECK(to_text(*tree) == c.canonical);
    check_round_trip(*tree);
  }
}

TEST_CASE("operator spellings") {
  CHECK(std::string(spelling(BinaryOp::logical_or)) == "or");
  CHECK(std::string(spelling(BinaryOp::logical_and)) == "and");
  CHECK(std::string(spelling(BinaryOp::equal)) == "==");
  CHECK(std::string(spelling(BinaryOp::not_equal)) == "!=");
  CHECK(std::string(spelling(BinaryOp::less)) == "<");
  CHECK(std::string(spelling(BinaryOp::less_equal)) == "<=");
  CHECK(std::string(spelling(BinaryOp::greater)) == ">");
  CHECK(std::string(spelling(BinaryOp::greater_equal)) == ">=");
  CHECK(std::string(spelling(BinaryOp::in)) == "in");
  CHECK(std::string(spelling(BinaryOp::not_in)) == "not in");
  CHECK(std::string(spelling(BinaryOp::add)) == "+");
  CHECK(std::string(spelling(BinaryOp::subtract)) == "-");
  CHECK(std::string(spelling(BinaryOp::multiply)) == "*");
  CHECK(std::string(spelling(BinaryOp::divide)) == "/");
  CHECK(std::string(spelling(UnaryOp::logical_not)) == "not");
  CHECK(std::string(spelling(UnaryOp::negate)) == "-");
}

namespace {

// Random trees of every node kind, shaped only as the parser could produce
// them (no negative literals, calls on names, durations of one unit).
class RandomTrees {
 public:
  explicit RandomTrees(std::uint32_t seed) : random_(seed) {}

  NodePtr tree(int depth) {
    if (depth <= 0 || pick(4) == 0) return leaf();
    auto node = std::make_unique<Node>();
    switch (pick(8)) {
      case 0:
        node->kind = NodeKind::list;
        add_children(*node, pick(4), depth);
        break;
      case 1:
        node->kind = NodeKind::call;
        node->text = one_of(functions_);
        add_children(*node, pick(4), depth);
        break;
      case 2:
        node->kind = NodeKind::field;
        node->text = one_of(names_);
        add_children(*node, 1, depth);
        break;
      case 3:
        node->kind = NodeKind::where;
        add_children(*node, 2, depth);
        break;
      case 4:
        node->kind = NodeKind::if_then;
        add_children(*node, 3, depth);
        break;
      case 5:
        node->kind = NodeKind::unary;
        node->unary = pick(2) ? UnaryOp::logical_not : UnaryOp::negate;
        add_children(*node, 1, depth);
        break;
      default:
        node->kind = NodeKind::binary;
        node->binary = static_cast<BinaryOp>(pick(static_cast<int>(BinaryOp::divide) + 1));
        add_children(*node, 2, depth);
        break;
    }
    return node;
  }

 private:
  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(random_); }

  template <typename Pool>
  std::string one_of(const Pool& pool) {
    return pool[static_cast<std::size_t>(pick(static_cast<int>(std::size(pool))))];
  }

  void add_children(Node& node, int count, int depth) {
    for (int i = 0; i < count; ++i) node.children.push_back(tree(depth - 1));
  }

  NodePtr leaf() {
    auto node = std::make_unique<Node>();
    switch (pick(6)) {
      case 0: {
        node->kind = NodeKind::number;
        static const double numbers[] = {0, 1, 12, 2026, 0.5, 12.25, 3.0, 1e15, 0.001};
        node->number = numbers[pick(9)];
        node->is_integer = node->number == static_cast<double>(static_cast<long long>(node->number)) && pick(2);
        break;
      }
      case 1:
        node->kind = NodeKind::string;
        node->text = one_of(strings_);
        break;
      case 2:
        node->kind = NodeKind::boolean;
        node->boolean = pick(2) == 1;
        break;
      case 3:
        node->kind = NodeKind::date;
        node->date = *Date::from_ymd(2000 + pick(40), 1 + pick(12), 1 + pick(28));
        break;
      case 4:
        node->kind = NodeKind::duration;
        node->duration = make_duration(pick(60), static_cast<DurationUnit>(pick(4)));
        break;
      default:
        node->kind = NodeKind::name;
        node->text = one_of(names_);
        break;
    }
    return node;
  }

  std::mt19937 random_;
  const char* names_[9] = {"semh", "today", "order", "notice", "index", "days", "_x", "HI", "outcome"};
  const char* functions_[5] = {"count", "in_place", "age", "latest", "iffy"};
  const char* strings_[5] = {"", "text", "say \"hi\"", "back\\slash", "visual-timetable"};
};

}  // namespace

TEST_CASE("random trees survive to_text and parse unchanged") {
  RandomTrees trees(20261122);
  for (int i = 0; i < 1000; ++i) {
    NodePtr tree = trees.tree(5);
    std::string text = to_text(*tree);
    INFO("tree " << i << ": " << text);
    check_round_trip(*tree);
    check_spans(*tree_of(text), 0, static_cast<std::uint32_t>(text.size()));
  }
}
