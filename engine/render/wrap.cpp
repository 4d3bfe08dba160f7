#include "render/wrap.hpp"

#include <vector>

namespace apdr::render {

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0x1b && i + 1 < text.size() && text[i + 1] == '[') {
      // Skip a CSI sequence up to its final byte (a letter).
      i += 2;
      while (i < text.size() && !((text[i] >= '@' && text[i] <= '~'))) ++i;
      continue;
    }
    if ((c & 0xC0) != 0x80) ++width;  // not a UTF-8 continuation byte
  }
  return width;
}

namespace {

std::vector<std::string_view> split_words(std::string_view line) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    std::size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') ++i;
    if (i > start) words.push_back(line.substr(start, i - start));
  }
  return words;
}

}  // namespace

std::string wrap(std::string_view text, std::size_t width, std::string_view first,
                 std::string_view rest) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.remove_suffix(1);
  std::string out;
  std::string line(first);
  std::size_t used = display_width(first);
  bool line_has_word = false;
  auto finish_line = [&](std::string_view next_prefix) {
    out += line;
    out += '\n';
    line.assign(next_prefix);
    used = display_width(next_prefix);
    line_has_word = false;
  };

  std::size_t start = 0;
  bool first_paragraph = true;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (!first_paragraph) finish_line(rest);
    first_paragraph = false;
    for (std::string_view word : split_words(text.substr(start, end - start))) {
      std::size_t word_width = display_width(word);
      if (line_has_word && used + 1 + word_width > width) finish_line(rest);
      if (line_has_word) {
        line += ' ';
        ++used;
      }
      line += word;
      used += word_width;
      line_has_word = true;
    }
    start = end + 1;
  }
  // Trailing spaces of an empty prefix-only line are noise.
  while (!line.empty() && line.back() == ' ') line.pop_back();
  out += line;
  out += '\n';
  return out;
}

}  // namespace apdr::render
