#include "check/model.hpp"

#include <algorithm>

namespace apdr::check {

Window Window::within(const Window& outer) const {
  Window result = *this;
  if (outer.from && (!result.from || *result.from < *outer.from)) result.from = outer.from;
  if (outer.to && (!result.to || *outer.to < *result.to)) result.to = outer.to;
  return result;
}

int Ladder::find_local(std::string_view id) const {
  for (std::size_t i = 0; i < local.size(); ++i) {
    if (local[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

int Ladder::find_root(std::string_view id) const {
  for (std::size_t i = 0; i < root.size(); ++i) {
    if (root[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

int Model::find_symbol(std::string_view name) const {
  auto it = std::find(symbols.begin(), symbols.end(), name);
  return it == symbols.end() ? -1 : static_cast<int>(it - symbols.begin());
}

int Model::find_provision(std::string_view wanted) const {
  for (std::size_t i = 0; i < provision.size(); ++i) {
    if (provision[i].id == wanted) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace apdr::check
