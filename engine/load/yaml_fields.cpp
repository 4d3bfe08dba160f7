#include "load/yaml_fields.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_set>

#include <fmt/format.h>

#include "core/quoted_value.hpp"
#include "core/suggest.hpp"
#include "load/rule_file_keys.hpp"

namespace apdr::load {

const Field* Fields::find(std::string_view key) const {
  for (const auto& item : items) {
    if (item.key.value == key) return &item;
  }
  return nullptr;
}

std::string shape_of(const yaml::Node& node) {
  if (node.is_scalar()) return fmt::format("the single value `{}`", quoted_value(node.text));
  return yaml::shape_name(node);
}

std::string join_names(std::span<const std::string> names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += (i + 1 == names.size()) ? " and " : ", ";
    out += names[i];
  }
  return out;
}

std::optional<Fields> read_fields(const YamlFile& file, const yaml::Node& node,
                                  const SourceLocation& where, std::string_view what,
                                  std::span<const std::string> allowed) {
  if (!node.is_mapping()) {
    file.error(Code::WrongShape, file.at_value(node, where),
               fmt::format("{} should be a mapping of `key: value` lines, but it is {}", what,
                           shape_of(node)));
    return std::nullopt;
  }
  Fields fields;
  fields.where = file.at_value(node, where);
  // The keys so far, so that a catalogue of 100,000 entries is checked for
  // repeats in linear time; a repeat is then found in `fields` to name it.
  std::unordered_set<std::string_view> seen;
  for (const auto& [key_node, value] : node.entries) {
    const yaml::Node& key = *key_node;
    SourceLocation key_where = file.at(key);
    if (!key.is_scalar()) {
      file.error(Code::WrongShape, key_where,
                 fmt::format("a key in {} should be a single word, but it is {}", what, shape_of(key)));
      continue;
    }
    const std::string& name = key.text;
    if (const Field* first = seen.insert(name).second ? nullptr : fields.find(name)) {
      file.error(Code::DuplicateKey, key_where,
                 fmt::format("`{}` is given twice in {}; the second is ignored", name, what),
                 {fmt::format("first given at {}:{}:{}", first->key.where.file, first->key.where.line,
                              first->key.where.column)});
      continue;
    }
    if (!allowed.empty() && std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      std::vector<std::string> notes = did_you_mean(name, allowed);
      notes.push_back("keys allowed here: " + join_names(allowed));
      file.error(Code::UnknownKey, key_where, fmt::format("unknown key `{}` in {}", name, what),
                 std::move(notes));
      continue;
    }
    fields.items.push_back(Field{{name, key_where}, value.get(), file.at_value(*value, key_where)});
  }
  return fields;
}

bool require_keys(const YamlFile& file, const Fields& fields, std::string_view what,
                  std::span<const std::string> required) {
  bool all = true;
  for (const auto& key : required) {
    if (fields.find(key) == nullptr) {
      file.error(Code::MissingKey, fields.where, fmt::format("{} has no `{}`, which is required", what, key));
      all = false;
    }
  }
  return all;
}

std::optional<syntax::Scalar> read_scalar(const YamlFile& file, const Field& field,
                                          std::string_view what) {
  if (!field.value->is_scalar()) {
    file.error(Code::WrongShape, field.value_where,
               fmt::format("{} should be a single value, but it is {}", what, shape_of(*field.value)));
    return std::nullopt;
  }
  return syntax::Scalar{field.value->text, field.value_where};
}

std::optional<syntax::Scalar> read_optional_scalar(const YamlFile& file, const Fields& fields,
                                                   std::string_view key, std::string_view what) {
  const Field* field = fields.find(key);
  if (field == nullptr) return std::nullopt;
  return read_scalar(file, *field, what);
}

std::vector<syntax::Scalar> read_scalar_list(const YamlFile& file, const Field& field,
                                             std::string_view what, bool single_allowed) {
  std::vector<syntax::Scalar> out;
  if (single_allowed && field.value->is_scalar()) {
    out.push_back({field.value->text, field.value_where});
    return out;
  }
  if (!field.value->is_sequence()) {
    file.error(Code::WrongShape, field.value_where,
               fmt::format("{} should be a list such as `[a, b]`, but it is {}", what,
                           shape_of(*field.value)));
    return out;
  }
  for (const auto& item : field.value->items) {
    SourceLocation where = file.at_value(*item, field.value_where);
    if (!item->is_scalar()) {
      file.error(Code::WrongShape, where,
                 fmt::format("each item of {} should be a single value, but this one is {}", what,
                             shape_of(*item)));
      continue;
    }
    out.push_back({item->text, where});
  }
  return out;
}

std::optional<bool> read_bool(const YamlFile& file, const Field& field, std::string_view what) {
  auto value = read_scalar(file, field, what);
  if (!value) return std::nullopt;
  if (value->value == "true") return true;
  if (value->value == "false") return false;
  file.error(Code::InvalidValue, value->where,
             fmt::format("{} should be `true` or `false`, not `{}`", what, value->value));
  return std::nullopt;
}

std::optional<Date> read_date(const YamlFile& file, const syntax::Scalar& value, std::string_view what) {
  if (auto date = Date::parse(value.value)) return date;
  const std::string& text = value.value;
  bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                std::all_of(text.begin(), text.end(), [](char c) {
                  return c == '-' || std::isdigit(static_cast<unsigned char>(c));
                });
  if (shaped) {
    file.error(Code::InvalidValue, value.where, fmt::format("{} is not a real date ({})", text, what));
  } else {
    file.error(Code::InvalidValue, value.where,
               fmt::format("`{}` is not a date ({}); write dates as YYYY-MM-DD, e.g. 2026-09-01", text, what));
  }
  return std::nullopt;
}

std::optional<syntax::Window> read_window(const YamlFile& file, const Field& field,
                                          std::string_view what) {
  auto fields = read_fields(file, *field.value, field.value_where, what, rule_file::window.allowed);
  if (!fields) return std::nullopt;
  syntax::Window window;
  window.where = fields->where;
  bool broken = false;
  std::optional<syntax::Scalar> from_text, to_text;
  for (const char* end : {"from", "to"}) {
    const Field* part = fields->find(end);
    if (part == nullptr) continue;
    auto text = read_scalar(file, *part, fmt::format("`{}` of {}", end, what));
    if (!text) { broken = true; continue; }
    auto date = read_date(file, *text, fmt::format("`{}` of {}", end, what));
    if (!date) { broken = true; continue; }
    if (std::string_view(end) == "from") { window.from = date; from_text = text; }
    else { window.to = date; to_text = text; }
  }
  if (window.from && window.to && *window.to < *window.from) {
    file.error(Code::EffectiveWindow, to_text->where,
               fmt::format("{} ends on {} before it starts on {}", what, to_text->value, from_text->value));
    return std::nullopt;
  }
  if (broken) return std::nullopt;
  return window;
}

bool check_one_of(const YamlFile& file, const syntax::Scalar& value, std::string_view what,
                  std::span<const std::string> allowed) {
  if (std::find(allowed.begin(), allowed.end(), value.value) != allowed.end()) return true;
  std::vector<std::string> notes = did_you_mean(value.value, allowed);
  notes.push_back("allowed values: " + join_names(allowed));
  file.error(Code::InvalidValue, value.where, fmt::format("`{}` is not a valid {}", value.value, what),
             std::move(notes));
  return false;
}

}  // namespace apdr::load
