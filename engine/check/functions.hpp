#pragma once
// The built-in functions of the rule language, by name.
#include <optional>
#include <span>
#include <string_view>

#include "check/model.hpp"

namespace apdr::check {

struct FunctionDef {
  std::string_view name;
  Function function;
  std::string_view usage;   // how it is called, for messages: "level(AREA)"
};

std::span<const FunctionDef> functions();
const FunctionDef* find_function(std::string_view name);

// The function a misspelt name most likely means: the nearest by edit
// distance (`lvel` → level), or one the name abbreviates, its letters in
// order with the first the same (`cnt` → count); nullptr when none is near.
const FunctionDef* suggest_function(std::string_view wrong);

}  // namespace apdr::check
