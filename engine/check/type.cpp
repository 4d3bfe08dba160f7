#include "check/type.hpp"

namespace apdr::check {

Type Type::list_of(Type element) {
  Type t;
  t.kind = TypeKind::list;
  t.element = std::make_shared<const Type>(std::move(element));
  return t;
}

}  // namespace apdr::check
