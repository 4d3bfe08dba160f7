#pragma once
// The whole public API of the apdr library (docs/embedding.md): build a
// rule set from text, evaluate profiles to the JSON of `apdr eval --format
// json`, and run the interview of `apdr ask`. Stand-alone: the standard
// library only.
#include "apdr/diagnostic.hpp"
#include "apdr/evaluate.hpp"
#include "apdr/interview.hpp"
#include "apdr/program.hpp"

