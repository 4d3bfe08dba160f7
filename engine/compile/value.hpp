#pragma once
// A value while a rule is evaluated. `unknown` is a value like any other:
// the rule language is three-valued, and a fact the profile does not give
// flows through comparisons and arithmetic as unknown.
#include <memory>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "profile/profile.hpp"

namespace apdr::run {

enum class Tag : std::uint8_t {
  unknown, boolean, number, date, duration, text, symbol, level, area, code, list, cycle, need,
};

struct Value {
  Tag tag = Tag::unknown;
  bool flag = false;          // boolean: its value; level: `id` is a root-ladder index
  int id = 0;                 // symbol, level (-1: no need in that area), area, code
  double number = 0;
  Date date;
  Duration duration;
  std::string_view text;      // points into the program or the profile, which outlive evaluation
  const profile::Cycle* cycle = nullptr;
  const profile::Need* need = nullptr;
  std::shared_ptr<const std::vector<Value>> list;

  bool known() const { return tag != Tag::unknown; }
  bool is_true() const { return tag == Tag::boolean && flag; }
  bool is_false() const { return tag == Tag::boolean && !flag; }

  static Value unknown() { return {}; }
  static Value boolean(bool b) { Value v; v.tag = Tag::boolean; v.flag = b; return v; }
  static Value of_number(double n) { Value v; v.tag = Tag::number; v.number = n; return v; }
  static Value of_date(Date d) { Value v; v.tag = Tag::date; v.date = d; return v; }
  static Value of_duration(Duration d) { Value v; v.tag = Tag::duration; v.duration = d; return v; }
  static Value of_text(std::string_view t) { Value v; v.tag = Tag::text; v.text = t; return v; }
  static Value of_id(Tag tag, int id) { Value v; v.tag = tag; v.id = id; return v; }
  static Value of_list(std::shared_ptr<const std::vector<Value>> items) {
    Value v; v.tag = Tag::list; v.list = std::move(items); return v;
  }
};

}  // namespace apdr::run
