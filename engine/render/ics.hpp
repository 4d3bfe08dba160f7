#pragma once
// The dated next steps as an iCalendar file (RFC 5545), for `apdr report
// --format ics`: one all-day event per date a step has (a step the law and
// the Code both date has two), so a family can put the deadlines in the
// calendar on their phone.
#include <string>
#include <string_view>

#include "evaluate/result.hpp"

namespace apdr::render {

// The whole VCALENDAR, CRLF line endings, lines folded at 75 octets. The
// same result gives the same bytes: UIDs come from the profile id, the step
// and the kind, and DTSTAMP is the evaluation date at midnight UTC.
std::string render_ics(const eval::Result& result);

// RFC 5545 3.3.11 TEXT: backslash, semicolon and comma escaped, a line
// break written as \n.
std::string ics_escape(std::string_view text);

// RFC 5545 3.1: `line` (one content line, without CRLF) folded so no line
// is longer than 75 octets, never inside a UTF-8 character; each line ends
// with CRLF.
std::string ics_fold(std::string_view line);

}  // namespace apdr::render
