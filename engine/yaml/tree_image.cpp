#include "yaml/tree_image.hpp"

#include <cstdint>

namespace apdr::yaml {
namespace {

// The first bytes of every image: a reader that finds anything else (an
// image from another version of this format) parses the text instead.
constexpr std::string_view magic = "apdr-tree-1\n";

// A tree is only as deep as limits::max_yaml_depth allowed when it was
// read; an image deeper than this is damaged.
constexpr std::size_t max_image_depth = 1024;

void put_number(std::string& out, std::uint64_t n) {
  // Seven bits a byte, low first, the top bit saying another byte follows.
  while (n >= 0x80) {
    out.push_back(static_cast<char>((n & 0x7F) | 0x80));
    n >>= 7;
  }
  out.push_back(static_cast<char>(n));
}

void put_node(std::string& out, const Node& node) {
  out.push_back(static_cast<char>(static_cast<int>(node.kind) | (node.quoted ? 0x10 : 0)));
  put_number(out, node.where.line);
  put_number(out, node.where.column);
  put_number(out, node.offset);
  put_number(out, node.expanded_size);
  put_number(out, node.height);
  switch (node.kind) {
    case Node::Kind::null: break;
    case Node::Kind::scalar:
      put_number(out, node.text.size());
      out += node.text;
      break;
    case Node::Kind::sequence:
      put_number(out, node.items.size());
      for (const auto& item : node.items) put_node(out, *item);
      break;
    case Node::Kind::mapping:
      put_number(out, node.entries.size());
      for (const auto& [key, value] : node.entries) {
        put_node(out, *key);
        put_node(out, *value);
      }
      break;
  }
}

class ImageReader {
 public:
  ImageReader(std::string_view image, const std::string& file) : image_(image), file_(file) {}

  NodePtr read() {
    if (!image_.starts_with(magic)) return nullptr;
    at_ = magic.size();
    auto root = node(0);
    if (at_ != image_.size()) return nullptr;
    return root;
  }

 private:
  bool number(std::uint64_t& n) {
    n = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at_ >= image_.size()) return false;
      auto byte = static_cast<unsigned char>(image_[at_++]);
      n |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      if ((byte & 0x80) == 0) return true;
    }
    return false;
  }

  // A count of things still to read: each takes at least one byte, so a
  // count past the bytes left is damage, not a reason to reserve memory.
  bool count(std::uint64_t& n) { return number(n) && n <= image_.size() - at_; }

  std::shared_ptr<Node> node(std::size_t depth) {
    if (depth > max_image_depth || at_ >= image_.size()) return nullptr;
    auto node = std::make_shared<Node>();
    auto head = static_cast<unsigned char>(image_[at_++]);
    if ((head & 0x0F) > static_cast<int>(Node::Kind::mapping) || (head & ~0x1Fu) != 0) return nullptr;
    node->kind = static_cast<Node::Kind>(head & 0x0F);
    node->quoted = (head & 0x10) != 0;
    std::uint64_t line = 0, column = 0, offset = 0, size = 0, height = 0;
    if (!number(line) || !number(column) || !number(offset) || !number(size) || !number(height)) return nullptr;
    node->where = {file_, static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(column)};
    node->offset = offset;
    node->expanded_size = size;
    node->height = height;
    std::uint64_t n = 0;
    switch (node->kind) {
      case Node::Kind::null: break;
      case Node::Kind::scalar:
        if (!count(n)) return nullptr;
        node->text.assign(image_.substr(at_, n));
        at_ += n;
        break;
      case Node::Kind::sequence:
        if (!count(n)) return nullptr;
        node->items.reserve(n);
        for (std::uint64_t i = 0; i < n; ++i) {
          auto item = this->node(depth + 1);
          if (!item) return nullptr;
          node->items.push_back(std::move(item));
        }
        break;
      case Node::Kind::mapping:
        if (!count(n)) return nullptr;
        node->entries.reserve(n);
        for (std::uint64_t i = 0; i < n; ++i) {
          auto key = this->node(depth + 1);
          if (!key) return nullptr;
          auto value = this->node(depth + 1);
          if (!value) return nullptr;
          node->entries.emplace_back(std::move(key), std::move(value));
        }
        break;
    }
    return node;
  }

  std::string_view image_;
  const std::string& file_;
  std::size_t at_ = 0;
};

}  // namespace

std::string write_tree_image(const Node& root) {
  std::string out(magic);
  put_node(out, root);
  return out;
}

NodePtr read_tree_image(std::string_view image, const std::string& file) {
  return ImageReader(image, file).read();
}

}  // namespace apdr::yaml
