#pragma once
// What a quick scan of a YAML text's structure shows before yaml-cpp reads
// it. yaml-cpp's parser recurses once per level of nesting, so a file of
// 100,000 `[` would overflow the stack: the nesting is measured here first,
// in one pass that keeps nothing but a stack of columns. The scan knows
// quotes, comments, block scalars (`|`, `>`) and plain text that runs on
// over several lines, so brackets and `- ` inside text are not counted; it
// may count less nesting than there is (the tree builder then stops at the
// exact place), never more, so it refuses no file that is within the limit.
#include <cstddef>
#include <string_view>
#include <vector>

namespace apdr::yaml {

struct TextShape {
  static constexpr std::size_t none = static_cast<std::size_t>(-1);
  // The byte that opens a mapping or list nested deeper than the limit.
  std::size_t too_deep = none;
  // The opening quote of a quoted text still open at the end, which is
  // where a message about it should point (yaml-cpp points at the end).
  std::size_t open_quote = none;
  // Every `?` inside plain text within brackets (`{ question: Is it? }`).
  // YAML reads it as part of the text; yaml-cpp 0.7 ends the text there
  // and then fails, so read_yaml hides these from it (read_yaml.cpp).
  std::vector<std::size_t> flow_question_marks;
};

TextShape scan_text_shape(std::string_view text, std::size_t max_depth);

}  // namespace apdr::yaml
