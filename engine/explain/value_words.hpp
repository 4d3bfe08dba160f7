#pragma once
// Runtime values as a reader says them: "yes", "not known", "sen_support",
// "6 weeks", "3 cycles".
#include <string>

#include "check/model.hpp"
#include "compile/value.hpp"

namespace apdr::explain {

std::string value_words(const run::Value& value, const check::Model& model);

// "social, emotional and mental health": an area as words in a sentence.
std::string area_words(Area area);

// "cycle started 2026-01-12" for a cycle, "need in semh" for a need.
std::string record_words(const run::Value& value);

}  // namespace apdr::explain
