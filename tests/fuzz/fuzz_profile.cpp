// libFuzzer target: any bytes as a profile (YAML or JSON), read against the
// example toolkit's schema (a local ladder and declared inputs). A profile
// that loads is evaluated and rendered in every format; the JSON must parse
// again. Errors must name the file; nothing may crash, hang or throw.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "apdr/engine.hpp"
#include "profile/load_profile.hpp"
#include "render/json.hpp"
#include "render/renderer.hpp"

namespace {

const apdr::Program& example_program() {
  static std::shared_ptr<const apdr::Program> program = [] {
    apdr::SourceStore sources;
    apdr::Diagnostics diagnostics;
    auto built = apdr::build_program(APDR_SOURCE_DIR "/rules/examples/ordinarily-available.yaml", sources,
                                     diagnostics);
    if (!built) std::abort();  // the shipped example must build
    return built;
  }();
  return *program;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace apdr;
  const Program& program = example_program();
  SourceStore sources;
  Diagnostics diagnostics;
  std::string text(reinterpret_cast<const char*>(data), size);
  auto profile = profile::load_profile_text("fuzz.yaml", std::move(text), profile_schema(program), sources,
                                            diagnostics);
  for (const auto& d : diagnostics.all()) {
    if (d.where.file != "fuzz.yaml" || d.message.empty()) std::abort();
  }
  if (!profile) {
    if (!diagnostics.has_errors()) std::abort();
    return 0;
  }
  // A fixed date when the profile gives none, so a run is reproducible.
  auto result = evaluate(program, *profile, std::nullopt, *Date::parse("2026-11-22"));
  std::string json = render::dump(render::to_json(result));
  if (!nlohmann::json::accept(json)) std::abort();
  for (auto format : {render::Format::text, render::Format::markdown}) {
    if (render::make_renderer(format)->render(result).empty()) std::abort();
  }
  return 0;
}
