#include "explain.hpp"

#include <iostream>

#include <apdr/engine.hpp>
#include <apdr/explain.hpp>

#include "evaluate_profile.hpp"
#include "exit_code.hpp"
#include "render/json.hpp"

namespace apdr::cli {

CLI::App* add_explain_command(CLI::App& app, ExplainOptions& options) {
  options.rules = default_rules;
  CLI::App* explain = app.add_subcommand("explain", "Explain why a rule fired, did not, or could not be decided");
  explain->add_option("--rules", options.rules,
                      "Rule set file, - for standard input, or apdr:NAME for an embedded one")
      ->capture_default_str();
  explain->add_option("--rule", options.ids, "Id of the rule (or provision item) to explain; may be repeated")
      ->required()
      ->allow_extra_args(false);
  explain->add_option("--as-of", options.as_of,
                      "Evaluation date YYYY-MM-DD (default: the profile's as_of, else today)");
  explain->add_option("--format", options.format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  explain->add_option("PROFILE", options.profile, "Profile file (YAML or JSON), or - for standard input")
      ->required();
  return explain;
}

int run_explain(const ExplainOptions& options) {
  auto prepared = prepare_evaluation(options.rules, options.profile, options.as_of,
                                     [&](const Program& program, Diagnostics& diagnostics) {
                                       return check_explain_ids(program, options.ids, diagnostics);
                                     });
  if (!prepared) return exit_invalid_input;
  auto explained = explain_profile(*prepared->program, prepared->profile, options.ids, prepared->as_of, local_today());
  const eval::Result& result = explained.result;

  if (options.format == "json") {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    out["apdr"] = 1;
    out["profile"] = result.profile;
    out["as_of"] = result.as_of.iso();
    out["rule_set"] = {{"id", result.rule_set}, {"chain", result.chain}};
    out["explain"] = nlohmann::ordered_json::array();
    for (const auto& e : explained.explanations) out["explain"].push_back(explanation_json(e));
    std::cout << render::dump(out);
  } else {
    std::cout << "Explanation for " << result.profile << " as of " << result.as_of.iso() << ", rule set "
              << result.rule_set << "\n";
    for (const auto& e : explained.explanations) std::cout << '\n' << explanation_text(e);
  }
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "error: could not write the explanation to standard output\n";
    return exit_internal_error;
  }
  return exit_ok;
}

}  // namespace apdr::cli
