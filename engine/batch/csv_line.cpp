#include "batch/csv_line.hpp"

#include <algorithm>
#include <cctype>

#include "core/area.hpp"
#include "render/wording.hpp"

namespace apdr::batch {
namespace {

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A cell a spreadsheet opening the file would read as a number and so
// change: `00123` (Excel and LibreOffice show 123), more than 15 digits
// (Excel keeps 15 significant digits), or `12E3` (read as 12000).
bool read_as_number(std::string_view text) {
  if (all_digits(text)) return (text.size() > 1 && text.front() == '0') || text.size() > 15;
  std::size_t e = text.find_first_of("eE");
  return e != std::string_view::npos && all_digits(text.substr(0, e)) && all_digits(text.substr(e + 1));
}

// A cell a spreadsheet would run as a formula: starting with = + - @, or a
// tab or carriage return before one (OWASP, and ASVS 1.2.10).
bool read_as_formula(std::string_view text) {
  return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

std::string_view kind_words(Kind kind) {
  switch (kind) {
    case Kind::statute: return "statute";
    case Kind::guidance: return "statutory guidance";
    case Kind::local_policy: return "local policy";
  }
  return "local policy";
}

void append_cell(std::string_view text, std::string& out) {
  out += ',';
  append_csv_field(text, out);
}

// The step a SENCO acts on first: the earliest known due date (evaluation
// already sorts them so, dated steps first), else the first step.
const eval::EscalationResult* next_step(const eval::Result& result) {
  return result.escalations.empty() ? nullptr : &result.escalations.front();
}

std::string gaps_cell(const eval::Result& result) {
  // Nothing recorded as in place is not the same as nothing in place: no
  // gap is claimed, and the sheet says why the cell holds none.
  if (!result.in_place_recorded && !result.provision.empty()) return "not recorded";
  std::string cell;
  for (const auto& id : result.gaps) {
    auto p = std::find_if(result.provision.begin(), result.provision.end(),
                          [&](const eval::ProvisionResult& item) { return item.id == id; });
    if (!cell.empty()) cell += ';';
    cell += p == result.provision.end() ? id : render::title_or_id(p->title, p->id);
  }
  return cell;
}

// The cells every record of a pupil starts with: the kept ones, then `id`.
void append_pupil_start(const eval::Result& result, const std::vector<std::string>& kept, const CsvLayout& layout,
                        std::string& out) {
  static const std::string empty;
  for (std::size_t i = 0; i < layout.kept_columns.size(); ++i) {
    append_csv_field(i < kept.size() ? kept[i] : empty, out);
    out += ',';
  }
  append_csv_field(result.profile, out);
}

void append_levels(const eval::Result& result, std::string& out) {
  for (Area area : all_areas) {
    auto level = std::find_if(result.levels.begin(), result.levels.end(),
                              [&](const eval::LevelResult& l) { return l.area == area; });
    append_cell(level == result.levels.end() ? std::string() : render::title_or_id(level->level_title, level->level),
                out);
  }
}

void append_step(const eval::EscalationResult* step, std::string& out) {
  if (!step) {
    out += ",,,,,,";
    return;
  }
  append_cell(render::title_or_id(step->title, step->step), out);
  append_cell(step->due ? step->due->iso() : std::string(), out);
  append_cell(kind_words(step->kind), out);
  // With no due date, whether it is overdue is not known, and "no" would
  // claim it is not; provisional is about a date, so it is left empty.
  append_cell(!step->due ? "not known" : step->overdue ? "yes" : "no", out);
  append_cell(!step->due ? "" : step->provisional ? "yes" : "no", out);
  append_cell(step->source, out);
}

}  // namespace

void append_csv_field(std::string_view text, std::string& out) {
  // A leading `'` marks a cell apdr kept as text; a cell that starts with
  // one is marked too, so stripping one `'` always gives the value back.
  bool mark = read_as_formula(text) || read_as_number(text) || (!text.empty() && text.front() == '\'');
  if (!mark && text.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += text;
    return;
  }
  out += '"';
  if (mark) out += '\'';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

std::string csv_header(const CsvLayout& layout) {
  std::string out;
  for (const auto& column : layout.kept_columns) {
    append_csv_field(column, out);
    out += ',';
  }
  out += "id";
  if (layout.rows == CsvRows::steps) {
    for (Area area : all_areas) (out += ",level_") += area_id(area);
    out += ",step,due,kind,overdue,provisional,source,as_of\n";
    return out;
  }
  out += ",next_step,next_step_due,next_step_kind,steps_overdue,gaps";
  for (Area area : all_areas) (out += ",level_") += area_id(area);
  out += ",as_of\n";
  return out;
}

void append_csv_line(const eval::Result& result, const std::vector<std::string>& kept, const CsvLayout& layout,
                     std::string& out) {
  if (layout.rows == CsvRows::steps) {
    // One record per step; a pupil with none still has one, its step
    // columns empty, so every pupil evaluated is in the sheet.
    std::size_t records = std::max<std::size_t>(1, result.escalations.size());
    for (std::size_t i = 0; i < records; ++i) {
      append_pupil_start(result, kept, layout, out);
      append_levels(result, out);
      append_step(i < result.escalations.size() ? &result.escalations[i] : nullptr, out);
      append_cell(result.as_of.iso(), out);
      out += '\n';
    }
    return;
  }
  append_pupil_start(result, kept, layout, out);
  const eval::EscalationResult* next = next_step(result);
  append_cell(next ? render::title_or_id(next->title, next->step) : std::string(), out);
  append_cell(next && next->due ? next->due->iso() : std::string(), out);
  append_cell(next ? kind_words(next->kind) : std::string_view(), out);
  auto overdue = std::count_if(result.escalations.begin(), result.escalations.end(),
                               [](const eval::EscalationResult& e) { return e.overdue; });
  append_cell(std::to_string(overdue), out);
  append_cell(gaps_cell(result), out);
  append_levels(result, out);
  append_cell(result.as_of.iso(), out);
  out += '\n';
}

}  // namespace apdr::batch
