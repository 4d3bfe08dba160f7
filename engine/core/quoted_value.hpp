#pragma once
// How messages quote text from a user's file, which may be about a child:
// no more of it than they must.
#include <string>
#include <string_view>

namespace apdr {

// The offending text as messages quote it: cut to 40 bytes with "…", control
// characters shown as `?`.
std::string quoted_value(std::string_view text);

}  // namespace apdr
