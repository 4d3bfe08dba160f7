#include "eval.hpp"

#include <iostream>

#include <apdr/engine.hpp>
#include <apdr/explain.hpp>

#include "evaluate_profile.hpp"
#include "exit_code.hpp"
#include "write_output.hpp"
#include "print_diagnostics.hpp"
#include "render/json.hpp"
#include "render/renderer.hpp"
#include "terminal.hpp"

namespace apdr::cli {

CLI::App* add_eval_command(CLI::App& app, EvalOptions& options) {
  options.rules = default_rules;
  CLI::App* eval = app.add_subcommand("eval", "Evaluate a pupil's profile against a rule set");
  eval->add_option("--rules", options.rules,
                   "Rule set file, - for standard input, or apdr:NAME for an embedded one")
      ->capture_default_str();
  eval->add_option("--as-of", options.as_of,
                   "Evaluation date YYYY-MM-DD (default: the profile's as_of, else today)");
  eval->add_option("--format", options.format, "Output format")
      ->check(CLI::IsMember({"text", "json", "markdown", "html"}))
      ->capture_default_str();
  eval->add_flag("--compact", options.compact,
                 "JSON without the wording for people (titles, plain words): ids, kinds and dates only");
  eval->add_flag("--explain", options.explain,
                 "Also explain why each rule fired or did not (text and json formats)");
  eval->add_option("PROFILE", options.profile, "Profile file (YAML or JSON), or - for standard input")
      ->required();
  return eval;
}

int run_eval(const EvalOptions& options) {
  auto format = render::parse_format(options.format);
  if (!format) {  // CLI11 already refuses other names; this guards a future flag
    SourceStore sources;
    Diagnostics diagnostics;
    diagnostics.error(Code::BadArgument, {}, "--format: unknown format " + options.format);
    print_diagnostics(diagnostics, sources);
    return exit_invalid_input;
  }
  if (options.explain && *format != render::Format::text && *format != render::Format::json) {
    SourceStore sources;
    Diagnostics diagnostics;
    diagnostics.error(Code::BadArgument, {}, "--explain works with --format text or json, not " + options.format,
                      {"the reports in Markdown and HTML are for families; use apdr explain for one rule"});
    print_diagnostics(diagnostics, sources);
    return exit_invalid_input;
  }
  if (options.compact && *format != render::Format::json) {
    SourceStore sources;
    Diagnostics diagnostics;
    diagnostics.error(Code::BadArgument, {}, "--compact works with --format json, not " + options.format,
                      {"it leaves the wording for people out of the JSON; the other formats are that wording"});
    print_diagnostics(diagnostics, sources);
    return exit_invalid_input;
  }
  std::optional<eval::Result> result;
  std::vector<explain::Explanation> explanations;
  if (options.explain) {
    auto prepared = prepare_evaluation(options.rules, options.profile, options.as_of);
    if (!prepared) return exit_invalid_input;
    // One evaluation, with every rule traced: the report and the
    // explanations come from the same run.
    auto explained = explain_profile(*prepared->program, prepared->profile, {}, prepared->as_of, local_today());
    result = std::move(explained.result);
    explanations = std::move(explained.explanations);
  } else {
    result = evaluate_profile(options.rules, options.profile, options.as_of);
  }
  if (!result) return exit_invalid_input;

  render::Options render_options;
  render_options.colour = *format == render::Format::text && colour_allowed(1);
  render_options.compact = options.compact;
  if (options.explain && *format == render::Format::json) {
    nlohmann::ordered_json out = render::to_json(*result, render::JsonOptions{!options.compact});
    out["explain"] = nlohmann::ordered_json::array();
    for (const auto& e : explanations) out["explain"].push_back(explanation_json(e));
    std::cout << render::dump(out);
  } else {
    std::cout << render::make_renderer(*format, render_options)->render(*result);
  }
  if (options.explain && *format == render::Format::text) {
    std::cout << "\nWhy each rule fired or did not\n";
    for (const auto& e : explanations) std::cout << '\n' << explanation_text(e);
  }
  return finish_standard_output("the report");
}

}  // namespace apdr::cli
