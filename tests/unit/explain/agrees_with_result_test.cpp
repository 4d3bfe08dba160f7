// The explanation and the result come from one evaluation, so they can
// never disagree: checked for every rule of the shipped rule sets against
// every example profile.
#include <algorithm>
#include <filesystem>

#include "evaluate/evaluate.hpp"
#include "evaluate/fired_rules.hpp"
#include "explain_fixture.hpp"

using namespace apdr;
using namespace apdr::testing;
using explain::Outcome;

namespace {

bool listed(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

TEST_CASE("every rule's outcome agrees with the result, for every example profile") {
  for (const char* rules : {"apdr:national", APDR_SOURCE_DIR "/rules/examples/ordinarily-available.yaml"}) {
    auto program = program_from(rules, false);
    std::vector<explain::Target> all;
    for (std::size_t i = 0; i < program->model->rules.size(); ++i) all.push_back({false, i});
    int explained_profiles = 0;
    for (const auto& file : std::filesystem::directory_iterator(APDR_SOURCE_DIR "/examples/profiles")) {
      auto ext = file.path().extension();
      if (ext != ".yaml" && ext != ".json") continue;
      SourceStore sources;
      Diagnostics diagnostics;
      auto profile = profile::load_profile_file(file.path().string(), program->schema, sources, diagnostics);
      // Profiles that give the example toolkit's inputs are not valid under the national set alone.
      if (!profile) continue;
      auto explained = explain::explain(*program, *profile, *profile->as_of, all);
      INFO(rules << " " << file.path().filename().string());
      std::vector<std::string> undetermined;
      for (const auto& u : explained.result.undetermined) {
        if (!u.is_provision) undetermined.emplace_back(u.rule);
      }
      // The same evaluation, heard by the coverage listener.
      eval::FiredRules coverage;
      eval::evaluate(*program, *profile, *profile->as_of, &coverage);
      std::vector<std::string> fired_ids;
      for (std::string_view id : coverage.ids(*program->model)) fired_ids.emplace_back(id);
      int fired = 0;
      for (const auto& e : explained.explanations) {
        INFO(e.id << ": " << e.summary);
        CHECK((e.outcome == Outcome::fired) == listed(fired_ids, e.id));
        CHECK((e.outcome == Outcome::undetermined) == listed(undetermined, e.id));
        // Every rule that ran and has a condition has a tree.
        CHECK(e.traced == (e.outcome != Outcome::not_applicable && !e.condition.empty()));
        fired += e.outcome == Outcome::fired;
      }
      CHECK(fired > 0);
      ++explained_profiles;
    }
    CHECK(explained_profiles >= 8);
  }
}
