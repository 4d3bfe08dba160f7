// W013–W015: family-facing wording. `apdr ask` and `apdr report` show a
// parent carer the `plain` text of provision, steps and information (and of
// levels, inputs and rules where given), with no one beside them to explain
// it. So each of those entries needs `plain` wording, in sentences a reader
// can hold in one go, with every acronym spelled out where it is used.
#include <sstream>

#include <fmt/format.h>

#include "check/lint_context.hpp"
#include "check/lint_wording.hpp"

namespace apdr::check::lint_pass {
namespace {

// The first words of a sentence, to say which one is meant.
std::string opening(const std::string& sentence) {
  std::istringstream in(sentence);
  std::string word, out;
  for (int n = 0; in >> word; ++n) {
    if (n == 6) return out + " …";
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

void check_wording(const Context& context, const syntax::Scalar& plain, const std::string& what,
                   const std::string& id) {
  for (const auto& acronym : unexplained_acronyms(plain.value)) {
    std::vector<std::string> notes;
    if (auto words = spelled_out(acronym)) {
      notes.push_back(fmt::format("spell it out where it is first used: \"{}\"", *words));
    } else {
      notes.push_back(fmt::format("spell it out where it is first used, with the acronym in brackets: "
                                  "\"words ({})\"; or use the words alone",
                                  acronym));
    }
    context.diag.warning(Code::UnexplainedAcronym, plain.where,
                         fmt::format("the plain wording of {} `{}` uses `{}` without saying what it stands for",
                                     what, id, acronym),
                         std::move(notes));
  }
  for (const auto& sentence : sentences(plain.value)) {
    std::size_t words = word_count(sentence);
    if (words < long_sentence_words) continue;
    context.diag.warning(Code::LongSentence, plain.where,
                         fmt::format("the plain wording of {} `{}` has a sentence of {} words (\"{}\")", what, id,
                                     words, opening(sentence)),
                         {fmt::format("split it: a family should meet sentences of fewer than {} words",
                                      long_sentence_words)});
  }
}

// Provision, steps and information are what a family is told it should get
// or can do: each needs plain wording.
template <typename Entries>
void check_entries(const Context& context, const Entries& entries, const std::string& what) {
  for (const auto& entry : entries) {
    bool blank = !entry.plain || entry.plain->value.find_first_not_of(" \n\t") == std::string::npos;
    if (blank) {
      context.diag.warning(Code::MissingPlain, entry.id.where,
                           fmt::format("{} `{}` has no `plain` wording for families", what, entry.id.value),
                           {"add `plain:` with one or two short sentences a parent carer would understand"});
      continue;
    }
    check_wording(context, *entry.plain, what, entry.id.value);
  }
}

}  // namespace

void plain_words(const Context& context) {
  for (std::size_t index : context.linted_sets) {
    const syntax::RuleSet& set = context.model.chain.sets[index];
    check_entries(context, set.provision, "provision item");
    check_entries(context, set.steps, "step");
    check_entries(context, set.information, "information item");
    for (const auto& rule : set.rules) {
      if (rule.plain) check_wording(context, *rule.plain, "rule", rule.id.value);
    }
    for (const auto& level : set.levels) {
      if (level.plain) check_wording(context, *level.plain, "level", level.id.value);
    }
    for (const auto& input : set.inputs) {
      if (input.plain) check_wording(context, *input.plain, "input", input.name.value);
    }
  }
}

}  // namespace apdr::check::lint_pass
