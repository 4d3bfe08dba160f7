#pragma once
// The plain question that would supply a missing fact, for `undetermined`
// and for `apdr ask`. Wording for people is made here, in render/, not by
// evaluation: a Result names the facts, a renderer asks for them.
#include <string>
#include <string_view>
#include <vector>

#include "check/model.hpp"
#include "evaluate/result.hpp"

namespace apdr::render {

// The question for `fact` ("ehc.decided", "attendance", "cycles(semh).outcome"),
// using an input's declared `question` where there is one (none when
// `model` is null).
std::string question_for(const check::Model* model, std::string_view fact);

// The questions for the facts `missing` of `result`, each once, in order.
std::vector<std::string> questions_for(const eval::Result& result, const eval::Names& missing);

}  // namespace apdr::render
