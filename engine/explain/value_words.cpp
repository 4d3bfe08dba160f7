#include "explain/value_words.hpp"

#include <cctype>
#include <cmath>
#include <span>

#include <fmt/format.h>

namespace apdr::explain {
namespace {

std::string number_words(double n) {
  if (n == std::trunc(n) && std::abs(n) < 1e15) return fmt::format("{}", static_cast<long long>(n));
  return fmt::format("{:.2f}", n);
}

std::string amount(long long n, const char* unit) {
  return fmt::format("{} {}{}", n, unit, n == 1 || n == -1 ? "" : "s");
}

std::string duration_words(Duration d) {
  std::string months, days;
  if (d.months != 0) months = d.months % 12 == 0 ? amount(d.months / 12, "year") : amount(d.months, "month");
  if (d.days != 0) days = d.days % 7 == 0 ? amount(d.days / 7, "week") : amount(d.days, "day");
  std::string working = d.working_days != 0 ? amount(d.working_days, "working day") : "";
  std::string out;
  for (const std::string* part : {&months, &days, &working}) {
    if (part->empty()) continue;
    out += out.empty() ? *part : " and " + *part;
  }
  return out.empty() ? "0 days" : out;
}

std::string list_words(std::span<const run::Value> items, const check::Model& model) {
  if (items.empty()) return "none";
  if (items.front().tag == run::Tag::cycle) return amount(static_cast<long long>(items.size()), "cycle");
  if (items.front().tag == run::Tag::need) return amount(static_cast<long long>(items.size()), "need");
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ", ";
    out += value_words(items[i], model);
  }
  return out + "]";
}

}  // namespace

std::string area_words(Area area) {
  std::string title(area_title(area));
  if (!title.empty()) title[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(title[0])));
  return title;
}

std::string record_words(const run::Value& value) {
  if (value.tag == run::Tag::cycle) {
    const profile::Cycle& c = *value.cycle;
    return c.started ? fmt::format("{} cycle started {}", area_id(c.area), c.started->iso())
                     : fmt::format("{} cycle with no start date", area_id(c.area));
  }
  if (value.tag == run::Tag::need) return fmt::format("need in {}", area_id(value.need->area));
  return "element";
}

std::string value_words(const run::Value& value, const check::Model& model) {
  const check::Ladder& ladder = model.ladder;
  switch (value.tag) {
    case run::Tag::unknown: return "not known";
    case run::Tag::boolean: return value.flag ? "yes" : "no";
    case run::Tag::number: return number_words(value.number);
    case run::Tag::date: return value.date.iso();
    case run::Tag::duration: return duration_words(value.duration());
    case run::Tag::text: return fmt::format("\"{}\"", value.text());
    case run::Tag::symbol:
      return value.id >= 0 && static_cast<std::size_t>(value.id) < model.symbols.size()
                 ? model.symbols[static_cast<std::size_t>(value.id)] : "?";
    case run::Tag::level: {
      if (value.id < 0) return "no need";
      const auto& levels = value.flag ? ladder.root : ladder.local;
      return static_cast<std::size_t>(value.id) < levels.size() ? levels[static_cast<std::size_t>(value.id)].id : "?";
    }
    case run::Tag::area: return std::string(area_id(static_cast<Area>(value.id)));
    case run::Tag::code: {
      auto codes = census_codes();
      return static_cast<std::size_t>(value.id) < codes.size() ? std::string(codes[static_cast<std::size_t>(value.id)].code) : "?";
    }
    case run::Tag::list: return list_words(value.list(), model);
    case run::Tag::cycle:
    case run::Tag::need: return record_words(value);
  }
  return "?";
}

}  // namespace apdr::explain
