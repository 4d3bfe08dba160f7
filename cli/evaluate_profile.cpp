#include "evaluate_profile.hpp"

#include "date_argument.hpp"
#include "print_diagnostics.hpp"
#include "profile/history_dates.hpp"
#include "profile/load_profile.hpp"

namespace apdr::cli {

std::optional<Prepared> prepare_evaluation(const std::string& rules, const std::string& profile_path,
                                           const std::string& as_of_text, const ProgramCheck& check) {
  SourceStore sources;
  Diagnostics diagnostics;

  // Arguments are checked before anything is read, so a typo costs nothing.
  std::optional<Date> as_of;
  if (!optional_date_argument("--as-of", as_of_text, as_of, diagnostics)) {
    print_diagnostics(diagnostics, sources);
    return std::nullopt;
  }
  if (rules == "-" && profile_path == "-") {
    diagnostics.error(Code::BadArgument, {}, "--rules and PROFILE cannot both be read from standard input");
    print_diagnostics(diagnostics, sources);
    return std::nullopt;
  }

  auto program = build_program(rules, sources, diagnostics);
  if (!program || (check && !check(*program, diagnostics))) {
    print_diagnostics(diagnostics, sources);
    return std::nullopt;
  }
  auto profile = profile::load_profile_file(profile_path, profile_schema(*program), sources, diagnostics);
  // Warnings (a rule set not in force, say) are shown even when all is well.
  if (!profile || diagnostics.has_errors()) {
    print_diagnostics(diagnostics, sources);
    return std::nullopt;
  }
  // The profile's own as_of was checked as it was read; a --as-of, or today,
  // is the evaluation date instead, and history cannot be after it either.
  Date evaluation_date = as_of ? *as_of : profile->as_of ? *profile->as_of : local_today();
  if (evaluation_date != profile->as_of) {
    profile::check_history_dates(*profile, evaluation_date, "the evaluation date", diagnostics);
  }
  print_diagnostics(diagnostics, sources);
  if (diagnostics.has_errors()) return std::nullopt;
  return Prepared{std::move(program), std::move(*profile), as_of};
}

std::optional<eval::Result> evaluate_profile(const std::string& rules, const std::string& profile_path,
                                             const std::string& as_of_text) {
  auto prepared = prepare_evaluation(rules, profile_path, as_of_text);
  if (!prepared) return std::nullopt;
  return evaluate(*prepared->program, prepared->profile, prepared->as_of, local_today());
}

}  // namespace apdr::cli
