#include "ruletest/run_test_file.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <set>

#include <fmt/format.h>

#include "check/check.hpp"
#include "compile/program.hpp"
#include "core/suggest.hpp"
#include "evaluate/evaluate.hpp"
#include "evaluate/fired_rules.hpp"
#include "load/file_text.hpp"
#include "load/load.hpp"
#include "profile/load_profile.hpp"
#include "profile/profile_reader.hpp"

namespace apdr::ruletest {
namespace {

// The pipeline up to a program, as the public API's build_program runs it
// (this stage sits below the API library, so it calls the stages itself).
std::shared_ptr<const run::Program> build(const TestFile& file, SourceStore& sources, Diagnostics& diagnostics) {
  // An unreadable rule set is the test file's mistake: say so at `rules:`.
  if (file.rules.rfind("apdr:", 0) != 0 &&
      !load::read_file_text(file.rules, file.rules, file.rules_where, diagnostics)) {
    return nullptr;
  }
  Diagnostics found;
  auto chain = load::load_chain(file.rules, sources, found);
  std::shared_ptr<const run::Program> program;
  // As `apdr check` does: the checker runs after the loader's errors too, so
  // a broken rule set shows every mistake at once, not the first stage's.
  if (chain) {
    auto model = check::check(std::move(*chain), found);
    found.sort();
    if (!found.has_errors()) program = run::compile(std::move(model));
  }
  if (!program && !found.has_errors()) {
    found.error(Code::FileUnreadable, file.rules_where, fmt::format("the rule set `{}` could not be loaded", file.rules));
  }
  diagnostics.append(found);
  return program;
}

// Every id a case names must exist in the rule set, or the expectation
// could never fail (`not_provide: [elsaa]` would pass for ever).
class IdCheck {
 public:
  IdCheck(const check::Model& model, const profile::Schema& schema, Diagnostics& out) : out_(out) {
    for (const auto& p : model.provision) provision_.push_back(p.id);
    for (const auto& s : model.steps) steps_.push_back(s.id);
    for (const auto& i : model.information) information_.push_back(i.id);
    for (const auto& r : model.rules) rules_.push_back(r.id);
    rules_and_provision_ = rules_;
    rules_and_provision_.insert(rules_and_provision_.end(), provision_.begin(), provision_.end());
    levels_ = schema.level_ids;
  }

  void check(const TestCase& test) {
    for (const auto& level : test.levels) {
      if (level.absent) continue;  // `none` is no level of the ladder: the area must not be listed
      if (std::find(levels_.begin(), levels_.end(), level.level) == levels_.end()) {
        auto notes = did_you_mean(level.level, levels_);
        notes.push_back(fmt::format("the levels are: {}", fmt::join(levels_, ", ")));
        out_.error(Code::ProfileUnknownLevel, level.where,
                   fmt::format("`{}` is not a level of the rule set's ladder", level.level), std::move(notes));
      }
    }
    ids(test.provide, provision_, "provision item");
    ids(test.not_provide, provision_, "provision item");
    ids(test.gaps, provision_, "provision item");
    for (const auto& e : test.escalate) id(e.step, steps_, "step");
    ids(test.not_escalate, steps_, "step");
    ids(test.inform, information_, "information entry");
    ids(test.not_inform, information_, "information entry");
    for (const auto& entry : test.undetermined) id(entry.rule, rules_and_provision_, "rule or provision item");
    ids(test.fires, rules_, "rule");
    ids(test.not_fires, rules_, "rule");
  }

 private:
  void ids(const std::vector<NamedId>& named, const std::vector<std::string>& known, std::string_view what) {
    for (const auto& n : named) id(n, known, what);
  }
  void id(const NamedId& named, const std::vector<std::string>& known, std::string_view what) {
    if (std::find(known.begin(), known.end(), named.id) != known.end()) return;
    out_.error(Code::UnknownReference, named.where,
               fmt::format("the rule set has no {} with the id `{}`", what, named.id),
               did_you_mean(named.id, known));
  }

  Diagnostics& out_;
  std::vector<std::string> provision_, steps_, information_, rules_, rules_and_provision_, levels_;
};

// Profiles read once per file, since many cases share one.
class Profiles {
 public:
  Profiles(const profile::Schema& schema, SourceStore& sources, Diagnostics& out)
      : schema_(schema), sources_(sources), out_(out) {}

  const profile::Profile* get(const TestCase& test, const std::string& test_file) {
    if (test.profile.inline_tree) {
      inline_.push_back(profile::profile_from_tree(*test.profile.inline_tree, test.name, test_file, schema_, out_));
      return inline_.back() ? &*inline_.back() : nullptr;
    }
    auto [it, fresh] = files_.try_emplace(test.profile.path);
    if (fresh) {
      auto text = load::read_file_text(test.profile.path, test.profile.path, test.profile.where, out_);
      if (text) it->second = profile::load_profile_text(test.profile.path, *text, schema_, sources_, out_);
    }
    return it->second ? &*it->second : nullptr;
  }

 private:
  const profile::Schema& schema_;
  SourceStore& sources_;
  Diagnostics& out_;
  std::map<std::string, std::optional<profile::Profile>> files_;
  std::deque<std::optional<profile::Profile>> inline_;  // a deque: pointers into it stay valid
};

}  // namespace

std::optional<FileReport> run_test_file(const TestFile& file, const std::string& name_filter, Date today,
                                        SourceStore& sources, Diagnostics& diagnostics) {
  auto program = build(file, sources, diagnostics);
  if (!program) return std::nullopt;
  const check::Model& model = *program->model;

  // Everything is validated before anything runs: an invalid file runs no case.
  Diagnostics found;
  IdCheck ids(model, program->schema, found);
  Profiles profiles(program->schema, sources, found);
  std::vector<const profile::Profile*> case_profiles;
  for (const auto& test : file.cases) {
    ids.check(test);
    case_profiles.push_back(profiles.get(test, file.path));
  }
  found.sort();
  diagnostics.append(found);
  if (found.has_errors()) return std::nullopt;

  FileReport report;
  report.path = file.path;
  report.rule_set = model.id;
  for (const auto& rule : model.rules) {
    if (rule.defined_in != model.id) continue;
    SourceLocation where = rule.syntax ? rule.syntax->where : SourceLocation{};
    report.own_rules.push_back({rule.id, where});
  }
  std::set<std::string> fired;
  for (std::size_t i = 0; i < file.cases.size(); ++i) {
    const TestCase& test = file.cases[i];
    if (test.name.find(name_filter) == std::string::npos) continue;
    const profile::Profile& profile = *case_profiles[i];
    // The case's date, else the file's, else the profile's own, else today.
    Date as_of = test.as_of ? *test.as_of : file.as_of ? *file.as_of : profile.as_of ? *profile.as_of : today;
    eval::FiredRules coverage;
    eval::Result result = eval::evaluate(*program, profile, as_of, &coverage);
    std::vector<std::string> fired_here;
    for (std::string_view id : coverage.ids(model)) fired_here.emplace_back(id);
    fired.insert(fired_here.begin(), fired_here.end());
    report.cases.push_back({test.name, test.where, compare_result(test, result, fired_here)});
  }
  report.fired.assign(fired.begin(), fired.end());
  return report;
}

}  // namespace apdr::ruletest
