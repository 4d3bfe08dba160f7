#pragma once
// The static types of the rule language. Every expression gets one before
// anything runs, so a rule author learns of `level(semh) > 2` at check time,
// not when a pupil happens to reach that rule.
#include <memory>
#include <string>

namespace apdr::check {

enum class TypeKind {
  error,     // an expression that already failed to check: silences follow-on errors
  any,       // the element type of an empty list literal
  number,    // number, integer and percent inputs are all numbers
  boolean,
  date,
  duration,
  text,
  enumeration,  // `enum_id` names which: a built-in enum or a one_of input
  symbol,    // a bare enum value name such as `met`: fits any enumeration holding it
  level,     // a level of the ladder; `root_level` for root-ladder names
  area,
  code,      // a census code
  list,      // `element`
  cycle,     // a record of an APDR cycle
  need,      // a record of a need
};

struct Type {
  TypeKind kind = TypeKind::error;
  int enum_id = -1;          // enumeration: index into Model::enums
  int symbol_id = -1;        // symbol: index into Model::symbols
  bool root_level = false;   // level: a root-ladder level named directly
  std::shared_ptr<const Type> element;  // list

  static Type of(TypeKind kind) { Type t; t.kind = kind; return t; }
  static Type list_of(Type element);
  bool is_error() const { return kind == TypeKind::error; }
};

}  // namespace apdr::check
