// An unknown plain name in an expression (`attendance < 90`) is most often a
// fact the author meant the profile to give and forgot to declare. It is
// reported when its expression is done, so that the message can show the
// declaration to add, with the type its use suggests: compared with a
// number, a number; with a date, a date; used as a condition, true or false.
#include <fmt/format.h>

#include "check/checker.hpp"

namespace apdr::check {
namespace {

// Lower-case letters, digits and `_`, starting with a letter: how an input
// is named (an id with `-`, or a capitalised word, is something else).
bool looks_like_input(std::string_view name) {
  if (name.empty() || name.size() > 40 || name[0] < 'a' || name[0] > 'z') return false;
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

// The `type:` an input would need to be used as `type` is.
std::string input_type_for(const Type& type) {
  switch (type.kind) {
    case TypeKind::number: return "number";
    case TypeKind::boolean: return "bool";
    case TypeKind::date: return "date";
    case TypeKind::duration: return "duration";
    case TypeKind::text: return "text";
    case TypeKind::enumeration:
    case TypeKind::symbol: return "one_of";
    default: return "";
  }
}

}  // namespace

void Checker::note_unknown_name(const expr::Node& node, std::vector<std::string> notes) {
  if (!looks_like_input(node.text)) {
    diag_.error(Code::UnknownName, where_of(node), fmt::format("unknown name `{}`", node.text), std::move(notes));
    return;
  }
  unknown_names_.push_back({&node, std::move(notes), ""});
}

void Checker::hint_input_type(const expr::Node& node, const Type& used_as) {
  if (node.kind != expr::NodeKind::name) return;
  for (auto& unknown : unknown_names_) {
    if (unknown.node != &node || !unknown.input_type.empty()) continue;
    unknown.input_type = input_type_for(used_as);
    if (unknown.input_type == "one_of" && used_as.kind == TypeKind::symbol && used_as.symbol_id >= 0) {
      unknown.input_type += ", values: [" + model_.symbols[static_cast<std::size_t>(used_as.symbol_id)] + ", …]";
    } else if (unknown.input_type == "one_of" && used_as.kind == TypeKind::enumeration) {
      const auto& members = model_.enums[static_cast<std::size_t>(used_as.enum_id)].members;
      if (!members.empty()) {
        unknown.input_type += ", values: [" + model_.symbols[static_cast<std::size_t>(members.front())] + ", …]";
      }
    }
  }
}

void Checker::report_unknown_names() {
  for (auto& unknown : unknown_names_) {
    const std::string& name = unknown.node->text;
    std::vector<std::string> notes = std::move(unknown.notes);
    if (notes.empty()) {
      // Nothing near it is declared: say how to declare it. Without a use
      // that tells, text is the type that takes any answer.
      std::string type = unknown.input_type.empty() ? "text" : unknown.input_type;
      notes.push_back(fmt::format("if it is a fact about the pupil, declare it under `inputs:`: "
                                  "`{}: {{ type: {}, question: \"…\" }}`",
                                  name, type));
      notes.push_back("or, for a fixed value, under `parameters:`, or a value worked out from others, under `derive:`");
    }
    diag_.error(Code::UnknownName, where_of(*unknown.node), fmt::format("unknown name `{}`", name), std::move(notes));
  }
  unknown_names_.clear();
}

}  // namespace apdr::check
