#pragma once
// Dates given on the command line (--as-of). A bad one is a located-nowhere
// E090 diagnostic, so it prints like every other error.
#include <optional>
#include <string_view>

#include "core/date.hpp"
#include "core/diagnostic.hpp"

namespace apdr::cli {

// Reads `text` as YYYY-MM-DD. On failure adds an E090 error naming `flag`
// ("--as-of: 2026-02-30 is not a real date") and returns nullopt.
std::optional<Date> parse_date_argument(std::string_view flag, std::string_view text,
                                        Diagnostics& diagnostics);

// The same for an option that may be left out: an empty `text` leaves `date`
// empty. Returns false, with the E090 added, when `text` is not a date.
bool optional_date_argument(std::string_view flag, std::string_view text, std::optional<Date>& date,
                            Diagnostics& diagnostics);

}  // namespace apdr::cli
