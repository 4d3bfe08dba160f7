#include "profile/yaml_tree.hpp"

#include <map>
#include <sstream>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "core/limits.hpp"
#include "profile/text_values.hpp"

namespace apdr::profile {
namespace {

// Thrown from inside the event handler to stop yaml-cpp at once when a limit
// is passed; the diagnostic is already recorded.
struct StopParsing {};

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const YamlOrigin& origin, Diagnostics& diagnostics)
      : origin_(origin), diagnostics_(diagnostics) {}

  YamlNodePtr root() const { return root_; }
  bool failed() const { return failed_; }

  void OnDocumentStart(const YAML::Mark& mark) override {
    ++documents_;
    if (documents_ > 1) {
      diagnostics_.error(Code::YamlSyntax, locate(mark),
                         "a profile holds one YAML document; this is a second one");
      failed_ = true;
      throw StopParsing{};
    }
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto node = std::make_shared<YamlNode>();
    node->where = locate(mark);
    finish(std::move(node), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto found = anchors_.find(anchor);
    if (found == anchors_.end()) {
      // yaml-cpp rejects undefined anchors itself; this is an alias to a
      // node still being read, which would make the tree infinite.
      diagnostics_.error(Code::YamlSyntax, locate(mark), "an alias refers to the node that contains it");
      failed_ = true;
      throw StopParsing{};
    }
    count(found->second->expanded_size, mark);
    check_depth(stack_.size() + found->second->height, mark);
    attach(found->second);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    auto node = std::make_shared<YamlNode>();
    node->kind = YamlNode::Kind::scalar;
    node->text = value;
    // yaml-cpp tags a plain scalar "?" and a quoted one "!".
    node->quoted = tag != "?";
    node->where = locate(mark);
    finish(std::move(node), anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(YamlNode::Kind::sequence, mark, anchor);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(YamlNode::Kind::mapping, mark, anchor);
  }
  void OnMapEnd() override { close(); }

  SourceLocation locate(const YAML::Mark& mark) const {
    if (mark.is_null()) return {origin_.file, 0, 0};
    return {origin_.file, static_cast<std::uint32_t>(mark.line) + origin_.first_line,
            static_cast<std::uint32_t>(mark.column) + 1};
  }

 private:
  struct Frame {
    std::shared_ptr<YamlNode> node;
    YAML::anchor_t anchor = 0;
    YamlNodePtr pending_key;
    bool has_key = false;
  };

  void count(std::size_t nodes, const YAML::Mark& mark) {
    total_nodes_ += nodes;
    if (total_nodes_ > limits::max_yaml_nodes) {
      diagnostics_.error(Code::LimitExceeded, locate(mark),
                         fmt::format("the document has more than {} YAML nodes (max_yaml_nodes), with aliases counted each time they are used",
                                     limits::max_yaml_nodes));
      failed_ = true;
      throw StopParsing{};
    }
  }

  void check_depth(std::size_t depth, const YAML::Mark& mark) {
    if (depth > limits::max_yaml_depth) {
      diagnostics_.error(Code::LimitExceeded, locate(mark),
                         fmt::format("mappings and lists are nested more than {} deep (max_yaml_depth)", limits::max_yaml_depth));
      failed_ = true;
      throw StopParsing{};
    }
  }

  void open(YamlNode::Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    count(1, mark);
    check_depth(stack_.size() + 1, mark);
    auto node = std::make_shared<YamlNode>();
    node->kind = kind;
    node->where = locate(mark);
    stack_.push_back({std::move(node), anchor, nullptr, false});
  }

  void close() {
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    finish(std::move(frame.node), frame.anchor, /*counted=*/true);
  }

  void finish(std::shared_ptr<YamlNode> node, YAML::anchor_t anchor, bool counted = false) {
    if (!counted) {
      YAML::Mark mark;
      count(1, mark);
    }
    if (anchor != 0) anchors_[anchor] = node;
    attach(std::move(node));
  }

  void attach(YamlNodePtr node) {
    if (stack_.empty()) {
      if (documents_ <= 1) root_ = std::move(node);
      return;
    }
    Frame& parent = stack_.back();
    YamlNode& container = *parent.node;
    container.expanded_size += node->expanded_size;
    container.height = std::max(container.height, node->height + 1);
    if (container.kind == YamlNode::Kind::sequence) {
      container.items.push_back(std::move(node));
      return;
    }
    if (!parent.has_key) {
      parent.pending_key = std::move(node);
      parent.has_key = true;
      return;
    }
    parent.has_key = false;
    YamlNodePtr key = std::move(parent.pending_key);
    if (key->kind == YamlNode::Kind::scalar) {
      for (const auto& [earlier, value] : container.entries) {
        if (earlier->kind == YamlNode::Kind::scalar && earlier->text == key->text) {
          diagnostics_.error(Code::DuplicateKey, key->where,
                             fmt::format("`{}` is given twice in this mapping", quoted_value(key->text)),
                             {fmt::format("first given at {}:{}", earlier->where.line,
                                          earlier->where.column)});
          return;
        }
      }
    }
    container.entries.emplace_back(std::move(key), std::move(node));
  }

  const YamlOrigin& origin_;
  Diagnostics& diagnostics_;
  std::vector<Frame> stack_;
  std::map<YAML::anchor_t, YamlNodePtr> anchors_;
  YamlNodePtr root_;
  std::size_t total_nodes_ = 0;
  int documents_ = 0;
  bool failed_ = false;
};

}  // namespace

YamlNodePtr read_yaml_tree(const std::string& text, const YamlOrigin& origin,
                           Diagnostics& diagnostics) {
  std::istringstream stream(text);
  TreeBuilder builder(origin, diagnostics);
  try {
    YAML::Parser parser(stream);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const StopParsing&) {
    return nullptr;
  } catch (const YAML::Exception& error) {
    diagnostics.error(Code::YamlSyntax, builder.locate(error.mark), error.msg);
    return nullptr;
  }
  if (builder.failed()) return nullptr;
  if (auto root = builder.root()) return root;
  auto empty = std::make_shared<YamlNode>();
  empty->where = {origin.file, origin.first_line, 1};
  return empty;
}

const char* shape_name(const YamlNode& node) {
  switch (node.kind) {
    case YamlNode::Kind::null: return "nothing";
    case YamlNode::Kind::scalar: return "a single value";
    case YamlNode::Kind::sequence: return "a list";
    case YamlNode::Kind::mapping: return "a mapping";
  }
  return "a value";
}

}  // namespace apdr::profile
