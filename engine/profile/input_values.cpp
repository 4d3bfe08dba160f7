#include "profile/input_values.hpp"

#include <fmt/format.h>

#include "profile/profile_reader.hpp"
#include "profile/text_values.hpp"

namespace apdr::profile {
namespace {

// One scalar read as `type`; `reason` gets why not when it fails.
std::optional<InputValue> scalar_as(const std::string& text, const InputSpec& spec, const std::string& type,
                                    std::string& reason, std::vector<std::string>& notes) {
  // The text as a message shows it, made only when the value is wrong:
  // every input of every row passes here.
  auto shown = [&] { return quoted_value(text); };
  if (type == "number") {
    if (auto number = parse_number_text(text)) return *number;
    reason = fmt::format("`{}` is not a number", shown());
  } else if (type == "integer") {
    if (auto number = parse_integer_text(text)) return static_cast<double>(*number);
    reason = integer_too_long(text) ? too_many_digits_message(text) : fmt::format("`{}` is not a whole number", shown());
  } else if (type == "percent") {
    // "82%" is how people write a percentage; the sign adds nothing.
    std::string_view body = text;
    if (!body.empty() && body.back() == '%') body.remove_suffix(1);
    auto number = parse_number_text(body);
    if (number && *number >= 0 && *number <= 100) return *number;
    reason = number ? fmt::format("{} is not a percentage: it must be from 0 to 100", shown())
                    : fmt::format("`{}` is not a percentage (a number from 0 to 100)", shown());
  } else if (type == "bool") {
    if (auto flag = parse_bool_text(text)) return *flag;
    reason = fmt::format("`{}` is not true or false", shown());
  } else if (type == "date") {
    auto date = parse_profile_date(text);
    if (auto* value = std::get_if<Date>(&date)) return *value;
    reason = std::get<std::string>(date);
  } else if (type == "duration") {
    auto duration = parse_duration_text(text);
    if (auto* value = std::get_if<Duration>(&duration)) return *value;
    reason = std::get<std::string>(duration);
  } else if (type == "one_of") {
    for (const auto& allowed : spec.values) {
      if (allowed == text) return text;
    }
    reason = fmt::format("`{}` is not one of {}", shown(), fmt::join(spec.values, ", "));
    notes = suggest_among(text, spec.values);
  } else {
    return text;  // text, and any type the checker will have reported
  }
  return std::nullopt;
}

}  // namespace

std::optional<InputValue> input_from_text(const std::string& text, const InputSpec& spec, const std::string& type) {
  std::string reason;
  std::vector<std::string> notes;
  return scalar_as(text, spec, type, reason, notes);
}

// A list item keeps its text, normalised where the type has one spelling
// (dates as YYYY-MM-DD), so rules compare like with like.
std::string input_list_item(const InputValue& value, const std::string& original) {
  if (auto* date = std::get_if<Date>(&value)) return date->iso();
  if (auto* flag = std::get_if<bool>(&value)) return *flag ? "true" : "false";
  return original;
}

std::optional<InputValue> read_input_value(const yaml::Node& value, const std::string& name,
                                           const InputSpec& spec, Diagnostics& diagnostics) {
  if (value.kind == yaml::Node::Kind::null) return std::nullopt;
  if (spec.type == "list") {
    if (value.kind != yaml::Node::Kind::sequence) {
      diagnostics.error(Code::ProfileBadInput, value.where,
                        fmt::format("input `{}` should be a list, not {}", name, shape_name(value)));
      return std::nullopt;
    }
    std::vector<std::string> items;
    bool ok = true;
    for (const auto& item : value.items) {
      if (item->kind != yaml::Node::Kind::scalar) {
        diagnostics.error(Code::ProfileBadInput, item->where,
                          fmt::format("each item of input `{}` should be a single value, not {}", name,
                                      shape_name(*item)));
        ok = false;
        continue;
      }
      std::string reason;
      std::vector<std::string> notes;
      auto parsed = scalar_as(item->text, spec, spec.item_type, reason, notes);
      if (!parsed) {
        diagnostics.error(Code::ProfileBadInput, item->where,
                          fmt::format("input `{}`: {}", name, reason), std::move(notes));
        ok = false;
        continue;
      }
      items.push_back(input_list_item(*parsed, item->text));
    }
    if (!ok) return std::nullopt;
    return items;
  }
  if (value.kind != yaml::Node::Kind::scalar) {
    diagnostics.error(Code::ProfileBadInput, value.where,
                      fmt::format("input `{}` should be a single value, not {}", name, shape_name(value)));
    return std::nullopt;
  }
  std::string reason;
  std::vector<std::string> notes;
  auto parsed = scalar_as(value.text, spec, spec.type, reason, notes);
  if (!parsed) {
    diagnostics.error(Code::ProfileBadInput, value.where, fmt::format("input `{}`: {}", name, reason),
                      std::move(notes));
  }
  return parsed;
}

}  // namespace apdr::profile
