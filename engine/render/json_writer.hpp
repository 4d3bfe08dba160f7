#pragma once
// A small JSON writer appending to a std::string, compact or pretty, byte
// for byte as nlohmann::json's dump() writes the same tree (dump(-1) or
// dump(2)): the one writer behind `apdr eval --format json` and the lines
// of `apdr batch`, without building a tree for every pupil.
//
// It writes into a raw buffer of its thread's, reused pupil after pupil,
// with one capacity check a value, and appends that to the string in one
// copy when the outermost value is closed: writing through std::string's
// push_back and append, a check and a call a piece, was most of `apdr
// batch --compact`'s time in JSON (docs/performance.md).
#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"

namespace apdr::render {

// Appends `text` as a JSON string, escaped as nlohmann::json escapes it
// (ensure_ascii off: the short escapes, \u00XX for other control
// characters). Valid UTF-8 is copied as it is; text that is not valid UTF-8
// goes through nlohmann, which replaces the bad bytes with U+FFFD.
void append_json_string(std::string_view text, std::string& out);

// An object key written in the program's source: checked when compiled to
// need no escaping, so it is copied as it is.
class JsonKey {
 public:
  template <std::size_t N>
  consteval JsonKey(const char (&name)[N]) : name_(name, N - 1) {  // NOLINT: a literal converts
    for (char c : name_) {
      if (c < 0x20 || c == '"' || c == '\\' || static_cast<unsigned char>(c) >= 0x80) throw "key needs escaping";
    }
  }
  std::string_view text() const { return name_; }

 private:
  std::string_view name_;
};

class JsonWriter {
 public:
  // `pretty`: two-space indents and "key": value, as dump(2); else as dump(-1).
  JsonWriter(std::string& out, bool pretty);
  ~JsonWriter();
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // The key of the next value, inside an object. Inline, so that the key's
  // length is a constant where it is written and its copy a few moves.
  void key(JsonKey name) {
    if (pretty_) {
      pretty_key(name);
      return;
    }
    Level& level = levels_[depth_ - 1];
    std::string_view text = name.text();
    char* at = room(text.size() + 4);
    if (!level.empty) *at++ = ',';
    level.empty = false;
    *at++ = '"';
    std::memcpy(at, text.data(), text.size());
    at += text.size();
    *at++ = '"';
    *at++ = ':';
    size_ = static_cast<std::size_t>(at - data_);
    after_key_ = true;
  }
  void string(std::string_view text) {
    before_value();
    put_string(text);
    if (depth_ == 0) flush();
  }
  // `text`, or null when it is empty (a wording or source left out).
  void text_or_null(std::string_view text) {
    if (text.empty()) null();
    else string(text);
  }
  void null() { literal("null"); }
  void boolean(bool value) { literal(value ? std::string_view("true") : std::string_view("false")); }
  void integer(long long value);
  // "YYYY-MM-DD", as Date::iso().
  void date(const Date& value);
  // `value` as a date, or null.
  void date_or_null(const std::optional<Date>& value) {
    if (value) date(*value);
    else null();
  }

  // "name": value, the shape of nearly every field of a result.
  void field(JsonKey name, std::string_view text) {
    key(name);
    string(text);
  }
  void field_text_or_null(JsonKey name, std::string_view text) {
    key(name);
    text_or_null(text);
  }
  // Only a bool itself: a literal "text" must not convert to true.
  template <typename Bool>
    requires std::same_as<Bool, bool>
  void field(JsonKey name, Bool value) {
    key(name);
    boolean(value);
  }
  void field_date_or_null(JsonKey name, const std::optional<Date>& value) {
    key(name);
    date_or_null(value);
  }

  // Appends what is written so far to the string: done by itself when the
  // outermost value is finished, and when the writer goes.
  void flush();

 private:
  struct Level {
    bool empty = true;
  };
  struct Buffer;

  // Room for `n` more bytes at data_ + size_.
  char* room(std::size_t n) {
    if (capacity_ - size_ < n) grow(n);
    return data_ + size_;
  }
  void put(std::string_view text) {
    std::memcpy(room(text.size()), text.data(), text.size());
    size_ += text.size();
  }
  void put(char c) {
    *room(1) = c;
    ++size_;
  }
  void literal(std::string_view text) {
    before_value();
    put(text);
    if (depth_ == 0) flush();
  }
  void grow(std::size_t n);
  void pretty_key(JsonKey name);
  void put_string(std::string_view text);
  void put_escaped(std::string_view text);
  void open(char bracket);
  void close(char bracket);
  void before_value() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (depth_ == 0) return;  // the outermost value
    Level& level = levels_[depth_ - 1];
    if (!level.empty) put(',');
    level.empty = false;
    if (pretty_) new_line();
  }
  void new_line();

  std::string& out_;
  bool pretty_;
  bool after_key_ = false;
  // The thread's buffer, or (when another writer on this thread holds it)
  // the writer's own.
  Buffer* buffer_;
  char* data_ = nullptr;
  std::size_t size_ = 0, capacity_ = 0;
  // Results nest five deep; a fixed stack keeps the writer allocation-free.
  std::array<Level, 32> levels_{};
  std::size_t depth_ = 0;
};

}  // namespace apdr::render
