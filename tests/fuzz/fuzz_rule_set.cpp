// libFuzzer target: any bytes as a rule file, loaded as if it sat in a real
// toolkit's folder (so `include: provision.yaml` and `extends:
// apdr:national` reach real files), then checked and, when clean, compiled
// and evaluated against a fixed profile. Every outcome is allowed except a
// crash, a hang, an exception, or an error without a file name.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "check/check.hpp"
#include "compile/program.hpp"
#include "core/date.hpp"
#include "evaluate/evaluate.hpp"
#include "load/load.hpp"
#include "profile/load_profile.hpp"

namespace {

constexpr const char* folder = APDR_SOURCE_DIR "/rules/local/essex";

constexpr const char* profile_text = R"(apdr-profile: 1
id: fuzz
as_of: 2026-11-22
pupil: { date_of_birth: 2015-03-02, year_group: 6, phase: primary, setting: mainstream }
needs:
  - { area: semh, codes: [SEMH] }
  - { area: communication_interaction }
cycles:
  - { area: semh, started: 2026-01-12, reviewed: 2026-04-01, outcome: not_met }
  - { area: semh, started: 2026-04-20, reviewed: 2026-07-10, outcome: partly_met }
ehc: { requested: 2026-10-01, requested_by: parent }
)";

void require_named(const apdr::Diagnostics& diagnostics) {
  for (const auto& d : diagnostics.all()) {
    if (d.where.file.empty() || d.message.empty()) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace apdr;
  SourceStore sources;
  Diagnostics diagnostics;
  std::string text(reinterpret_cast<const char*>(data), size);
  auto chain = load::load_chain_from_text(std::string(folder) + "/fuzz.yaml", folder, std::move(text),
                                          sources, diagnostics);
  require_named(diagnostics);
  if (!chain || diagnostics.has_errors()) return 0;
  auto model = check::check(std::move(*chain), diagnostics);
  require_named(diagnostics);
  if (diagnostics.has_errors()) return 0;
  auto program = run::compile(std::move(model));
  if (!program) std::abort();

  SourceStore profile_sources;
  Diagnostics profile_diagnostics;
  auto profile = profile::load_profile_text("fuzz-profile.yaml", profile_text, program->schema,
                                            profile_sources, profile_diagnostics);
  // A rule set may declare a ladder the fixed profile does not fit; that is
  // the profile's error, not a crash.
  if (profile) (void)eval::evaluate(*program, *profile, *Date::parse("2026-11-22"));
  return 0;
}
