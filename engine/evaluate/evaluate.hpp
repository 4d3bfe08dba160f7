#pragma once
// The evaluate stage: one profile against a compiled program, following the
// six steps of DESIGN.md's Evaluation section.
#include <memory>

#include "compile/program.hpp"
#include "evaluate/observer.hpp"
#include "evaluate/result.hpp"

namespace apdr::eval {

// Evaluates pupil after pupil against one program, keeping its working
// state (the facts, the interpreter's frame, the per-step builders) between
// them, so that once warm an evaluation into a reused Result allocates
// nothing. One Evaluator per thread; the program is shared, read-only, and
// must outlive the Evaluator.
class Evaluator {
 public:
  explicit Evaluator(const run::Program& program);
  ~Evaluator();
  Evaluator(const Evaluator&) = delete;
  Evaluator& operator=(const Evaluator&) = delete;

  // Evaluates `profile` as on `today` into `out` (cleared first). The
  // profile must have been validated against program.schema and need not
  // outlive the call. With an observer, the conditions it asks for are
  // traced and it hears which rules fire (see observer.hpp); the result is
  // the same either way.
  void evaluate(const profile::Profile& profile, Date today, Result& out, Observer* observer = nullptr);

 private:
  class State;
  std::unique_ptr<State> state_;
};

// One evaluation with a fresh Evaluator: for a single pupil, or where reuse
// does not matter.
Result evaluate(const run::Program& program, const profile::Profile& profile, Date today,
                Observer* observer = nullptr);

}  // namespace apdr::eval
