#include "load/readable_id.hpp"

#include <cctype>

namespace apdr::load {

std::string readable_id(std::string_view id) {
  std::string out;
  auto is_digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  auto is_alpha = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  for (std::size_t i = 0; i < id.size(); ++i) {
    char c = id[i];
    if (c == '_' || c == '-') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    if (i > 0 && is_digit(c) && is_alpha(id[i - 1])) out += ' ';
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out.empty() ? std::string(id) : out;
}

}  // namespace apdr::load
