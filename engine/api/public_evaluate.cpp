// evaluate_json and Evaluator: the steps of `apdr eval --format json`
// (cli/evaluate_profile.cpp) on text in memory, with every problem kept as
// a diagnostic instead of printed.
#include "apdr/evaluate.hpp"

#include <fmt/format.h>

#include "api/public_program.hpp"
#include "profile/history_dates.hpp"
#include "profile/load_profile.hpp"
#include "render/renderer.hpp"

namespace apdr::api {
namespace {

// An option's date, or nullopt after an error naming the option.
bool read_option_date(const std::optional<std::string>& text, const char* option, std::optional<Date>& out,
                      Diagnostics& diagnostics) {
  if (!text) return true;
  out = Date::parse(*text);
  if (!out) {
    diagnostics.error(Code::BadArgument, {},
                      fmt::format("{}: `{}` is not a date; write it as YYYY-MM-DD", option, *text));
    return false;
  }
  return true;
}

JsonResult evaluate(const Program& program, const std::string& profile_text, const EvaluateOptions& options) {
  Diagnostics diagnostics;
  JsonResult out;
  std::optional<Date> as_of, today;
  if (!read_option_date(options.as_of, "as_of", as_of, diagnostics) ||
      !read_option_date(options.today, "today", today, diagnostics)) {
    out.diagnostics = to_public(diagnostics);
    return out;
  }
  const apdr::Program& compiled = *program.impl().compiled;
  SourceStore sources;
  auto profile = profile::load_profile_text(options.profile_name, profile_text, profile_schema(compiled), sources,
                                            diagnostics);
  if (profile && !diagnostics.has_errors()) {
    Date date = as_of ? *as_of : profile->as_of ? *profile->as_of : today ? *today : local_today();
    // As `apdr eval`: history cannot be after an evaluation date that is
    // not the profile's own (which was checked as it was read).
    if (date != profile->as_of) {
      profile::check_history_dates(*profile, date, "the evaluation date", diagnostics);
    }
    if (!diagnostics.has_errors()) {
      render::Options render_options;
      render_options.compact = options.compact;
      out.json = render::make_renderer(render::Format::json, render_options)
                     ->render(apdr::evaluate(compiled, *profile, date, date));
    }
  }
  out.diagnostics = to_public(diagnostics);
  return out;
}

}  // namespace

JsonResult evaluate_json(const Program& program, const std::string& profile_text, const EvaluateOptions& options) {
  try {
    return evaluate(program, profile_text, options);
  } catch (const std::exception& error) {
    JsonResult out;
    out.diagnostics.push_back(internal_error("evaluating the profile", error.what()));
    return out;
  }
}

Evaluator::Evaluator(std::shared_ptr<const Program> program) : program_(std::move(program)) {}
Evaluator::~Evaluator() = default;
Evaluator::Evaluator(Evaluator&&) noexcept = default;
Evaluator& Evaluator::operator=(Evaluator&&) noexcept = default;

JsonResult Evaluator::evaluate_json(const std::string& profile_text, const EvaluateOptions& options) {
  if (!program_) {
    JsonResult out;
    out.diagnostics.push_back(internal_error("evaluating the profile", "the Evaluator holds no program"));
    return out;
  }
  return api::evaluate_json(*program_, profile_text, options);
}

}  // namespace apdr::api
