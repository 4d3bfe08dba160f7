#include "render/json_writer.hpp"

#include <cstring>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace apdr::render {
namespace {

constexpr char hex_digits[] = "0123456789abcdef";

// The bytes that cannot be copied as they are: control characters, the
// quote, the backslash, and bytes outside ASCII (checked as UTF-8). One
// table lookup a byte, as writing text is most of writing a result.
constexpr std::array<bool, 256> needs_care = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[static_cast<std::size_t>(c)] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
  return table;
}();

// Whether any of the eight bytes at `p` needs care, with the usual bit
// tricks ("some byte is below n", "some byte is zero"): text is scanned
// eight bytes at a time, and a word this flags is looked at byte by byte.
bool eight_need_care(const char* p) {
  constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  auto has_zero = [&](std::uint64_t x) { return (x - ones) & ~x & highs; };
  std::uint64_t below_space = (word - ones * 0x20) & ~word & highs;
  return (below_space | has_zero(word ^ (ones * '"')) | has_zero(word ^ (ones * '\\')) | (word & highs)) != 0;
}

// The length of the valid UTF-8 sequence at text[i] (a lead byte >= 0x80),
// or 0 when it is not valid: overlong forms, surrogates and code points past
// U+10FFFF are invalid, as nlohmann's decoder has them.
std::size_t utf8_length(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char c = byte(i);
  std::size_t n;
  unsigned char low = 0x80, high = 0xBF;  // the range of the second byte
  if (c >= 0xC2 && c <= 0xDF) n = 2;
  else if (c == 0xE0) { n = 3; low = 0xA0; }
  else if (c >= 0xE1 && c <= 0xEC) n = 3;
  else if (c == 0xED) { n = 3; high = 0x9F; }
  else if (c >= 0xEE && c <= 0xEF) n = 3;
  else if (c == 0xF0) { n = 4; low = 0x90; }
  else if (c >= 0xF1 && c <= 0xF3) n = 4;
  else if (c == 0xF4) { n = 4; high = 0x8F; }
  else return 0;
  if (i + n > text.size()) return 0;
  if (byte(i + 1) < low || byte(i + 1) > high) return 0;
  for (std::size_t k = 2; k < n; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  }
  return n;
}

}  // namespace

void append_json_string(std::string_view text, std::string& out) {
  const std::size_t start = out.size();
  out += '"';
  std::size_t run = 0;  // start of the stretch that needs no escaping
  for (std::size_t i = 0; i < text.size(); ++i) {
    while (i + 8 <= text.size() && !eight_need_care(text.data() + i)) i += 8;
    if (i == text.size()) break;
    auto c = static_cast<unsigned char>(text[i]);
    if (!needs_care[c]) continue;
    if (c >= 0x80) {
      std::size_t n = utf8_length(text, i);
      if (n != 0) {
        i += n - 1;  // valid UTF-8 is copied inline
        continue;
      }
      // Invalid UTF-8 (a badly encoded rule file, a hostile id): let
      // nlohmann replace what is invalid, exactly as its dump does.
      out.resize(start);
      out += nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      return;
    }
    out.append(text.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += hex_digits[c >> 4];
        out += hex_digits[c & 0xF];
    }
  }
  out.append(text.data() + run, text.size() - run);
  out += '"';
}

void JsonWriter::new_line() {
  out_ += '\n';
  out_.append(depth_ * 2, ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (depth_ == 0) return;  // the outermost value
  Level& level = levels_[depth_ - 1];
  if (!level.empty) out_ += ',';
  level.empty = false;
  if (pretty_) new_line();
}

void JsonWriter::key(std::string_view name) {
  Level& level = levels_[depth_ - 1];
  if (!level.empty) out_ += ',';
  level.empty = false;
  if (pretty_) new_line();
  append_json_string(name, out_);
  out_ += pretty_ ? ": " : ":";
  after_key_ = true;
}

void JsonWriter::integer(long long value) {
  before_value();
  fmt::format_to(std::back_inserter(out_), "{}", value);
}

void JsonWriter::open(char bracket) {
  before_value();
  out_ += bracket;
  levels_[depth_++] = Level{};
}

void JsonWriter::close(char bracket) {
  bool empty = levels_[--depth_].empty;
  if (pretty_ && !empty) new_line();
  out_ += bracket;
}

}  // namespace apdr::render
