// Names: the enumerations and their value names, and the top-level names a
// rule set declares (inputs, parameters, derived values). A name that would
// mean two different things is an error where it is declared, so an
// expression never has to guess.
#include <fmt/format.h>

#include "check/checker.hpp"
#include "core/suggest.hpp"

namespace apdr::check {
namespace {

struct BuiltinEnumeration { const char* name; std::vector<const char*> members; };

const std::vector<BuiltinEnumeration>& builtin_enumerations() {
  // Order matches BuiltinEnum.
  static const std::vector<BuiltinEnumeration> enums = {
      {"phase", {"early_years", "primary", "secondary", "post16"}},
      {"setting", {"mainstream", "resourced", "special", "alternative", "home"}},
      {"outcome", {"met", "partly_met", "not_met"}},
      {"requested_by", {"parent", "young_person", "school"}},
      {"decision", {"agreed", "refused"}},
      {"review_outcome", {"maintain", "amend", "cease"}},
  };
  return enums;
}

int intern(std::vector<std::string>& symbols, const std::string& name) {
  for (std::size_t i = 0; i < symbols.size(); ++i) {
    if (symbols[i] == name) return static_cast<int>(i);
  }
  symbols.push_back(name);
  return static_cast<int>(symbols.size() - 1);
}

std::optional<Type> scalar_input_type(std::string_view name) {
  if (name == "number" || name == "integer" || name == "percent") return Type::of(TypeKind::number);
  if (name == "bool") return Type::of(TypeKind::boolean);
  if (name == "date") return Type::of(TypeKind::date);
  if (name == "duration") return Type::of(TypeKind::duration);
  if (name == "text") return Type::of(TypeKind::text);
  return std::nullopt;
}

}  // namespace

void Checker::build_symbols() {
  for (const auto& builtin : builtin_enumerations()) {
    Enumeration e{builtin.name, {}};
    for (const char* member : builtin.members) e.members.push_back(intern(model_.symbols, member));
    model_.enums.push_back(std::move(e));
  }
  // Declared inputs become typed slots; one_of inputs add an enumeration.
  for (const auto& merged : inputs_) {
    const syntax::Input& input = *merged.syntax;
    Input result;
    result.name = input.name.value;
    result.type_name = input.type.value;
    result.question = input.question ? input.question->value : std::string();
    result.plain = input.plain ? input.plain->value : std::string();
    result.syntax = &input;
    if (auto type = scalar_input_type(input.type.value)) {
      result.type = *type;
    } else if (input.type.value == "one_of") {
      if (input.values.empty()) {
        diag_.error(Code::MissingKey, input.type.where,
                    fmt::format("input `{}` is one_of, so it needs `values:`, the list of allowed values", result.name));
      }
      Enumeration e{result.name, {}};
      for (const auto& value : input.values) {
        result.values.push_back(value.value);
        e.members.push_back(intern(model_.symbols, value.value));
      }
      model_.enums.push_back(std::move(e));
      result.type = Type::of(TypeKind::enumeration);
      result.type.enum_id = static_cast<int>(model_.enums.size() - 1);
    } else if (input.type.value == "list") {
      std::string item = input.of ? input.of->value : "text";
      auto item_type = scalar_input_type(item);
      if (!item_type) item_type = Type::of(TypeKind::error);  // the loader reported the bad `of:`
      result.item_type = item;
      result.type = Type::list_of(*item_type);
    } else {
      // The loader reported the unknown type; the input checks as an error type.
      result.type = Type::of(TypeKind::error);
    }
    input_index_[result.name] = static_cast<int>(model_.inputs.size());
    model_.inputs.push_back(std::move(result));
  }
}

void Checker::declare(const std::string& name, const SourceLocation& where, const char* what) {
  auto [it, inserted] = declared_.emplace(name, std::make_pair(where, std::string(what)));
  if (inserted) return;
  const auto& [first_where, first_what] = it->second;
  std::vector<std::string> notes;
  if (first_where.known()) {
    notes.push_back(fmt::format("`{}` is already {} at {}:{}:{}", name, first_what, first_where.file,
                                first_where.line, first_where.column));
  } else {
    notes.push_back(fmt::format("`{}` is built in, so rules can always use it; give yours a name of its own", name));
  }
  diag_.error(Code::AmbiguousName, where,
              fmt::format("`{}` would mean two different things: it is declared as {} but is already {}", name,
                          what, first_what),
              notes);
}

void Checker::declare_names() {
  const SourceLocation builtin;
  for (const char* name : {"today", "pupil", "ehc", "needs"}) declare(name, builtin, "a built-in name");
  for (Area area : all_areas) declare(std::string(area_id(area)), builtin, "an area of need");
  for (const auto& code : census_codes()) declare(std::string(code.code), builtin, "a census code");
  for (std::size_t i = 0; i < model_.enums.size() && i < builtin_enumerations().size(); ++i) {
    for (int member : model_.enums[i].members) {
      declare(model_.symbols[static_cast<std::size_t>(member)], builtin,
              fmt::format("a value of the built-in `{}` list", model_.enums[i].name).c_str());
    }
  }
  for (const auto& level : model_.ladder.root) declare(level.id, level.where, "a level");
  if (model_.ladder.refined) {
    for (const auto& level : model_.ladder.local) declare(level.id, level.where, "a level");
  }
  // A declaration refused as ambiguous (E025) takes no part afterwards, so
  // the name keeps its earlier meaning: an input called `semh` must not turn
  // every `level(semh)` of the inherited rules into a second error.
  auto refused = [&](const syntax::Scalar& name) {
    const SourceLocation& first = declared_.at(name.value).first;
    return first.file != name.where.file || first.line != name.where.line || first.column != name.where.column;
  };
  for (const auto& merged : inputs_) {
    declare(merged.syntax->name.value, merged.syntax->name.where, "an input");
    if (refused(merged.syntax->name)) input_index_.erase(merged.syntax->name.value);
  }
  for (const auto& merged : parameters_) declare(merged.syntax->name.value, merged.syntax->name.where, "a parameter");
  std::erase_if(parameters_, [&](const auto& merged) { return refused(merged.syntax->name); });
  for (const auto& merged : derived_) declare(merged.syntax->name.value, merged.syntax->name.where, "a derived value");
  std::erase_if(derived_, [&](const auto& merged) { return refused(merged.syntax->name); });
  // Values of one_of inputs are names too; the same value in two one_of
  // inputs is fine (it is one symbol), but not a value that is also a level.
  for (const auto& merged : inputs_) {
    for (const auto& value : merged.syntax->values) {
      auto it = declared_.find(value.value);
      if (it != declared_.end() && it->second.second.rfind("a value of", 0) != 0) {
        declare(value.value, value.where, "a value of a one_of input");
      } else if (it == declared_.end()) {
        declared_.emplace(value.value, std::make_pair(value.where, std::string("a value of a one_of input")));
      }
    }
  }
}

}  // namespace apdr::check
