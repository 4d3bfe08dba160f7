#pragma once
// A value while a rule is evaluated. `unknown` is a value like any other:
// the rule language is three-valued, and a fact the profile does not give
// flows through comparisons and arithmetic as unknown.
//
// Sixteen bytes and trivially copyable, so values live in flat arrays (the
// interpreter's stack, a list's items) and copying one costs two words. A
// value owns nothing: a text points into the program or the profile, a list
// into the Facts or the Frame's scratch pool, all of which outlive it.
#include <cstdint>
#include <span>
#include <string_view>
#include <type_traits>

#include "core/date.hpp"
#include "profile/profile.hpp"

namespace apdr::run {

enum class Tag : std::uint8_t {
  unknown, boolean, number, date, duration, text, symbol, level, area, code, list, cycle, need,
};

struct Value {
  Tag tag = Tag::unknown;
  bool flag = false;          // boolean: its value; level: `id` is a root-ladder index
  std::uint16_t spare_ = 0;
  union {
    int id;                   // symbol, level (-1: no need in that area), area, code
    std::uint32_t size_;      // text: its length; list: its count
    std::int32_t months_;     // duration
  };
  union {
    double number;
    Date date;
    const char* chars_;
    const Value* items_;
    const profile::Cycle* cycle;
    const profile::Need* need;
    std::int32_t span_[2];    // duration: days, working days
  };

  // Not `= default`: a Date among the union's members has a constructor of
  // its own, and naming the members to start with is what a union needs.
  Value() : id(0), number(0) {}

  bool known() const { return tag != Tag::unknown; }
  bool is_true() const { return tag == Tag::boolean && flag; }
  bool is_false() const { return tag == Tag::boolean && !flag; }

  Duration duration() const {
    return tag == Tag::duration ? Duration{months_, span_[0], span_[1]} : Duration{};
  }
  std::string_view text() const { return tag == Tag::text ? std::string_view(chars_, size_) : std::string_view(); }
  std::span<const Value> list() const {
    return tag == Tag::list && size_ > 0 ? std::span<const Value>(items_, size_) : std::span<const Value>();
  }

  static Value unknown() { return {}; }
  static Value boolean(bool b) { Value v; v.tag = Tag::boolean; v.flag = b; return v; }
  static Value of_number(double n) { Value v; v.tag = Tag::number; v.number = n; return v; }
  static Value of_date(Date d) { Value v; v.tag = Tag::date; v.date = d; return v; }
  static Value of_duration(Duration d) {
    Value v;
    v.tag = Tag::duration;
    v.months_ = d.months;
    v.span_[0] = d.days;
    v.span_[1] = d.working_days;
    return v;
  }
  static Value of_text(std::string_view t) {
    Value v;
    v.tag = Tag::text;
    v.chars_ = t.data();
    v.size_ = static_cast<std::uint32_t>(t.size());
    return v;
  }
  static Value of_id(Tag tag, int id) { Value v; v.tag = tag; v.id = id; return v; }
  // `items` must outlive the value (see above).
  static Value of_list(const Value* items, std::size_t count) {
    Value v;
    v.tag = Tag::list;
    v.items_ = items;
    v.size_ = static_cast<std::uint32_t>(count);
    return v;
  }
  static Value of_list(std::span<const Value> items) { return of_list(items.data(), items.size()); }
  static Value of_cycle(const profile::Cycle* c) { Value v; v.tag = Tag::cycle; v.cycle = c; return v; }
  static Value of_need(const profile::Need* n) { Value v; v.tag = Tag::need; v.need = n; return v; }
};

static_assert(sizeof(Value) == 16);
static_assert(std::is_trivially_copyable_v<Value>);

}  // namespace apdr::run
