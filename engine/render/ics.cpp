#include "render/ics.hpp"

#include <fmt/format.h>

#include "render/family_report.hpp"
#include "render/wording.hpp"

namespace apdr::render {

namespace {

std::string ics_date(Date date) { return fmt::format("{:04}{:02}{:02}", date.year(), date.month(), date.day()); }

// A UID is a label, not data to show: profile ids are any text, so every
// byte outside [A-Za-z0-9-] becomes its hex value, which keeps the UID
// stable, unique for distinct ids, and free of characters to escape.
std::string uid_part(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
      out += static_cast<char>(c);
    } else {
      out += fmt::format("_{:02x}", static_cast<unsigned>(c));
    }
  }
  return out;
}

}  // namespace

std::string ics_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default:
        // Other control characters are not allowed in TEXT (RFC 5545 3.3.11).
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
          out += ' ';
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string ics_fold(std::string_view line) {
  std::string out;
  std::size_t limit = 75;  // octets on the first line; 74 after the leading space of a continuation
  while (line.size() > limit) {
    std::size_t cut = limit;
    // Back off to the start of a UTF-8 character (not a 10xxxxxx byte).
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out += line.substr(0, cut);
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = 74;
  }
  out += line;
  out += "\r\n";
  return out;
}

std::string render_ics(const eval::Result& result) {
  std::string out;
  auto put = [&out](std::string_view line) { out += ics_fold(line); };
  put("BEGIN:VCALENDAR");
  put("VERSION:2.0");
  put("PRODID:-//apdr//apdr report//EN");
  put("CALSCALE:GREGORIAN");
  put("METHOD:PUBLISH");
  put("X-WR-CALNAME:" + ics_escape(fmt::format("Support dates for {}", result.profile)));
  const std::string stamp = ics_date(result.as_of) + "T000000Z";
  for (const auto& e : result.escalations) {
    FamilyLink source = family_source(result, e.source);
    std::string title(e.title.empty() ? std::string_view("A next step") : e.title);
    for (const auto& deadline : e.deadlines) {
      if (!deadline.due) continue;
      std::string summary = title;
      // A step dated by more than one kind of rule says which date this is.
      if (e.deadlines.size() > 1) summary += fmt::format(" ({} date)", family_kind(deadline.kind));
      if (deadline.overdue) summary = "OVERDUE: " + summary;
      std::string description = fmt::format("Kind: {}.", family_kind(deadline.kind));
      if (!source.label.empty()) {
        description += "\nSource: " + source.label + (source.url.empty() ? "" : " " + source.url) + ".";
      }
      if (!e.plain.empty()) description += fmt::format("\n{}", e.plain);
      if (deadline.overdue) description += "\nThis date had passed on " + long_date(result.as_of) + ".";
      put("BEGIN:VEVENT");
      put(fmt::format("UID:{}-{}-{}@apdr", uid_part(result.profile), uid_part(e.step), kind_id(deadline.kind)));
      put("DTSTAMP:" + stamp);
      put("DTSTART;VALUE=DATE:" + ics_date(*deadline.due));
      put("DTEND;VALUE=DATE:" + ics_date(deadline.due->add_days(1)));
      put("SUMMARY:" + ics_escape(summary));
      put("DESCRIPTION:" + ics_escape(description));
      put("TRANSP:TRANSPARENT");
      put("END:VEVENT");
    }
  }
  put("END:VCALENDAR");
  return out;
}

}  // namespace apdr::render
