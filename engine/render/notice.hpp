#pragma once
// The words of a Result's notices, the same for every renderer: a
// Result records what a notice is about (evaluate/result.hpp), and here it
// is said to people.
#include <string>
#include <vector>

#include "evaluate/result.hpp"

namespace apdr::render {

// "`x` is a proposal, not law: nothing in it is in force.", and so on.
std::string notice_text(const eval::Notice& notice);

// Every notice of `result`, worded, in order.
std::vector<std::string> notice_texts(const eval::Result& result);

}  // namespace apdr::render
