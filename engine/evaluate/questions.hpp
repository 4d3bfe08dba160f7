#pragma once
// The plain question that would supply a missing fact, for `undetermined`
// and for `apdr ask`.
#include <string>

#include "check/model.hpp"

namespace apdr::eval {

// The question for `fact` ("ehc.decided", "attendance", "cycles(semh).outcome"),
// using an input's declared `question` where there is one.
std::string question_for(const check::Model& model, const std::string& fact);

}  // namespace apdr::eval
