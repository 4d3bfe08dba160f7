#include "batch/json_line.hpp"

#include <nlohmann/json.hpp>

namespace apdr::batch {
namespace {

constexpr char hex_digits[] = "0123456789abcdef";

// nlohmann::json's escaping (ensure_ascii off): the short escapes, \u00XX
// for other control characters, everything else as it is.
void append_string(std::string_view text, std::string& out) {
  const std::size_t start = out.size();
  out += '"';
  std::size_t run = 0;  // start of the stretch that needs no escaping
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) continue;
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

void append_key(std::string_view key, std::string& out) {
  out += '"';
  out += key;
  out += "\":";
}

void append_list(const std::vector<std::string>& items, std::string& out) {
  out += '[';
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    append_string(items[i], out);
  }
  out += ']';
}

void append_source(const std::string& source, std::string& out) {
  if (source.empty()) out += "null";
  else append_string(source, out);
}

void append_bool(bool value, std::string& out) { out += value ? "true" : "false"; }

void append_date(const Date& date, std::string& out) {
  out += '"';
  out += date.iso();
  out += '"';
}

// Each array of objects: '[' then items separated by ',' then ']'.
template <typename T, typename Item>
void append_objects(const std::vector<T>& items, std::string& out, Item item) {
  out += '[';
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    out += '{';
    item(items[i]);
    out += '}';
  }
  out += ']';
}

}  // namespace

void append_json_line(const eval::Result& result, std::string& out) {
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
    append_key("in_place", out);
    append_bool(p.in_place, out);
    out += ',';
    append_key("by", out);
    append_list(p.by, out);
    out += ',';
    append_key("kind", out);
    append_string(kind_id(p.kind), out);
    out += ',';
    append_key("source", out);
    append_source(p.source, out);
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
    append_key("due", out);
    if (e.due) append_date(*e.due, out);
    else out += "null";
    out += ',';
    append_key("overdue", out);
    append_bool(e.overdue, out);
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
    append_source(e.source, out);
  });
  out += ',';

  append_key("information", out);
  append_objects(result.information, out, [&](const eval::InformationResult& i) {
    append_key("id", out);
    append_string(i.id, out);
    out += ',';
    append_key("by", out);
    append_list(i.by, out);
    out += ',';
    append_key("kind", out);
    append_string(kind_id(i.kind), out);
    out += ',';
    append_key("source", out);
    append_source(i.source, out);
  });
  out += ',';

  append_key("undetermined", out);
  append_objects(result.undetermined, out, [&](const eval::Undetermined& u) {
    append_key("rule", out);
    append_string(u.rule, out);
    out += ',';
    if (u.is_provision) out += "\"item\":\"provision\",";
    append_key("missing", out);
    append_list(u.missing, out);
    out += ',';
    append_key("questions", out);
    append_list(u.questions, out);
  });
  if (!result.notices.empty()) {
    out += ',';
    append_key("notices", out);
    append_list(result.notices, out);
  }
  out += '}';
}

}  // namespace apdr::batch
