// The public API: the pipeline's stages run in order, each only when the one
// before it produced something usable (a chain for the checker, a model
// without errors for the compiler).
#include "apdr/engine.hpp"

#include <ctime>

#include "check/check.hpp"
#include "compile/program.hpp"
#include "evaluate/evaluate.hpp"
#include "load/load.hpp"

namespace apdr {

std::shared_ptr<const Program> build_program(const std::string& path, SourceStore& sources,
                                             Diagnostics& diagnostics) {
  auto chain = load::load_chain(path, sources, diagnostics);
  if (!chain) {
    diagnostics.sort();
    return nullptr;
  }
  // The checker runs even after the loader's errors, so one run reports
  // every mistake it can: entries the loader could not read whole are kept
  // as placeholders that the checker does not report again.
  auto model = check::check(std::move(*chain), diagnostics);
  diagnostics.sort();
  if (diagnostics.has_errors()) return nullptr;
  return run::compile(std::move(model));
}

const profile::Schema& profile_schema(const Program& program) { return program.schema; }

const std::string& program_id(const Program& program) { return program.model->id; }

eval::Result evaluate(const Program& program, const profile::Profile& profile, std::optional<Date> as_of,
                      Date today) {
  Date date = as_of ? *as_of : (profile.as_of ? *profile.as_of : today);
  return eval::evaluate(program, profile, date);
}

Date local_today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return *Date::from_ymd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

}  // namespace apdr
