#include "batch/json_line.hpp"

#include <array>
#include <cstdint>
#include <cstring>

#include <nlohmann/json.hpp>

#include "render/notice.hpp"
#include "render/questions.hpp"

namespace apdr::batch {
namespace {

constexpr char hex_digits[] = "0123456789abcdef";

// The bytes append_string cannot copy as they are: control characters, the
// quote, the backslash, and bytes outside ASCII. One table lookup a byte, as
// rendering text is most of rendering a line.
constexpr std::array<bool, 256> needs_care = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[static_cast<std::size_t>(c)] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
  return table;
}();

// Whether any of the eight bytes at `p` needs care, with the usual bit
// tricks ("some byte is below n", "some byte is zero"): text is scanned
// eight bytes at a time, and a word this flags is looked at byte by byte.
bool eight_need_care(const char* p) {
  constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  auto has_zero = [&](std::uint64_t x) { return (x - ones) & ~x & highs; };
  std::uint64_t below_space = (word - ones * 0x20) & ~word & highs;
  return (below_space | has_zero(word ^ (ones * '"')) | has_zero(word ^ (ones * '\\')) | (word & highs)) != 0;
}

// nlohmann::json's escaping (ensure_ascii off): the short escapes, \u00XX
// for other control characters, everything else as it is.
void append_string(std::string_view text, std::string& out) {
  const std::size_t start = out.size();
  out += '"';
  std::size_t run = 0;  // start of the stretch that needs no escaping
  for (std::size_t i = 0; i < text.size(); ++i) {
    while (i + 8 <= text.size() && !eight_need_care(text.data() + i)) i += 8;
    if (i == text.size()) break;
    auto c = static_cast<unsigned char>(text[i]);
    if (!needs_care[c]) continue;
    if (c >= 0x80) {
      // Rare (pseudonymous ids are ASCII): let nlohmann check the UTF-8 and
      // replace what is invalid, exactly as the single-profile output does.
      out.resize(start);
      out += nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      return;
    }
    out.append(text.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += hex_digits[c >> 4];
        out += hex_digits[c & 0xF];
    }
  }
  out.append(text.data() + run, text.size() - run);
  out += '"';
}

// `"key":` in one append (keys are literals, so the size is known at
// compile time): there are dozens of keys in every line.
template <std::size_t N>
void append_key(const char (&key)[N], std::string& out) {
  char text[N + 2];
  text[0] = '"';
  std::memcpy(text + 1, key, N - 1);
  text[N] = '"';
  text[N + 1] = ':';
  out.append(text, N + 2);
}

template <typename Items>
void append_list(const Items& items, std::string& out) {
  out += '[';
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    append_string(items[i], out);
  }
  out += ']';
}

// A source or wording the rule set leaves out is null, as render::to_json writes it.
void append_text_or_null(std::string_view text, std::string& out) {
  if (text.empty()) out += "null";
  else append_string(text, out);
}

// `"title":…,"plain":…,` of a provision item or a step.
void append_wording(std::string_view title, std::string_view plain, std::string& out) {
  append_key("title", out);
  append_text_or_null(title, out);
  out += ',';
  append_key("plain", out);
  append_text_or_null(plain, out);
  out += ',';
}


void append_bool(bool value, std::string& out) { out += value ? "true" : "false"; }

// As Date::iso() writes it, without formatting through fmt into a
// temporary string for every date of every pupil.
void append_date(const Date& date, std::string& out) {
  int year = date.year(), month = date.month(), day = date.day();
  if (year < 0 || year > 9999) {
    out += '"';
    out += date.iso();
    out += '"';
    return;
  }
  char text[12] = {'"',
                   static_cast<char>('0' + year / 1000), static_cast<char>('0' + year / 100 % 10),
                   static_cast<char>('0' + year / 10 % 10), static_cast<char>('0' + year % 10), '-',
                   static_cast<char>('0' + month / 10), static_cast<char>('0' + month % 10), '-',
                   static_cast<char>('0' + day / 10), static_cast<char>('0' + day % 10), '"'};
  out.append(text, sizeof text);
}

// Each array of objects: '[' then items separated by ',' then ']'.
template <typename Items, typename Item>
void append_objects(const Items& items, std::string& out, Item item) {
  out += '[';
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    out += '{';
    item(items[i]);
    out += '}';
  }
  out += ']';
}

void append_assumptions(const eval::List<eval::Assumption>& assumes, std::string& out) {
  append_objects(assumes, out, [&](const eval::Assumption& a) {
    append_key("parameter", out);
    append_string(a.parameter, out);
    out += ',';
    append_key("value", out);
    append_string(a.value, out);
  });
}

}  // namespace

void append_json_line(const eval::Result& result, std::string& out, bool wording) {
  out += "{\"apdr\":1,";
  append_key("profile", out);
  append_string(result.profile, out);
  out += ',';
  append_key("as_of", out);
  append_date(result.as_of, out);
  out += ",\"rule_set\":{";
  append_key("id", out);
  append_string(result.rule_set, out);
  out += ',';
  append_key("chain", out);
  append_list(result.chain, out);
  if (!result.status.empty() && result.status != "in-force") {
    out += ',';
    append_key("status", out);
    append_string(result.status, out);
  }
  out += "},";

  append_key("levels", out);
  append_objects(result.levels, out, [&](const eval::LevelResult& level) {
    append_key("area", out);
    append_string(area_id(level.area), out);
    out += ',';
    append_key("level", out);
    append_string(level.level, out);
    out += ',';
    append_key("national", out);
    append_string(level.national, out);
    out += ',';
    append_key("by", out);
    append_list(level.by, out);
  });
  out += ',';

  append_key("provision", out);
  append_objects(result.provision, out, [&](const eval::ProvisionResult& p) {
    append_key("id", out);
    append_string(p.id, out);
    out += ',';
    append_key("area", out);
    append_string(p.area, out);
    out += ',';
    append_key("level", out);
    append_string(p.level, out);
    out += ',';
    if (wording) append_wording(p.title, p.plain, out);
    append_key("in_place", out);
    if (p.in_place) {
      append_bool(*p.in_place, out);
    } else {
      out += "null";
    }
    out += ',';
    append_key("by", out);
    append_list(p.by, out);
    out += ',';
    append_key("kind", out);
    append_string(kind_id(p.kind), out);
    out += ',';
    append_key("source", out);
    append_text_or_null(p.source, out);
  });
  out += ',';

  append_key("gaps", out);
  append_list(result.gaps, out);
  out += ',';

  append_key("escalations", out);
  append_objects(result.escalations, out, [&](const eval::EscalationResult& e) {
    append_key("step", out);
    append_string(e.step, out);
    out += ',';
    if (wording) append_wording(e.title, e.plain, out);
    append_key("due", out);
    if (e.due) append_date(*e.due, out);
    else out += "null";
    out += ',';
    append_key("overdue", out);
    append_bool(e.overdue, out);
    out += ',';
    append_key("provisional", out);
    append_bool(e.provisional, out);
    out += ',';
    append_key("assumes", out);
    append_assumptions(e.assumes, out);
    out += ',';
    append_key("deadlines", out);
    append_objects(e.deadlines, out, [&](const eval::Deadline& d) {
      append_key("due", out);
      if (d.due) append_date(*d.due, out);
      else out += "null";
      out += ',';
      append_key("kind", out);
      append_string(kind_id(d.kind), out);
      out += ',';
      append_key("by", out);
      append_list(d.by, out);
      out += ',';
      append_key("overdue", out);
      append_bool(d.overdue, out);
      out += ',';
      append_key("provisional", out);
      append_bool(d.provisional, out);
      out += ',';
      append_key("assumes", out);
      append_assumptions(d.assumes, out);
    });
    out += ',';
    append_key("missing", out);
    append_list(e.missing, out);
    out += ',';
    append_key("by", out);
    append_list(e.by, out);
    out += ',';
    append_key("kind", out);
    append_string(kind_id(e.kind), out);
    out += ',';
    append_key("because", out);
    append_list(e.because, out);
    out += ',';
    append_key("source", out);
    append_text_or_null(e.source, out);
  });
  out += ',';

  append_key("information", out);
  append_objects(result.information, out, [&](const eval::InformationResult& i) {
    append_key("id", out);
    append_string(i.id, out);
    out += ',';
    if (wording) {
      append_key("title", out);
      append_text_or_null(i.title, out);
      out += ',';
      append_key("text", out);
      append_text_or_null(i.text, out);
      out += ',';
      append_key("plain", out);
      append_text_or_null(i.plain, out);
      out += ',';
    }
    append_key("by", out);
    append_list(i.by, out);
    out += ',';
    append_key("kind", out);
    append_string(kind_id(i.kind), out);
    out += ',';
    append_key("source", out);
    append_text_or_null(i.source, out);
  });
  out += ',';

  append_key("undetermined", out);
  append_objects(result.undetermined, out, [&](const eval::Undetermined& u) {
    append_key("rule", out);
    append_string(u.rule, out);
    out += ',';
    if (u.is_provision) out += "\"item\":\"provision\",";
    append_key("reason", out);
    append_string(u.cannot_compute ? "cannot-compute" : "missing", out);
    out += ',';
    append_key("at", out);
    if (u.cannot_compute) append_string(location_text(u.where), out); else out += "null";
    out += ',';
    append_key("why", out);
    if (u.cannot_compute) append_string(u.why, out); else out += "null";
    out += ',';
    append_key("missing", out);
    append_list(u.missing, out);
    out += ',';
    append_key("questions", out);
    append_list(render::questions_for(result, u.missing), out);
  });
  if (!result.notices.empty()) {
    out += ',';
    append_key("notices", out);
    append_list(render::notice_texts(result), out);
  }
  out += '}';
}

}  // namespace apdr::batch
