// The JSON writer copies clean text sixteen (or eight) bytes at a time and
// sends anything else the careful way; these pin it to nlohmann::json's
// dump byte for byte at every length and every position of a byte that
// needs care, where a block boundary or an overlapping tail could go wrong.
#include <catch2/catch.hpp>

#include <climits>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "render/json_writer.hpp"

using apdr::Date;
using apdr::render::JsonWriter;

namespace {

template <typename Json>
std::string dumped(const Json& value, int indent = -1) {
  return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string written(const std::string& text) {
  std::string out;
  JsonWriter w(out, false);
  w.string(text);
  return out;
}

}  // namespace

TEST_CASE("json writer: a string of any length with a byte that needs care anywhere is written as nlohmann dumps it") {
  const std::vector<std::string> specials = {"\"", "\\", "\n", "\x01", "\x1f", "\x7f", "\xC3\xA9", "\xE2\x80\x94",
                                             "\xFF", "\xC3"};
  std::size_t compared = 0;
  for (std::size_t length = 0; length <= 48; ++length) {
    std::string clean(length, 'a');
    for (std::size_t i = 0; i < length; ++i) clean[i] = static_cast<char>('a' + i % 26);
    REQUIRE(written(clean) == dumped(nlohmann::json(clean)));
    for (const auto& special : specials) {
      for (std::size_t at = 0; at <= length; ++at) {
        std::string text = clean;
        text.insert(at, special);
        INFO("length " << length << ", at " << at);
        REQUIRE(written(text) == dumped(nlohmann::json(text)));
        ++compared;
      }
    }
  }
  CHECK(compared == 10 * (49 * 50 / 2));
}

TEST_CASE("json writer: objects, arrays and keys compact and pretty as nlohmann dumps them") {
  nlohmann::ordered_json tree;
  tree["id"] = "a \"quoted\" id";
  tree["list"] = {"x", "", "a long text that runs past sixteen bytes"};
  tree["empty"] = nlohmann::ordered_json::array();
  tree["nested"] = {{"flag", true}, {"off", false}, {"none", nullptr}, {"n", -42}};
  for (bool pretty : {false, true}) {
    std::string out;
    {
      JsonWriter w(out, pretty);
      w.begin_object();
      w.field("id", std::string_view("a \"quoted\" id"));
      w.key("list");
      w.begin_array();
      w.string("x");
      w.string("");
      w.string("a long text that runs past sixteen bytes");
      w.end_array();
      w.key("empty");
      w.begin_array();
      w.end_array();
      w.key("nested");
      w.begin_object();
      w.field("flag", true);
      w.field("off", false);
      w.key("none");
      w.null();
      w.key("n");
      w.integer(-42);
      w.end_object();
      w.end_object();
    }
    CHECK(out == dumped(tree, pretty ? 2 : -1));
  }
}

TEST_CASE("json writer: dates are written as Date::iso writes them, whatever the year") {
  for (std::int32_t days : {-800000, -719468, -719162, -1, 0, 1, 20424, 2932896, 2932897, 3000000}) {
    Date date = Date::from_days(days);
    std::string out;
    {
      JsonWriter w(out, false);
      w.date(date);
    }
    CHECK(out == "\"" + date.iso() + "\"");
  }
}

TEST_CASE("json writer: integers from the least to the greatest") {
  for (long long value : {LLONG_MIN, -1LL, 0LL, 7LL, 1234567890123LL, LLONG_MAX}) {
    std::string out;
    {
      JsonWriter w(out, false);
      w.integer(value);
    }
    CHECK(out == std::to_string(value));
  }
}

TEST_CASE("json writer: two writers at once on one thread keep their own text") {
  std::string outer_text, inner_text;
  JsonWriter outer(outer_text, false);
  outer.begin_array();
  outer.string("outer");
  {
    JsonWriter inner(inner_text, false);
    inner.begin_array();
    inner.string("inner");
    inner.end_array();
  }
  outer.string("again");
  outer.end_array();
  CHECK(outer_text == R"(["outer","again"])");
  CHECK(inner_text == R"(["inner"])");
}

TEST_CASE("json writer: a text longer than the buffer's first size is written whole") {
  std::string big(100000, 'x');
  big[54321] = '\t';
  std::string out;
  {
    JsonWriter w(out, false);
    w.begin_array();
    for (int i = 0; i < 3; ++i) w.string(big);
    w.end_array();
  }
  CHECK(out == dumped(nlohmann::json::array({big, big, big})));
}
