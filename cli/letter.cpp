#include "letter.hpp"

#include <algorithm>
#include <iostream>

#include <fmt/format.h>

#include "date_argument.hpp"
#include "evaluate_profile.hpp"
#include "exit_code.hpp"
#include "print_diagnostics.hpp"
#include "write_output.hpp"

namespace apdr::cli {

namespace {

// The national rules' step for the decision whether to assess (reg 5(1)),
// and the information item that says the right is the young person's.
constexpr std::string_view decision_step = "decide-whether-to-assess";
constexpr std::string_view young_person_item = "young-person-own-right";

std::string outcome_id(profile::Outcome outcome) {
  switch (outcome) {
    case profile::Outcome::met: return "met";
    case profile::Outcome::partly_met: return "partly_met";
    case profile::Outcome::not_met: return "not_met";
  }
  return "not_met";
}

}  // namespace

CLI::App* add_letter_command(CLI::App& app, LetterOptions& options) {
  options.rules = default_rules;
  CLI::App* letter = app.add_subcommand(
      "letter", "Write a letter for a family: request-assessment asks the local authority for an EHC needs assessment");
  letter->add_option("LETTER", options.kind, "The letter to write: request-assessment")
      ->required()
      ->check(CLI::IsMember({"request-assessment"}));
  letter->add_option("--rules", options.rules, "Rule set file, - for standard input, or apdr:NAME for an embedded one")
      ->capture_default_str();
  letter->add_option("--as-of", options.as_of, "The letter's date, YYYY-MM-DD (default: today)");
  letter->add_option("--format", options.format, "Output format")
      ->check(CLI::IsMember({"text", "markdown", "html"}))
      ->capture_default_str();
  letter->add_option("-o,--output", options.output, "Write the letter to this file instead of standard output");
  letter->add_option("PROFILE", options.profile, "Profile file (YAML or JSON), or - for standard input")->required();
  return letter;
}

std::optional<render::LetterFacts> letter_facts(const Program& program, const profile::Profile& profile, Date date,
                                                Diagnostics& diagnostics) {
  bool plan = profile.ehc.plan_issued.has_value() ||
              std::any_of(profile.needs.begin(), profile.needs.end(),
                          [](const profile::Need& n) { return n.level && *n.level == "ehc_plan"; });
  if (plan) {
    diagnostics.error(Code::BadArgument, {},
                      "the profile records an EHC plan: request-assessment is the letter for a child without one");
    return std::nullopt;
  }
  // The request as the engine sees it once the letter is sent: made on the
  // letter's date, nothing decided yet.
  profile::Profile request = profile;
  request.ehc = profile::Ehc{};
  request.ehc.requested = date;
  request.ehc.requested_by = profile::RequestedBy::parent;
  eval::Result result = evaluate(program, request, date, date);
  bool young_person = std::any_of(result.information.begin(), result.information.end(),
                                  [](const eval::InformationResult& i) { return i.id == young_person_item; });
  if (young_person) {
    request.ehc.requested_by = profile::RequestedBy::young_person;
    result = evaluate(program, request, date, date);
  }
  std::optional<Date> reply_by;
  for (const auto& e : result.escalations) {
    if (e.step != decision_step) continue;
    for (const auto& d : e.deadlines) {
      if (d.kind == Kind::statute && d.due) reply_by = d.due;
    }
  }
  if (!reply_by) {
    diagnostics.error(Code::BadArgument, {},
                      fmt::format("the rule set gives no statutory date for the step `{}`, so the letter cannot "
                                  "say when the local authority must reply",
                                  decision_step));
    return std::nullopt;
  }
  render::LetterFacts facts;
  facts.date = date;
  facts.reply_by = *reply_by;
  facts.young_person = young_person;
  facts.year_group = profile.pupil.year_group;
  for (const auto& need : profile.needs) {
    render::LetterArea area;
    area.area = need.area;
    for (const auto& cycle : profile.cycles) {
      if (cycle.area != need.area) continue;
      ++area.rounds;
      if (cycle.outcome) area.last_outcome = outcome_id(*cycle.outcome);
      if (!cycle.advice_from.empty()) area.specialist_advice = true;
    }
    facts.areas.push_back(area);
  }
  std::sort(facts.areas.begin(), facts.areas.end(),
            [](const render::LetterArea& a, const render::LetterArea& b) { return a.area < b.area; });
  for (const auto& gap : result.gaps) {
    for (const auto& p : result.provision) {
      if (p.id == gap && !p.title.empty()) facts.not_in_place.emplace_back(p.title);
    }
  }
  return facts;
}

int run_letter(const LetterOptions& options) {
  const std::vector<std::string> inputs = {options.profile, options.rules};
  if (int refused = refuse_output(options.output, inputs); refused != exit_ok) return refused;
  SourceStore sources;
  Diagnostics diagnostics;
  Date date = local_today();
  if (!options.as_of.empty()) {
    auto parsed = parse_date_argument("--as-of", options.as_of, diagnostics);
    if (!parsed) {
      print_diagnostics(diagnostics, sources);
      return exit_invalid_input;
    }
    date = *parsed;
  }
  auto prepared = prepare_evaluation(options.rules, options.profile, "");
  if (!prepared) return exit_invalid_input;
  auto facts = letter_facts(*prepared->program, prepared->profile, date, diagnostics);
  if (!facts) {
    print_diagnostics(diagnostics, sources);
    return exit_invalid_input;
  }
  render::LetterFormat format = options.format == "markdown" ? render::LetterFormat::markdown
                                : options.format == "html"   ? render::LetterFormat::html
                                                             : render::LetterFormat::text;
  return write_document(options.output, render::render_letter(*facts, format), "the letter", inputs);
}

}  // namespace apdr::cli
