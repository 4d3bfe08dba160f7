#include "batch/csv_line.hpp"

#include <algorithm>

namespace apdr::batch {
namespace {

// RFC 4180: quote a field holding a comma, quote or line break, doubling
// its quotes. A cell a spreadsheet would run as a formula (starting with
// = + - @, or a tab or carriage return before one) is neutralised with a
// leading `'`, as OWASP advises: a pupil's id must not be a formula.
void append_field(std::string_view text, std::string& out) {
  bool formula = !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
  if (!formula && text.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += text;
    return;
  }
  out += '"';
  if (formula) out += '\'';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

// A `;`-joined list built first, then quoted as one field.
template <typename T, typename Part>
void append_joined(const std::vector<T>& items, std::string& out, Part part) {
  std::string field;
  for (const auto& item : items) {
    std::size_t before = field.size();
    if (before) field += ';';
    if (!part(item, field) && before) field.pop_back();
  }
  out += ',';
  append_field(field, out);
}

}  // namespace

const std::string& csv_header() {
  static const std::string header =
      "profile,as_of,levels,provision,gaps,escalations,overdue,information,undetermined,missing\n";
  return header;
}

void append_csv_line(const eval::Result& result, std::string& out) {
  append_field(result.profile, out);
  out += ',';
  out += result.as_of.iso();
  append_joined(result.levels, out, [](const eval::LevelResult& l, std::string& f) {
    f += area_id(l.area);
    f += '=';
    f += l.level;
    return true;
  });
  append_joined(result.provision, out, [](const eval::ProvisionResult& p, std::string& f) {
    f += p.id;
    return true;
  });
  append_joined(result.gaps, out, [](const std::string& g, std::string& f) {
    f += g;
    return true;
  });
  append_joined(result.escalations, out, [](const eval::EscalationResult& e, std::string& f) {
    f += e.step;
    f += '@';
    if (e.due) f += e.due->iso();
    return true;
  });
  append_joined(result.escalations, out, [](const eval::EscalationResult& e, std::string& f) {
    if (!e.overdue) return false;
    f += e.step;
    return true;
  });
  append_joined(result.information, out, [](const eval::InformationResult& i, std::string& f) {
    f += i.id;
    return true;
  });
  append_joined(result.undetermined, out, [](const eval::Undetermined& u, std::string& f) {
    f += u.rule;
    return true;
  });
  // Every fact some undetermined rule lacks, once each, first seen first.
  std::vector<std::string_view> missing;
  for (const auto& u : result.undetermined) {
    for (const auto& fact : u.missing) {
      if (std::find(missing.begin(), missing.end(), fact) == missing.end()) missing.push_back(fact);
    }
  }
  append_joined(missing, out, [](std::string_view fact, std::string& f) {
    f += fact;
    return true;
  });
  out += '\n';
}

}  // namespace apdr::batch
