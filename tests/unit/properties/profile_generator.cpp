#include "profile_generator.hpp"

#include <map>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "compile/program.hpp"
#include "profile/load_profile.hpp"

namespace apdr::testing {
namespace {

struct AreaCodes {
  const char* area;
  std::vector<const char*> codes;
};

const std::vector<AreaCodes>& areas() {
  static const std::vector<AreaCodes> list = {
      {"communication_interaction", {"SLCN", "ASD"}},
      {"cognition_learning", {"SPLD", "MLD", "SLD", "PMLD"}},
      {"semh", {"SEMH"}},
      {"sensory_physical", {"VI", "HI", "MSI", "PD"}},
  };
  return list;
}

}  // namespace

std::vector<std::string> local_levels(const Program& program) {
  std::vector<std::string> ids;
  for (const auto& level : program.model->ladder.local) ids.push_back(level.id);
  return ids;
}

ProfileGenerator::ProfileGenerator(const Program& program, unsigned seed)
    : program_(program), levels_(local_levels(program)), random_(seed) {}

bool ProfileGenerator::chance(int percent) {
  return std::uniform_int_distribution<int>(0, 99)(random_) < percent;
}

std::size_t ProfileGenerator::pick(std::size_t n) {
  return std::uniform_int_distribution<std::size_t>(0, n - 1)(random_);
}

std::string ProfileGenerator::random_date(int from_year, int to_year) {
  int year = std::uniform_int_distribution<int>(from_year, to_year)(random_);
  int month = std::uniform_int_distribution<int>(1, 12)(random_);
  int day = std::uniform_int_distribution<int>(1, 28)(random_);
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

std::string ProfileGenerator::next() {
  static const char* phases[] = {"early_years", "primary", "secondary", "post16"};
  static const char* settings[] = {"mainstream", "resourced", "special", "alternative", "home"};
  static const char* outcomes[] = {"met", "partly_met", "not_met"};
  static const char* requesters[] = {"parent", "young_person", "school"};
  static const char* advisers[] = {"educational_psychologist", "speech_and_language_therapist", "camhs"};

  // What has happened is never after as_of (the reader refuses it), so the
  // cycles' dates are kept on or before it.
  const Date as_of = *Date::parse(random_date(2025, 2028));
  std::string yaml = fmt::format("apdr-profile: 1\nid: generated-{}\nas_of: {}\n", ++count_, as_of.iso());
  yaml += "pupil: {";
  std::vector<std::string> pupil;
  if (chance(80)) pupil.push_back("date_of_birth: " + random_date(2008, 2020));
  if (chance(80)) pupil.push_back(fmt::format("year_group: {}", static_cast<int>(pick(16)) - 1));
  if (chance(80)) pupil.push_back(std::string("phase: ") + phases[pick(4)]);
  if (chance(70)) pupil.push_back(std::string("setting: ") + settings[pick(5)]);
  for (std::size_t i = 0; i < pupil.size(); ++i) yaml += (i ? ", " : " ") + pupil[i];
  yaml += " }\n";

  yaml += "needs:\n";
  std::vector<const AreaCodes*> chosen;
  for (const auto& area : areas()) {
    if (!chance(45)) continue;
    chosen.push_back(&area);
    yaml += fmt::format("  - {{ area: {}", area.area);
    if (chance(60)) yaml += ", level: " + levels_[pick(levels_.size())];
    if (chance(60)) yaml += fmt::format(", codes: [{}]", area.codes[pick(area.codes.size())]);
    if (chance(15)) yaml += ", awaiting_assessment: [autism]";
    yaml += " }\n";
  }
  if (chosen.empty()) yaml += "  []\n";

  yaml += "cycles:\n";
  int cycles = 0;
  for (const auto* area : chosen) {
    int n = static_cast<int>(pick(4));
    for (int i = 0; i < n; ++i, ++cycles) {
      Date start = *Date::parse(random_date(2023, 2027));
      if (as_of < start) start = as_of.add_days(-static_cast<std::int32_t>(pick(400)));
      std::string started = start.iso();
      yaml += fmt::format("  - {{ area: {}, started: {}", area->area, started);
      // A review 6 to 20 weeks after the start, so it is never before it.
      auto review = start.add_days(static_cast<std::int32_t>(42 + pick(100)));
      if (chance(70) && !(as_of < review)) {
        yaml += ", reviewed: " + review.iso();
        if (chance(85)) yaml += std::string(", outcome: ") + outcomes[pick(3)];
      } else if (chance(40)) {
        yaml += ", review_due: " + review.iso();  // the date agreed for a running cycle
      }
      if (chance(40)) yaml += ", level: " + levels_[pick(levels_.size())];
      if (chance(30)) yaml += std::string(", advice_from: [") + advisers[pick(3)] + "]";
      yaml += " }\n";
    }
  }
  if (cycles == 0) yaml += "  []\n";

  const auto& provision = program_.schema.provision_ids;
  yaml += "in_place: [";
  for (std::size_t i = 0, n = provision.empty() ? 0 : pick(4); i < n; ++i) {
    yaml += (i ? ", " : "") + provision[pick(provision.size())];
  }
  yaml += "]\n";

  if (chance(50)) {
    std::vector<std::string> ehc;
    std::string requested = random_date(2024, 2027);
    ehc.push_back("requested: " + requested);
    if (chance(70)) ehc.push_back(std::string("requested_by: ") + requesters[pick(3)]);
    auto later = [&](int days) { return Date::parse(requested)->add_days(static_cast<std::int32_t>(days + pick(60))).iso(); };
    if (chance(60)) {
      ehc.push_back("decided: " + later(20));
      ehc.push_back(chance(70) ? "decision: agreed" : "decision: refused");
    }
    if (chance(40)) ehc.push_back("draft_issued: " + later(100));
    if (chance(30)) ehc.push_back("plan_issued: " + later(130));
    if (chance(20)) ehc.push_back("last_review: " + later(400));
    if (chance(10)) ehc.push_back("mediation_certificate: " + later(150));
    yaml += "ehc: {";
    for (std::size_t i = 0; i < ehc.size(); ++i) yaml += (i ? ", " : " ") + ehc[i];
    yaml += " }\n";
  }

  std::vector<std::string> inputs;
  for (const auto& [name, spec] : program_.schema.inputs) {
    if (!chance(50)) continue;
    std::string value;
    if (spec.type == "bool") value = chance(50) ? "true" : "false";
    else if (spec.type == "percent") value = std::to_string(pick(101));
    else if (spec.type == "number" || spec.type == "integer") value = std::to_string(pick(20));
    else if (spec.type == "date") value = random_date(2024, 2027);
    else if (spec.type == "duration") value = fmt::format("{} weeks", pick(30));
    else if (spec.type == "one_of" && !spec.values.empty()) value = spec.values[pick(spec.values.size())];
    else if (spec.type == "list") value = "[]";
    else value = "\"some text\"";
    inputs.push_back(name + ": " + value);
  }
  if (!inputs.empty()) {
    yaml += "inputs: {";
    for (std::size_t i = 0; i < inputs.size(); ++i) yaml += (i ? ", " : " ") + inputs[i];
    yaml += " }\n";
  }
  return yaml;
}

std::optional<profile::Profile> load_generated(const Program& program, const std::string& yaml) {
  SourceStore sources;
  Diagnostics diagnostics;
  return profile::load_profile_text("generated.yaml", yaml, profile_schema(program), sources, diagnostics);
}

std::shared_ptr<const Program> shipped(const std::string& name) {
  static std::map<std::string, std::shared_ptr<const Program>> built;
  auto& program = built[name];
  if (!program) {
    std::string path = name.rfind("apdr:", 0) == 0 ? name : std::string(APDR_SOURCE_DIR) + "/" + name;
    SourceStore sources;
    Diagnostics diagnostics;
    program = build_program(path, sources, diagnostics);
    INFO(render_diagnostics(diagnostics, sources));
    REQUIRE(program);
  }
  return program;
}

const std::vector<std::string>& shipped_rule_sets() {
  static const std::vector<std::string> names = {
      "apdr:national",
      "apdr:reform-2026-proposed",
      "rules/examples/ordinarily-available.yaml",
      "rules/local/essex/essex.yaml",
      "rules/local/gloucestershire/gloucestershire.yaml",
      "rules/local/ranges/ranges.yaml",
  };
  return names;
}

}  // namespace apdr::testing
