#pragma once
// The sources a result lists, worked out once per program: which declared
// source each entry's `source:` names, at which place, and the order they
// are listed in. Per pupil the evaluator only marks the entries that took
// part (evaluate/evaluate.cpp, collect_sources), instead of parsing and
// sorting citations for every pupil, which cost a tenth of an evaluation.
namespace apdr::run {

class Program;

// Fills Program::cited and the per-entry indices into it.
void fill_cited_sources(Program& program);

}  // namespace apdr::run
