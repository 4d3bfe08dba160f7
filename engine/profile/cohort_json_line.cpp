#include "profile/cohort_json_line.hpp"

#include <algorithm>

#include "core/limits.hpp"

namespace apdr::profile {
namespace {

// Gives up: the row goes the slow, exact way.
struct Bail {};

class JsonLineReader {
 public:
  JsonLineReader(std::string_view text, const yaml::Origin& origin) : text_(text), origin_(origin) {}

  yaml::NodePtr read() {
    skip_space();
    auto root = value(1);
    skip_space();
    if (at_ != text_.size()) throw Bail{};
    return root;
  }

 private:
  SourceLocation here() const { return {origin_.file, origin_.first_line, static_cast<std::uint32_t>(at_ + 1)}; }

  void skip_space() {
    while (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\t')) ++at_;
  }

  char peek() const { return at_ < text_.size() ? text_[at_] : '\0'; }

  void count_node() {
    if (++nodes_ > limits::max_yaml_nodes) throw Bail{};
  }

  std::shared_ptr<yaml::Node> value(std::size_t depth) {
    if (depth > limits::max_yaml_depth) throw Bail{};
    count_node();
    char c = peek();
    if (c == '{') return mapping(depth);
    if (c == '[') return sequence(depth);
    if (c == '"') return string();
    return plain();
  }

  // Keys and values count towards the container's size and height alike,
  // as TreeBuilder::attach counts them.
  static void attach_size(yaml::Node& container, const yaml::Node& child) {
    container.expanded_size += child.expanded_size;
    container.height = std::max(container.height, child.height + 1);
  }

  std::shared_ptr<yaml::Node> mapping(std::size_t depth) {
    auto node = std::make_shared<yaml::Node>();
    node->kind = yaml::Node::Kind::mapping;
    node->where = here();
    ++at_;
    skip_space();
    if (peek() == '}') {
      ++at_;
      return node;
    }
    for (;;) {
      skip_space();
      if (peek() != '"') throw Bail{};
      count_node();
      auto key = string();
      skip_space();
      if (peek() != ':') throw Bail{};
      ++at_;
      skip_space();
      auto item = value(depth + 1);
      for (const auto& [earlier, _] : node->entries) {
        if (earlier->text == key->text) throw Bail{};  // a repeated key: yaml::read_yaml reports it
      }
      attach_size(*node, *key);
      attach_size(*node, *item);
      node->entries.emplace_back(std::move(key), std::move(item));
      skip_space();
      if (peek() == ',') {
        ++at_;
        continue;
      }
      if (peek() == '}') {
        ++at_;
        return node;
      }
      throw Bail{};
    }
  }

  std::shared_ptr<yaml::Node> sequence(std::size_t depth) {
    auto node = std::make_shared<yaml::Node>();
    node->kind = yaml::Node::Kind::sequence;
    node->where = here();
    ++at_;
    skip_space();
    if (peek() == ']') {
      ++at_;
      return node;
    }
    for (;;) {
      skip_space();
      auto item = value(depth + 1);
      attach_size(*node, *item);
      node->items.push_back(std::move(item));
      skip_space();
      if (peek() == ',') {
        ++at_;
        continue;
      }
      if (peek() == ']') {
        ++at_;
        return node;
      }
      throw Bail{};
    }
  }

  std::shared_ptr<yaml::Node> string() {
    auto node = std::make_shared<yaml::Node>();
    node->kind = yaml::Node::Kind::scalar;
    node->quoted = true;
    node->where = here();
    ++at_;
    std::size_t start = at_;
    // The common case, no escapes: one copy of the whole run.
    while (at_ < text_.size()) {
      auto c = static_cast<unsigned char>(text_[at_]);
      if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
      ++at_;
    }
    node->text.assign(text_.substr(start, at_ - start));
    for (;;) {
      if (at_ >= text_.size()) throw Bail{};
      auto c = static_cast<unsigned char>(text_[at_]);
      if (c == '"') {
        ++at_;
        return node;
      }
      if (c < 0x20 || c >= 0x80) throw Bail{};
      if (c == '\\') {
        if (at_ + 1 >= text_.size()) throw Bail{};
        char e = text_[at_ + 1];
        switch (e) {
          case '"': node->text += '"'; break;
          case '\\': node->text += '\\'; break;
          case '/': node->text += '/'; break;
          case 'b': node->text += '\b'; break;
          case 'f': node->text += '\f'; break;
          case 'n': node->text += '\n'; break;
          case 'r': node->text += '\r'; break;
          case 't': node->text += '\t'; break;
          default: throw Bail{};
        }
        at_ += 2;
        continue;
      }
      node->text += static_cast<char>(c);
      ++at_;
    }
  }

  // true, false, null or a JSON number, as yaml::read_yaml gives them: plain
  // scalars with their text as written, and null as a null node.
  std::shared_ptr<yaml::Node> plain() {
    auto node = std::make_shared<yaml::Node>();
    node->where = here();
    std::size_t start = at_;
    while (at_ < text_.size()) {
      char c = text_[at_];
      if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t') break;
      ++at_;
    }
    std::string_view token = text_.substr(start, at_ - start);
    if (token == "null") return node;
    if (token != "true" && token != "false" && !is_number(token)) throw Bail{};
    node->kind = yaml::Node::Kind::scalar;
    node->text.assign(token);
    return node;
  }

  // JSON's number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
  static bool is_number(std::string_view s) {
    std::size_t i = 0;
    auto digits = [&] {
      std::size_t from = i;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
      return i > from;
    };
    if (i < s.size() && s[i] == '-') ++i;
    if (i < s.size() && s[i] == '0') ++i;
    else if (!digits()) return false;
    if (i < s.size() && s[i] == '.') {
      ++i;
      if (!digits()) return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
      ++i;
      if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
      if (!digits()) return false;
    }
    return i == s.size();
  }

  std::string_view text_;
  const yaml::Origin& origin_;
  std::size_t at_ = 0;
  std::size_t nodes_ = 0;
};

}  // namespace

yaml::NodePtr read_json_line_tree(std::string_view text, const yaml::Origin& origin) {
  try {
    return JsonLineReader(text, origin).read();
  } catch (const Bail&) {
    return nullptr;
  }
}

}  // namespace apdr::profile
