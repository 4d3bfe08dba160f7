#pragma once
// Evaluating one pupil's profile against a Program, with the answer as the
// JSON text `apdr eval --format json` prints (DESIGN.md "Output",
// docs/output.md): the one result format the public API promises to keep.
// Stand-alone: the standard library only (docs/embedding.md).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "apdr/diagnostic.hpp"
#include "apdr/program.hpp"

namespace apdr::api {

struct EvaluateOptions {
  // The evaluation date, YYYY-MM-DD (`--as-of`); when not given, the
  // profile's own `as_of`, else `today`.
  std::optional<std::string> as_of;
  // The date when neither gives one, YYYY-MM-DD; when not given, today on
  // this machine's local calendar.
  std::optional<std::string> today;
  // `--compact`: leaves out the wording for people (titles, plain words).
  bool compact = false;
  // What the profile is called in diagnostics.
  std::string profile_name = "profile";
};

// The JSON text (pretty-printed, ending in a newline, exactly as `apdr eval
// --format json` prints it), or empty when the profile or an option was
// refused; the diagnostics (warnings too) either way.
struct JsonResult {
  std::string json;
  std::vector<Diagnostic> diagnostics;
  bool ok() const { return !json.empty(); }
};

// Evaluates `profile_text` (an apdr-profile, YAML or JSON). Thread-safe: it
// uses an Evaluator of its own each time.
JsonResult evaluate_json(const Program& program, const std::string& profile_text,
                         const EvaluateOptions& options = {});

// Evaluates profile after profile against one program, on one thread.
//
// Thread safety: the Program it holds is immutable and may be shared by any
// number of Evaluators on any number of threads at once. An Evaluator itself
// is NOT safe to use from two threads at the same time: give each thread
// its own (they are cheap; one per thread lets later versions keep scratch
// space between evaluations). Moving an Evaluator to another thread between
// calls is fine.
class Evaluator {
 public:
  explicit Evaluator(std::shared_ptr<const Program> program);
  ~Evaluator();
  Evaluator(Evaluator&&) noexcept;
  Evaluator& operator=(Evaluator&&) noexcept;

  JsonResult evaluate_json(const std::string& profile_text, const EvaluateOptions& options = {});

  const Program& program() const { return *program_; }

 private:
  std::shared_ptr<const Program> program_;
};

}  // namespace apdr::api
