#pragma once
// The conversation of `apdr ask` at the terminal: the library's interview
// (engine/ask/interview.hpp) decides which question comes next and what
// each answer means; this asks them one at a time with the Prompter.
#include <optional>
#include <string>

#include <apdr/engine.hpp>

#include "ask/draft_profile.hpp"
#include "ask/interview.hpp"
#include "ask_prompter.hpp"

namespace apdr::cli::ask {

// The opening words: what `ask` is and that "don't know" is always an answer.
void say_welcome(Prompter& prompter);

class Interview {
 public:
  Interview(const Program& program, Prompter& prompter, Date today)
      : program_(program), prompter_(prompter), questions_(program, today) {}

  // Asks everything and returns the profile built from the answers.
  DraftProfile run();

  // Evaluates a draft. On a draft the profile reader refuses (which the
  // readers here should never allow), returns nullopt and fills `diagnostics`.
  std::optional<eval::Result> evaluate_draft(const DraftProfile& draft, SourceStore& sources,
                                             Diagnostics& diagnostics) const {
    return apdr::ask::evaluate_draft(program_, draft, sources, diagnostics);
  }

 private:
  void say_notes();

  const Program& program_;
  Prompter& prompter_;
  apdr::ask::Interview questions_;
};

}  // namespace apdr::cli::ask
