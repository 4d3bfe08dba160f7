#pragma once
// The fields of the records rules can read: pupil, ehc, a cycle, a need.
#include <span>
#include <string_view>

#include "check/model.hpp"

namespace apdr::check {

struct FieldDef {
  std::string_view name;
  TypeKind kind;
  int enum_id = -1;           // for enumeration fields
  TypeKind element = TypeKind::error;  // for list fields
};

std::span<const FieldDef> pupil_fields();   // index = PupilField
std::span<const FieldDef> ehc_fields();     // index = EhcField
std::span<const FieldDef> cycle_fields();   // index = CycleField
std::span<const FieldDef> need_fields();    // index = NeedField

Type field_type(const FieldDef& field);

}  // namespace apdr::check
