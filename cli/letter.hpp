#pragma once
// `apdr letter request-assessment [--rules FILE] [--as-of DATE] [-o FILE]
// [--format text|markdown|html] PROFILE`: a dated letter from a family to the
// local authority asking for an EHC needs assessment under CFA 2014 s36,
// with the date the authority must decide by (SEND Regulations 2014 reg 5)
// worked out by the engine, as `apdr eval` would for a request made that day.
#include <optional>
#include <string>

#include <CLI/CLI.hpp>
#include <apdr/engine.hpp>

#include "render/letter.hpp"

namespace apdr::cli {

struct LetterOptions {
  std::string kind;     // the letter: "request-assessment"
  std::string rules;    // a rule set path, "-", or "apdr:NAME"; default apdr:national
  std::string as_of;    // the letter's date, YYYY-MM-DD; empty = today
  std::string format = "text";
  std::string output;   // a file written atomically; empty = standard output
  std::string profile;  // a path, or "-" for standard input
};

CLI::App* add_letter_command(CLI::App& app, LetterOptions& options);

int run_letter(const LetterOptions& options);

// What the letter says, from a profile, for a letter dated `date`: the
// engine evaluates the profile as if the request were made that day, so the
// reply-by date is the one `apdr eval` gives. nullopt, with an error in
// `diagnostics`, when the profile already records a plan or the rule set
// dates no decision on a request.
std::optional<render::LetterFacts> letter_facts(const Program& program, const profile::Profile& profile, Date date,
                                                Diagnostics& diagnostics);

}  // namespace apdr::cli
