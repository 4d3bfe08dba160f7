#pragma once
// Seeded generators for property tests: random but valid-looking profiles
// for a given rule set, written as YAML so they pass through the real
// loader. The same seed always gives the same profiles, so a failing case
// reproduces from the seed CAPTURE prints.
#include <random>
#include <string>
#include <vector>

#include "apdr/engine.hpp"

namespace apdr::testing {

// The local ladder of a program, lowest first.
std::vector<std::string> local_levels(const Program& program);

class ProfileGenerator {
 public:
  ProfileGenerator(const Program& program, unsigned seed);

  // One profile as YAML text. Dates are drawn around the evaluation date so
  // that due dates fall both before and after it; most facts are sometimes
  // left out so that rules are sometimes undetermined.
  std::string next();

  std::mt19937& random() { return random_; }

 private:
  bool chance(int percent);
  std::size_t pick(std::size_t n);
  std::string random_date(int from_year, int to_year);

  const Program& program_;
  std::vector<std::string> levels_;
  std::mt19937 random_;
  int count_ = 0;
};

// Parses generated YAML; null when the loader rejected it (the generator
// may, rarely, make an impossible profile: a review before its start).
std::optional<profile::Profile> load_generated(const Program& program, const std::string& yaml);

// Builds a shipped rule set ("apdr:national" or a path under the source
// tree) once per test run; fails the test if it does not build.
std::shared_ptr<const Program> shipped(const std::string& name);

// The shipped rule sets the properties run over: the national baseline,
// the reform proposal, and every local toolkit (some refine the ladder).
const std::vector<std::string>& shipped_rule_sets();

}  // namespace apdr::testing
