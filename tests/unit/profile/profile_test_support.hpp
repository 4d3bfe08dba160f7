#pragma once
// Shared helpers for the profile tests: a schema like a small rule set's,
// and a one-call loader that keeps the diagnostics.
#include <optional>
#include <string>

#include "core/diagnostic.hpp"
#include "profile/load_profile.hpp"

namespace profile_test {

inline apdr::profile::Schema test_schema() {
  apdr::profile::Schema schema;
  schema.level_ids = {"range1", "range2", "range3", "range4", "universal", "sen_support", "ehc_plan"};
  schema.inputs["attendance"] = {"percent", {}, "text"};
  schema.inputs["exclusions"] = {"integer", {}, "text"};
  schema.inputs["ratio"] = {"number", {}, "text"};
  schema.inputs["eal"] = {"bool", {}, "text"};
  schema.inputs["last_ep_visit"] = {"date", {}, "text"};
  schema.inputs["wait"] = {"duration", {}, "text"};
  schema.inputs["notes"] = {"text", {}, "text"};
  schema.inputs["band"] = {"one_of", {"low", "medium", "high"}, "text"};
  schema.inputs["tried"] = {"list", {}, "text"};
  schema.inputs["visit_dates"] = {"list", {}, "date"};
  schema.provision_ids = {"visual-timetable", "elsa-sessions"};
  return schema;
}

struct Loaded {
  std::optional<apdr::profile::Profile> profile;
  apdr::Diagnostics diagnostics;
  apdr::SourceStore sources;

  // The first diagnostic with `code`, or nullptr.
  const apdr::Diagnostic* find(apdr::Code code) const {
    for (const auto& d : diagnostics.all()) {
      if (d.code == code) return &d;
    }
    return nullptr;
  }
  std::string rendered() const { return apdr::render_diagnostics(diagnostics, sources); }
};

inline Loaded load(const std::string& text, const std::string& name = "pupil.yaml") {
  Loaded loaded;
  loaded.profile = apdr::profile::load_profile_text(name, text, test_schema(), loaded.sources,
                                                    loaded.diagnostics);
  return loaded;
}

}  // namespace profile_test
