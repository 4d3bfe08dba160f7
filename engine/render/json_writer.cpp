#include "render/json_writer.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <memory>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
bool word_needs_care(std::uint64_t word) {
  constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  auto has_zero = [&](std::uint64_t x) { return (x - ones) & ~x & highs; };
  std::uint64_t below_space = (word - ones * 0x20) & ~word & highs;
  return (below_space | has_zero(word ^ (ones * '"')) | has_zero(word ^ (ones * '\\')) | (word & highs)) != 0;
}

#if defined(__SSE2__)
// The same for sixteen bytes: below a space taken as signed catches the
// bytes from 0x80 too.
bool block_needs_care(__m128i block) {
  __m128i care = _mm_or_si128(_mm_cmplt_epi8(block, _mm_set1_epi8(0x20)),
                              _mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8('"')),
                                           _mm_cmpeq_epi8(block, _mm_set1_epi8('\\'))));
  return _mm_movemask_epi8(care) != 0;
}
#endif

bool eight_need_care(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return word_needs_care(word);
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

// Escapes `text` into `out` (anything with append(const char*, n) and
// push_back(char)); false, having written part of it, when `text` is not
// valid UTF-8.
template <typename Out>
bool escape(std::string_view text, Out& out) {
  std::size_t run = 0;  // start of the stretch that needs no escaping
  for (std::size_t i = 0; i < text.size(); ++i) {
    while (i + 8 <= text.size() && !eight_need_care(text.data() + i)) i += 8;
    if (i == text.size()) break;
    auto c = static_cast<unsigned char>(text[i]);
    if (!needs_care[c]) continue;
    if (c >= 0x80) {
      std::size_t n = utf8_length(text, i);
      if (n == 0) return false;
      i += n - 1;  // valid UTF-8 is copied inline
      continue;
    }
    out.append(text.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out.append("\\\"", 2); break;
      case '\\': out.append("\\\\", 2); break;
      case '\b': out.append("\\b", 2); break;
      case '\f': out.append("\\f", 2); break;
      case '\n': out.append("\\n", 2); break;
      case '\r': out.append("\\r", 2); break;
      case '\t': out.append("\\t", 2); break;
      default: {
        const char escaped[] = {'\\', 'u', '0', '0', hex_digits[c >> 4], hex_digits[c & 0xF]};
        out.append(escaped, sizeof escaped);
      }
    }
  }
  out.append(text.data() + run, text.size() - run);
  return true;
}

// Invalid UTF-8 (a badly encoded rule file, a hostile id): nlohmann
// replaces what is invalid, exactly as its dump does.
std::string replaced(std::string_view text) {
  return nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

void append_json_string(std::string_view text, std::string& out) {
  const std::size_t start = out.size();
  out += '"';
  if (!escape(text, out)) {
    out.resize(start);
    out += replaced(text);
    return;
  }
  out += '"';
}

// The most a thread's buffer keeps between writers: results of ordinary
// rows are a few kilobytes, with their wording about ten.
constexpr std::size_t kept_capacity = 1024 * 1024;

// A writer's bytes before they go to its string: grown, and kept up to
// kept_capacity, so a thread writing result after result stops allocating.
struct JsonWriter::Buffer {
  std::unique_ptr<char[]> data;
  std::size_t capacity = 0;
  bool in_use = false;
  bool owned = false;  // a writer's own (this thread's was in use), deleted with it
};

JsonWriter::JsonWriter(std::string& out, bool pretty) : out_(out), pretty_(pretty) {
  // Reused by every writer of this thread, one at a time.
  static thread_local Buffer mine;
  if (!mine.in_use) {
    buffer_ = &mine;
  } else {
    buffer_ = new Buffer;
    buffer_->owned = true;
  }
  buffer_->in_use = true;
  data_ = buffer_->data.get();
  capacity_ = buffer_->capacity;
}

JsonWriter::~JsonWriter() {
  flush();
  buffer_->in_use = false;
  if (buffer_->owned) {
    delete buffer_;
  } else if (buffer_->capacity > kept_capacity) {
    // One huge result (a long row's) is not held for the thread's life.
    buffer_->data.reset();
    buffer_->capacity = 0;
  }
}

void JsonWriter::flush() {
  out_.append(data_, size_);
  size_ = 0;
}

void JsonWriter::grow(std::size_t n) {
  std::size_t capacity = std::max<std::size_t>({capacity_ * 2, size_ + n, 16 * 1024});
  auto bigger = std::make_unique_for_overwrite<char[]>(capacity);
  if (size_ != 0) std::memcpy(bigger.get(), data_, size_);
  buffer_->data = std::move(bigger);
  buffer_->capacity = capacity;
  data_ = buffer_->data.get();
  capacity_ = capacity;
}

#if defined(__SSE2__)
void JsonWriter::put_string(std::string_view text) {
  // Nearly every id and word needs no escaping: it is checked and copied
  // sixteen bytes at a time (SSE2, which every x86-64 has) in one pass, the
  // last sixteen overlapping the ones before, and room for sixteen spare
  // bytes makes the stores safe. Shorter texts take two overlapping halves
  // of eight. The first byte that needs care sends the whole text the
  // careful way.
  const std::size_t n = text.size();
  const char* from = text.data();
  char* at = room(n + 2 + 16);
  *at = '"';
  char* into = at + 1;
  if (n >= 16) {
    std::size_t i = 0;
    for (; i + 16 <= n; i += 16) {
      __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from + i));
      if (block_needs_care(block)) return put_escaped(text);
      _mm_storeu_si128(reinterpret_cast<__m128i*>(into + i), block);
    }
    if (i != n) {
      __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from + n - 16));
      if (block_needs_care(block)) return put_escaped(text);
      _mm_storeu_si128(reinterpret_cast<__m128i*>(into + n - 16), block);
    }
  } else if (n >= 8) {
    __m128i head = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(from));
    __m128i tail = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(from + n - 8));
    if (block_needs_care(_mm_unpacklo_epi64(head, tail))) return put_escaped(text);
    _mm_storel_epi64(reinterpret_cast<__m128i*>(into), head);
    _mm_storel_epi64(reinterpret_cast<__m128i*>(into + n - 8), tail);
  } else {
    for (std::size_t i = 0; i < n; ++i) {
      if (needs_care[static_cast<unsigned char>(from[i])]) return put_escaped(text);
      into[i] = from[i];
    }
  }
  into[n] = '"';
  size_ += n + 2;
}
#else
void JsonWriter::put_string(std::string_view text) {
  // Without SSE2: checked and copied eight bytes at a time, the last eight
  // overlapping the ones before.
  const std::size_t n = text.size();
  const char* from = text.data();
  char* at = room(n + 2 + 8);
  *at = '"';
  char* into = at + 1;
  if (n >= 8) {
    std::uint64_t word;
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
      std::memcpy(&word, from + i, 8);
      if (word_needs_care(word)) return put_escaped(text);
      std::memcpy(into + i, &word, 8);
    }
    if (i != n) {
      std::memcpy(&word, from + n - 8, 8);
      if (word_needs_care(word)) return put_escaped(text);
      std::memcpy(into + n - 8, &word, 8);
    }
  } else {
    for (std::size_t i = 0; i < n; ++i) {
      if (needs_care[static_cast<unsigned char>(from[i])]) return put_escaped(text);
      into[i] = from[i];
    }
  }
  into[n] = '"';
  size_ += n + 2;
}
#endif

void JsonWriter::put_escaped(std::string_view text) {
  struct Into {
    JsonWriter& w;
    void append(const char* p, std::size_t n) { w.put(std::string_view(p, n)); }
  };
  const std::size_t start = size_;
  put('"');
  Into into{*this};
  if (!escape(text, into)) {
    size_ = start;
    put(replaced(text));
    return;
  }
  put('"');
}

void JsonWriter::new_line() {
  char* at = room(1 + depth_ * 2);
  *at = '\n';
  std::memset(at + 1, ' ', depth_ * 2);
  size_ += 1 + depth_ * 2;
}

void JsonWriter::pretty_key(JsonKey name) {
  Level& level = levels_[depth_ - 1];
  if (!level.empty) put(',');
  level.empty = false;
  new_line();
  std::string_view text = name.text();
  char* at = room(text.size() + 5);
  *at++ = '"';
  std::memcpy(at, text.data(), text.size());
  at += text.size();
  std::memcpy(at, "\": ", 3);
  size_ = static_cast<std::size_t>(at + 3 - data_);
  after_key_ = true;
}

void JsonWriter::integer(long long value) {
  before_value();
  char* at = room(24);
  size_ = static_cast<std::size_t>(std::to_chars(at, at + 24, value).ptr - data_);
  if (depth_ == 0) flush();
}

void JsonWriter::date(const Date& value) {
  before_value();
  int year = value.year();
  if (year < 0 || year > 9999) {  // as iso() writes it, sign and all
    put_string(value.iso());
  } else {
    unsigned month = static_cast<unsigned>(value.month()), day = static_cast<unsigned>(value.day());
    auto y = static_cast<unsigned>(year);
    char* at = room(12);
    const char text[12] = {'"',
                           static_cast<char>('0' + y / 1000),
                           static_cast<char>('0' + y / 100 % 10),
                           static_cast<char>('0' + y / 10 % 10),
                           static_cast<char>('0' + y % 10),
                           '-',
                           static_cast<char>('0' + month / 10),
                           static_cast<char>('0' + month % 10),
                           '-',
                           static_cast<char>('0' + day / 10),
                           static_cast<char>('0' + day % 10),
                           '"'};
    std::memcpy(at, text, sizeof text);
    size_ += sizeof text;
  }
  if (depth_ == 0) flush();
}

void JsonWriter::open(char bracket) {
  before_value();
  put(bracket);
  levels_[depth_++] = Level{};
}

void JsonWriter::close(char bracket) {
  bool empty = levels_[--depth_].empty;
  if (pretty_ && !empty) new_line();
  put(bracket);
  if (depth_ == 0) flush();
}

}  // namespace apdr::render
