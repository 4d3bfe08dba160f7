#pragma once
// Lists for hand-built Results in tests: `names({"a", "b"})` where a Result
// field is a List. The items live in an arena that lasts the whole test
// run, so a list stays valid however the Result is moved or cleared.
#include <initializer_list>
#include <string_view>

#include "evaluate/result.hpp"

namespace apdr::test {

template <typename T>
eval::List<T> list(std::initializer_list<T> items) {
  static eval::Arena<T> arena;
  return arena.copy(items);
}

inline eval::Names names(std::initializer_list<std::string_view> items) { return list<std::string_view>(items); }

}  // namespace apdr::test
