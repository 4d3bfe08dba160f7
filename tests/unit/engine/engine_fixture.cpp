#include "engine_fixture.hpp"

#include "evaluate/evaluate.hpp"
#include "evaluate/fired_rules.hpp"
#include "render/questions.hpp"

namespace apdr::testing {

bool Built::has(Code code, const std::string& text) const {
  for (const auto& d : diagnostics.all()) {
    if (d.code == code && d.message.find(text) != std::string::npos) return true;
  }
  return false;
}

Built build(const std::string& path) {
  Built built;
  built.program = build_program(path, built.sources, built.diagnostics);
  return built;
}

eval::Result evaluate_yaml(const Program& program, const std::string& profile_yaml, const char* as_of) {
  SourceStore sources;
  Diagnostics diagnostics;
  auto profile = profile::load_profile_text("profile.yaml", profile_yaml, profile_schema(program), sources, diagnostics);
  INFO(render_diagnostics(diagnostics, sources));
  REQUIRE(profile);
  return evaluate(program, *profile, Date::parse(as_of), *Date::parse("2000-01-01"));
}

std::vector<std::string> fired_rules(const Program& program, const std::string& profile_yaml, const char* as_of) {
  SourceStore sources;
  Diagnostics diagnostics;
  auto profile = profile::load_profile_text("profile.yaml", profile_yaml, profile_schema(program), sources, diagnostics);
  INFO(render_diagnostics(diagnostics, sources));
  REQUIRE(profile);
  eval::FiredRules fired;
  eval::evaluate(program, *profile, *Date::parse(as_of), &fired);
  std::vector<std::string> ids;
  for (std::string_view id : fired.ids(*program.model)) ids.emplace_back(id);
  return ids;
}

std::vector<std::string> questions_of(const eval::Result& result, const eval::Undetermined& u) {
  return render::questions_for(result, u.missing);
}

const eval::LevelResult* level_of(const eval::Result& result, Area area) {
  for (const auto& l : result.levels) {
    if (l.area == area) return &l;
  }
  return nullptr;
}

const eval::ProvisionResult* provision(const eval::Result& result, const std::string& id) {
  for (const auto& p : result.provision) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

const eval::EscalationResult* escalation(const eval::Result& result, const std::string& step) {
  for (const auto& e : result.escalations) {
    if (e.step == step) return &e;
  }
  return nullptr;
}

const eval::Undetermined* undetermined(const eval::Result& result, const std::string& rule) {
  for (const auto& u : result.undetermined) {
    if (u.rule == rule) return &u;
  }
  return nullptr;
}

bool informed(const eval::Result& result, const std::string& id) {
  for (const auto& i : result.information) {
    if (i.id == id) return true;
  }
  return false;
}

std::string root_header(const std::string& id) {
  return "apdr: 1\nid: " + id + "\n"
         "sources:\n  law: { title: An Act }\n"
         "levels:\n"
         "  - { id: universal, title: Universal }\n"
         "  - { id: sen_support, title: SEN support }\n"
         "  - { id: ehc_plan, title: EHC plan }\n";
}

}  // namespace apdr::testing
