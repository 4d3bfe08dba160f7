#include "check/record_fields.hpp"

namespace apdr::check {

std::span<const FieldDef> pupil_fields() {
  static const FieldDef fields[] = {
      {"date_of_birth", TypeKind::date},
      {"year_group", TypeKind::number},
      {"phase", TypeKind::enumeration, builtin_enum(BuiltinEnum::phase)},
      {"setting", TypeKind::enumeration, builtin_enum(BuiltinEnum::setting)},
  };
  return fields;
}

std::span<const FieldDef> ehc_fields() {
  static const FieldDef fields[] = {
      {"requested", TypeKind::date},
      {"requested_by", TypeKind::enumeration, builtin_enum(BuiltinEnum::requested_by)},
      {"decided", TypeKind::date},
      {"decision", TypeKind::enumeration, builtin_enum(BuiltinEnum::decision)},
      {"draft_issued", TypeKind::date},
      {"plan_issued", TypeKind::date},
      {"last_review", TypeKind::date},
      {"review_notice", TypeKind::date},
      {"review_outcome", TypeKind::enumeration, builtin_enum(BuiltinEnum::review_outcome)},
      {"amendment_notice", TypeKind::date},
      {"amended", TypeKind::date},
      {"mediation_certificate", TypeKind::date},
  };
  return fields;
}

std::span<const FieldDef> cycle_fields() {
  static const FieldDef fields[] = {
      {"area", TypeKind::area},
      {"level", TypeKind::level},
      {"started", TypeKind::date},
      {"reviewed", TypeKind::date},
      {"outcome", TypeKind::enumeration, builtin_enum(BuiltinEnum::outcome)},
      {"advice_from", TypeKind::list, -1, TypeKind::text},
      {"review_due", TypeKind::date},
  };
  return fields;
}

std::span<const FieldDef> need_fields() {
  static const FieldDef fields[] = {
      {"area", TypeKind::area},
      {"level", TypeKind::level},
      {"codes", TypeKind::list, -1, TypeKind::code},
      {"awaiting_assessment", TypeKind::list, -1, TypeKind::text},
  };
  return fields;
}

Type field_type(const FieldDef& field) {
  if (field.kind == TypeKind::list) return Type::list_of(Type::of(field.element));
  Type type = Type::of(field.kind);
  type.enum_id = field.enum_id;
  return type;
}

}  // namespace apdr::check
