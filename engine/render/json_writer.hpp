#pragma once
// A small JSON writer appending to a std::string, compact or pretty, byte
// for byte as nlohmann::json's dump() writes the same tree (dump(-1) or
// dump(2)): the one writer behind `apdr eval --format json` and the lines
// of `apdr batch`, without building a tree for every pupil.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace apdr::render {

// Appends `text` as a JSON string, escaped as nlohmann::json escapes it
// (ensure_ascii off: the short escapes, \u00XX for other control
// characters). Valid UTF-8 is copied as it is; text that is not valid UTF-8
// goes through nlohmann, which replaces the bad bytes with U+FFFD.
void append_json_string(std::string_view text, std::string& out);

class JsonWriter {
 public:
  // `pretty`: two-space indents and "key": value, as dump(2); else as dump(-1).
  JsonWriter(std::string& out, bool pretty) : out_(out), pretty_(pretty) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // The key of the next value, inside an object.
  void key(std::string_view name);
  void string(std::string_view text) {
    before_value();
    append_json_string(text, out_);
  }
  // `text`, or null when it is empty (a wording or source left out).
  void text_or_null(std::string_view text) {
    if (text.empty()) null();
    else string(text);
  }
  void null() {
    before_value();
    out_ += "null";
  }
  void boolean(bool value) {
    before_value();
    out_ += value ? "true" : "false";
  }
  void integer(long long value);

 private:
  struct Level {
    bool empty = true;
  };
  void open(char bracket);
  void close(char bracket);
  void before_value();
  void new_line();

  std::string& out_;
  bool pretty_;
  bool after_key_ = false;
  // Results nest five deep; a fixed stack keeps the writer allocation-free.
  std::array<Level, 32> levels_{};
  std::size_t depth_ = 0;
};

}  // namespace apdr::render
