// `calendar:`, the working days of a rule set: which weekdays are the
// weekend, which dates are holidays (each with its source), and how far the
// list of holidays is complete.
#include <fmt/format.h>

#include "load/entry_readers.hpp"
#include "load/rule_file_keys.hpp"

namespace apdr::load {
namespace {

// `weekend` and `listed_through` describe the whole calendar, so a rule set
// gives each once, in whichever of its files holds the calendar.
bool first_time(const YamlFile& file, const Field& field, std::optional<SourceLocation>& seen) {
  if (seen) {
    file.error(Code::DuplicateKey, field.key.where,
               fmt::format("`calendar.{}` is given a second time in this rule set", field.key.value),
               {fmt::format("first given at {}:{}:{}", seen->file, seen->line, seen->column)});
    return false;
  }
  seen = field.key.where;
  return true;
}

void read_weekend(const YamlFile& file, const Field& field, syntax::Calendar& out) {
  if (!first_time(file, field, out.weekend_where)) return;
  auto days = read_scalar_list(file, field, "`calendar.weekend`", true);
  for (auto& day : days) {
    if (check_one_of(file, day, "day of the week in `calendar.weekend`", rule_file::weekdays)) {
      out.weekend.push_back(std::move(day));
    }
  }
  if (out.weekend.size() >= rule_file::weekdays.size()) {
    file.error(Code::InvalidValue, field.value_where,
               "`calendar.weekend` names every day of the week, so no day would be a working day",
               {"list only the days that are never working days, e.g. [saturday, sunday]"});
    out.weekend.clear();
  }
}

void read_holidays(const YamlFile& file, const Field& section, syntax::Calendar& out) {
  if (!section.value->is_sequence()) {
    file.error(Code::WrongShape, section.value_where,
               fmt::format("`calendar.holidays` should be a list of days "
                           "(`- {{ date: 2026-12-25, title: Christmas Day, source: … }}`), but it is {}",
                           shape_of(*section.value)));
    return;
  }
  std::size_t index = 0;
  for (const auto& item : section.value->items) {
    ++index;
    std::string what = fmt::format("holiday {} of `calendar.holidays`", index);
    auto fields = read_fields(file, *item, section.value_where, what, rule_file::holiday.allowed);
    if (!fields || !require_keys(file, *fields, what, rule_file::holiday.required)) continue;
    auto date_text = read_optional_scalar(file, *fields, "date", fmt::format("`date` of {}", what));
    auto title = read_optional_scalar(file, *fields, "title", fmt::format("`title` of {}", what));
    auto source = read_optional_scalar(file, *fields, "source", fmt::format("`source` of {}", what));
    if (!date_text || !title || !source) continue;
    auto date = read_date(file, *date_text, fmt::format("`date` of {}", what));
    if (!date) continue;
    out.holidays.push_back({*date, *date_text, *title, *source});
  }
}

void read_listed_through(const YamlFile& file, const Field& field, syntax::Calendar& out) {
  if (!first_time(file, field, out.listed_through_where)) return;
  auto text = read_scalar(file, field, "`calendar.listed_through`");
  if (!text) return;
  out.listed_through = read_date(file, *text, "`calendar.listed_through`");
}

}  // namespace

void read_calendar(const YamlFile& file, const Field& section, syntax::Calendar& out) {
  auto fields = read_fields(file, *section.value, section.value_where, "`calendar`", rule_file::calendar.allowed);
  if (!fields) return;
  for (const auto& field : fields->items) {
    if (field.key.value == "weekend") read_weekend(file, field, out);
    else if (field.key.value == "holidays") read_holidays(file, field, out);
    else if (field.key.value == "listed_through") read_listed_through(file, field, out);
  }
}

}  // namespace apdr::load
