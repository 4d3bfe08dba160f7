#pragma once
// The conversation of `apdr ask`: a few questions in everyday words about
// the child's needs, the support tried and any EHC request, then only the
// questions whose answers could change the outcome (the facts the rule
// set's undetermined rules are missing), until none is left.
#include <optional>
#include <set>
#include <string>

#include <apdr/engine.hpp>

#include "ask_profile.hpp"
#include "ask_prompter.hpp"

namespace apdr::cli::ask {

// The opening words: what `ask` is and that "don't know" is always an answer.
void say_welcome(Prompter& prompter);

class Interview {
 public:
  Interview(const Program& program, Prompter& prompter, Date today);

  // Asks everything and returns the profile built from the answers.
  DraftProfile run();

  // Evaluates a draft. On a draft the profile reader refuses (which the
  // readers here should never allow), returns nullopt and fills `diagnostics`.
  std::optional<eval::Result> evaluate_draft(const DraftProfile& draft, SourceStore& sources,
                                             Diagnostics& diagnostics) const;

 private:
  void ask_year_group();
  void ask_needs();
  void ask_level();
  void ask_cycles(Area area);
  void ask_ehc_request();
  void ask_in_place();
  // Asks about each fact that undetermined rules are missing; false when
  // there was nothing new to ask.
  bool ask_missing_facts();
  void ask_fact(const std::string& fact);
  void ask_input(const std::string& name, const std::string& question);
  void ask_cycle_fact(const std::string& fact, const std::string& question);

  const Program& program_;
  Prompter& prompter_;
  Date today_;
  DraftProfile draft_;
  bool on_sen_support_ = true;
  std::set<std::string> asked_;  // facts already asked, answered or not
};

}  // namespace apdr::cli::ask
