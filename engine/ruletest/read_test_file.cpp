#include "ruletest/read_test_file.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/quoted_value.hpp"
#include "core/suggest.hpp"
#include "load/file_text.hpp"
#include "ruletest/test_file_keys.hpp"

namespace apdr::ruletest {
namespace {

using yaml::Node;
using NodeKind = yaml::Node::Kind;

namespace keys = test_file_keys;

// `rules/national.test.yaml` → `rules/national.yaml`; empty when the name
// does not end in .test.yaml, so there is no default to give.
std::string default_rules_for(const std::string& path) {
  const std::string suffix = ".test.yaml";
  if (path.size() <= suffix.size() || path.compare(path.size() - suffix.size(), suffix.size(), suffix) != 0) {
    return "";
  }
  return path.substr(0, path.size() - suffix.size()) + ".yaml";
}

std::filesystem::path real_path(const std::filesystem::path& path) {
  std::error_code error;
  std::filesystem::path result = std::filesystem::weakly_canonical(std::filesystem::absolute(path), error);
  return error ? std::filesystem::absolute(path).lexically_normal() : result;
}

// Walks the tree of one test file, reporting every problem and keeping on.
class Reader {
 public:
  Reader(std::string path, std::filesystem::path root, Diagnostics& out)
      : path_(std::move(path)), root_(std::move(root)), out_(out) {}

  std::optional<TestFile> read(const yaml::Node& root) {
    TestFile file;
    file.path = path_;
    if (root.kind != NodeKind::mapping) {
      out_.error(Code::WrongShape, root.where.known() ? root.where : SourceLocation{path_, 1, 1},
                 fmt::format("a test file should be a mapping with apdr-test, rules, as_of and cases, not {}",
                             yaml::shape_name(root)));
      return std::nullopt;
    }
    auto entries = known_entries(root, keys::file.allowed, "a test file");
    if (!entries.count("apdr-test")) {
      out_.error(Code::MissingKey, root.where, "a test file must start with `apdr-test: 1`");
    } else if (auto version = scalar(*entries["apdr-test"], "apdr-test"); version && *version != "1") {
      out_.error(Code::UnsupportedVersion, entries["apdr-test"]->where,
                 fmt::format("this is apdr-test format {}, but only format 1 is supported", *version));
    }
    if (entries.count("rules")) {
      const yaml::Node& rules = *entries["rules"];
      if (auto text = scalar(rules, "rules"); text && !text->empty()) {
        if (confined(*text, "rules", rules.where)) file.rules = resolve(*text);
        file.rules_where = rules.where;
      } else if (text) {
        out_.error(Code::InvalidValue, rules.where, "`rules` needs a path or apdr:NAME");
      }
    } else {
      file.rules = default_rules_for(path_);
      file.rules_where = {path_, 1, 1};
      // The rule set beside it may be a link leading out, too.
      if (!file.rules.empty() &&
          !confined(std::filesystem::path(file.rules).filename().string(), "rules", file.rules_where)) {
        file.rules.clear();
        return std::nullopt;
      }
      if (file.rules.empty()) {
        out_.error(Code::MissingKey, root.where,
                   "this file is not named NAME.test.yaml, so it must say which rule set it tests with `rules:`");
      }
    }
    if (entries.count("as_of")) file.as_of = date(*entries["as_of"], "as_of");
    if (!entries.count("cases")) {
      out_.error(Code::MissingKey, root.where, "a test file needs `cases:`, a list of cases");
    } else if (const yaml::Node* cases = list(*entries["cases"], "cases")) {
      for (const auto& item : cases->items) read_case(*item, file);
    }
    if (out_.has_errors()) return std::nullopt;
    return file;
  }

 private:
  // The entries of `map` whose keys are allowed; the others are reported.
  std::map<std::string, const yaml::Node*> known_entries(const yaml::Node& map, const std::vector<std::string>& names,
                                                       std::string_view what) {
    std::map<std::string, const yaml::Node*> found;
    for (const auto& [key, value] : map.entries) {
      if (key->kind != NodeKind::scalar) {
        out_.error(Code::WrongShape, key->where,
                   fmt::format("a key in {} should be a single word, not {}", what, yaml::shape_name(*key)));
        continue;
      }
      if (std::find(names.begin(), names.end(), key->text) == names.end()) {
        std::vector<std::string> notes = did_you_mean(key->text, names);
        notes.push_back(fmt::format("keys allowed here: {}", fmt::join(names, ", ")));
        out_.error(Code::UnknownKey, key->where, fmt::format("unknown key `{}` in {}", key->text, what),
                   std::move(notes));
        continue;
      }
      found[key->text] = value.get();
    }
    return found;
  }

  std::optional<std::string> scalar(const yaml::Node& node, std::string_view what) {
    if (node.kind != NodeKind::scalar) {
      out_.error(Code::WrongShape, node.where,
                 fmt::format("`{}` should be a single value, not {}", what, yaml::shape_name(node)));
      return std::nullopt;
    }
    return node.text;
  }

  const yaml::Node* list(const yaml::Node& node, std::string_view what) {
    if (node.kind != NodeKind::sequence) {
      out_.error(Code::WrongShape, node.where,
                 fmt::format("`{}` should be a list, not {}", what, yaml::shape_name(node)));
      return nullptr;
    }
    return &node;
  }

  std::optional<Date> date(const yaml::Node& node, std::string_view what) {
    auto text = scalar(node, what);
    if (!text) return std::nullopt;
    auto parsed = Date::parse(*text);
    if (!parsed) {
      out_.error(Code::InvalidValue, node.where,
                 fmt::format("`{}` should be a date YYYY-MM-DD that exists, not `{}`", what, *text));
    }
    return parsed;
  }

  std::optional<bool> boolean(const yaml::Node& node, std::string_view what) {
    auto text = scalar(node, what);
    if (!text) return std::nullopt;
    if (*text == "true") return true;
    if (*text == "false") return false;
    out_.error(Code::InvalidValue, node.where, fmt::format("`{}` should be true or false, not `{}`", what, *text));
    return std::nullopt;
  }

  std::optional<apdr::Kind> kind(const yaml::Node& node) {
    auto text = scalar(node, "kind");
    if (!text) return std::nullopt;
    auto parsed = parse_kind(*text);
    if (!parsed) {
      std::vector<std::string> kinds{"statute", "guidance", "local-policy"};
      auto notes = did_you_mean(*text, kinds);
      notes.push_back("the kinds are: statute, guidance, local-policy");
      out_.error(Code::InvalidValue, node.where, fmt::format("`{}` is not a kind", *text), std::move(notes));
    }
    return parsed;
  }

  // A list of ids; a single id alone is accepted as a list of one.
  std::vector<NamedId> ids(const yaml::Node& node, std::string_view what) {
    std::vector<NamedId> result;
    if (node.kind == NodeKind::scalar && !node.text.empty()) {
      result.push_back({node.text, node.where});
      return result;
    }
    const yaml::Node* items = list(node, what);
    if (!items) return result;
    for (const auto& item : items->items) {
      if (item->kind != NodeKind::scalar || item->text.empty()) {
        out_.error(Code::WrongShape, item->where,
                   fmt::format("each item of `{}` should be an id, not {}", what,
                               item->kind == NodeKind::scalar ? "an empty text" : yaml::shape_name(*item)));
        continue;
      }
      result.push_back({item->text, item->where});
    }
    return result;
  }

  // `levels: { semh: sen_support, cognition_learning: none, only: true }`.
  std::vector<LevelExpectation> levels(const yaml::Node& node, std::optional<SourceLocation>& only) {
    std::vector<LevelExpectation> result;
    if (node.kind != NodeKind::mapping) {
      out_.error(Code::WrongShape, node.where,
                 fmt::format("`levels` should be a mapping of area: level, not {}", yaml::shape_name(node)));
      return result;
    }
    auto areas = area_ids();
    for (const auto& [key, value] : node.entries) {
      if (key->kind == NodeKind::scalar && key->text == "only") {
        only_flag(*value, "levels", only);
        continue;
      }
      auto area = key->kind == NodeKind::scalar ? parse_area(key->text) : std::nullopt;
      if (!area) {
        std::vector<std::string> words(areas.begin(), areas.end());
        words.push_back("only");
        std::vector<std::string> notes = did_you_mean(key->text, words);
        notes.push_back(fmt::format("the areas are: {}; `only: true` may stand among them",
                                    fmt::join(areas, ", ")));
        out_.error(Code::ProfileUnknownArea, key->where,
                   fmt::format("`{}` is not an area of need", quoted_value(key->text)), std::move(notes));
        continue;
      }
      auto level = scalar(*value, "a level");
      if (level && level->empty()) {
        out_.error(Code::MissingKey, value->where,
                   "give the level this area must be at, or `none` if it must not be listed");
      }
      if (level && !level->empty()) {
        bool absent = *level == keys::no_level;
        result.push_back({*area, *level, value->where, absent});
      }
    }
    return result;
  }

  // `only: true` or `only: false`; where it is written when true.
  void only_flag(const yaml::Node& value, std::string_view what, std::optional<SourceLocation>& only) {
    auto flag = boolean(value, fmt::format("only` in `{}", what));
    if (flag && *flag) only = value.where;
  }

  // The list of an expectation that takes `only`: the value itself, or the
  // `items` of `{ only: true, items: [...] }`. Null when the mapping is
  // malformed (reported).
  const yaml::Node* exact_list(const yaml::Node& node, const std::string& what,
                               std::optional<SourceLocation>& only) {
    if (node.kind != NodeKind::mapping) return &node;
    std::string place = fmt::format("`{}` (a list with `only`)", what);
    auto entries = known_entries(node, keys::exact_list.allowed, place);
    if (entries.count("only")) only_flag(*entries["only"], what, only);
    if (!entries.count("items")) {
      out_.error(Code::MissingKey, node.where,
                 fmt::format("`{}` written as a mapping needs `items`, the list itself: "
                             "`{}: {{ only: true, items: [...] }}` (`items: []` for none at all)",
                             what, what));
      return nullptr;
    }
    return entries["items"];
  }

  // A list of fact names, as the result writes them (`attendance`,
  // `cycles(semh).outcome`); unlike an id list, one fact alone must still be
  // written as a list, so that `missing:` reads as the set it is.
  std::optional<std::vector<std::string>> facts(const yaml::Node& node, std::string_view what,
                                               const SourceLocation& key) {
    if (node.kind != NodeKind::sequence) {
      // An empty value has no position of its own: point at its key.
      out_.error(Code::WrongShape, node.kind == NodeKind::null ? key : node.where,
                 fmt::format("`{}` should be a list of facts, such as `[attendance]` (`[]` for none), not {}",
                             what, yaml::shape_name(node)));
      return std::nullopt;
    }
    std::vector<std::string> result;
    for (const auto& item : ids(node, what)) result.push_back(item.id);
    return result;
  }

  std::optional<std::string> reason(const yaml::Node& node) {
    auto text = scalar(node, "reason");
    if (!text) return std::nullopt;
    if (std::find(keys::reasons.begin(), keys::reasons.end(), *text) != keys::reasons.end()) return *text;
    auto notes = did_you_mean(*text, keys::reasons);
    notes.push_back(fmt::format("the reasons are: {} (a fact is unknown), {} (a value such as a division by zero "
                                "cannot be worked out)",
                                keys::reasons[0], keys::reasons[1]));
    out_.error(Code::InvalidValue, node.where,
               fmt::format("`{}` is not a reason a rule is undetermined", quoted_value(*text)), std::move(notes));
    return std::nullopt;
  }

  // `undetermined: [rule-id, { rule: low-attendance, missing: [attendance], reason: missing }]`
  std::vector<UndeterminedExpectation> undetermined(const yaml::Node& node, std::optional<SourceLocation>& only) {
    std::vector<UndeterminedExpectation> result;
    const yaml::Node* value = exact_list(node, "undetermined", only);
    if (!value) return result;
    if (value->kind == NodeKind::scalar && !value->text.empty()) {
      result.push_back({{value->text, value->where}, std::nullopt, std::nullopt});
      return result;
    }
    const yaml::Node* items = list(*value, "undetermined");
    if (!items) return result;
    for (const auto& item : items->items) {
      if (item->kind == NodeKind::scalar && !item->text.empty()) {
        result.push_back({{item->text, item->where}, std::nullopt, std::nullopt});
        continue;
      }
      if (item->kind != NodeKind::mapping) {
        out_.error(Code::WrongShape, item->where,
                   fmt::format("each item of `undetermined` should be a rule id or {{ rule, missing, reason }}, not {}",
                               item->kind == NodeKind::scalar ? "an empty text" : yaml::shape_name(*item)));
        continue;
      }
      auto entries = known_entries(*item, keys::undetermined.allowed, "an undetermined entry");
      if (!entries.count("rule")) {
        out_.error(Code::MissingKey, item->where,
                   "an undetermined entry must name its `rule` (a rule or provision item id)");
        continue;
      }
      auto rule = scalar(*entries["rule"], "rule");
      if (!rule) continue;
      if (rule->empty()) {
        out_.error(Code::MissingKey, entries["rule"]->where, "give the id of the rule that must be undetermined");
        continue;
      }
      UndeterminedExpectation expectation{{*rule, entries["rule"]->where}, std::nullopt, std::nullopt};
      if (entries.count("missing")) {
        expectation.missing = facts(*entries["missing"], "missing", key_of(*item, "missing"));
      }
      if (entries.count("reason")) expectation.reason = reason(*entries["reason"]);
      result.push_back(std::move(expectation));
    }
    return result;
  }

  // `deadlines: [ { kind: statute, due: 2027-06-19 } ]`
  std::vector<DeadlineExpectation> deadlines(const yaml::Node& node) {
    std::vector<DeadlineExpectation> result;
    const yaml::Node* items = list(node, "deadlines");
    if (!items) return result;
    for (const auto& item : items->items) {
      if (item->kind != NodeKind::mapping) {
        out_.error(Code::WrongShape, item->where,
                   fmt::format("each item of `deadlines` should be {{ kind, due }}, not {}", yaml::shape_name(*item)));
        continue;
      }
      auto entries = known_entries(*item, keys::deadline.allowed, "a deadline");
      if (!entries.count("kind") || !entries.count("due")) {
        out_.error(Code::MissingKey, item->where, "a deadline names its `kind` and its `due` date");
        continue;
      }
      auto k = kind(*entries["kind"]);
      auto due = date(*entries["due"], "due");
      if (k && due) result.push_back({*k, *due, item->where});
    }
    return result;
  }

  std::vector<EscalationExpectation> escalations(const yaml::Node& node, std::optional<SourceLocation>& only) {
    std::vector<EscalationExpectation> result;
    const yaml::Node* value = exact_list(node, "escalate", only);
    if (!value) return result;
    const yaml::Node* items = list(*value, "escalate");
    if (!items) return result;
    for (const auto& item : items->items) {
      if (item->kind == NodeKind::scalar && !item->text.empty()) {
        result.push_back({{item->text, item->where}, std::nullopt, std::nullopt, std::nullopt, {}, std::nullopt,
                          std::nullopt});
        continue;
      }
      if (item->kind != NodeKind::mapping) {
        out_.error(Code::WrongShape, item->where,
                   fmt::format("each item of `escalate` should be a step id or {{ step, due, overdue, kind }}, not {}",
                               yaml::shape_name(*item)));
        continue;
      }
      auto entries = known_entries(*item, keys::escalation.allowed, "an escalation");
      EscalationExpectation expectation;
      if (!entries.count("step")) {
        out_.error(Code::MissingKey, item->where, "an escalation must name its `step`");
        continue;
      }
      auto step = scalar(*entries["step"], "step");
      if (!step) continue;
      expectation.step = {*step, entries["step"]->where};
      if (entries.count("due")) expectation.due = date(*entries["due"], "due");
      if (entries.count("overdue")) expectation.overdue = boolean(*entries["overdue"], "overdue");
      if (entries.count("kind")) expectation.kind = kind(*entries["kind"]);
      if (entries.count("deadlines")) expectation.deadlines = deadlines(*entries["deadlines"]);
      if (entries.count("missing")) {
        std::vector<std::string> facts;
        for (const auto& fact : ids(*entries["missing"], "missing")) facts.push_back(fact.id);
        expectation.missing = std::move(facts);
      }
      if (entries.count("assumes")) {
        std::vector<std::string> parameters;
        for (const auto& parameter : ids(*entries["assumes"], "assumes")) parameters.push_back(parameter.id);
        expectation.assumes = std::move(parameters);
      }
      result.push_back(std::move(expectation));
    }
    return result;
  }

  void read_case(const yaml::Node& node, TestFile& file) {
    if (node.kind != NodeKind::mapping) {
      out_.error(Code::WrongShape, node.where,
                 fmt::format("each case should be a mapping with at least name and profile, not {}",
                             yaml::shape_name(node)));
      return;
    }
    auto entries = known_entries(node, keys::test_case.allowed, "a case");
    TestCase test;
    test.where = node.where;
    if (!entries.count("name")) {
      out_.error(Code::MissingKey, node.where, "a case must have a `name`");
    } else if (auto name = scalar(*entries["name"], "name")) {
      if (name->empty()) {
        out_.error(Code::MissingKey, entries["name"]->where, "a case's `name` must not be empty");
      } else if (auto earlier = names_.find(*name); earlier != names_.end()) {
        out_.error(Code::DuplicateId, entries["name"]->where,
                   fmt::format("two cases are named `{}`: each name must be unique in the file", *name),
                   {fmt::format("first used at line {}", earlier->second.line)});
      } else {
        names_.emplace(*name, entries["name"]->where);
      }
      test.name = *name;
    }
    if (entries.count("source")) {
      if (auto text = scalar(*entries["source"], "source")) test.source = *text;
    }
    if (!entries.count("profile")) {
      out_.error(Code::MissingKey, node.where,
                 "a case must give a `profile`: a file path, or the profile itself as a mapping");
    } else {
      const yaml::Node& value = *entries["profile"];
      test.profile.where = value.where;
      if (value.kind == NodeKind::mapping) {
        test.profile.inline_tree = entries_owner(node, "profile");
      } else if (value.kind == NodeKind::scalar && !value.text.empty()) {
        if (confined(value.text, "profile", value.where)) test.profile.path = resolve(value.text);
      } else {
        // An empty value has no position of its own (the parser puts it at
        // the next token), so point at its key instead.
        SourceLocation where = value.kind == NodeKind::null ? key_of(node, "profile") : value.where;
        out_.error(Code::WrongShape, where,
                   fmt::format("`profile` should be a file path or a mapping, not {}", yaml::shape_name(value)));
      }
    }
    if (entries.count("as_of")) test.as_of = date(*entries["as_of"], "as_of");
    if (entries.count("levels")) test.levels = levels(*entries["levels"], test.only.levels);
    auto id_list = [&](const char* key, std::vector<NamedId>& into) {
      if (!entries.count(key)) return;
      if (entries[key]->kind == NodeKind::mapping) {
        out_.error(Code::WrongShape, entries[key]->where,
                   fmt::format("`{}` should be a list of ids, not a mapping: `only` applies to levels, {}, "
                               "not to `{}`",
                               key, fmt::join(keys::exact_lists, ", "), key));
        return;
      }
      into = ids(*entries[key], key);
    };
    // A list that may say `only: true`.
    auto exact_ids = [&](const std::string& key, std::vector<NamedId>& into, std::optional<SourceLocation>& only) {
      if (!entries.count(key)) return;
      if (const yaml::Node* items = exact_list(*entries[key], key, only)) into = ids(*items, key);
    };
    exact_ids("provide", test.provide, test.only.provide);
    id_list("not_provide", test.not_provide);
    exact_ids("gaps", test.gaps, test.only.gaps);
    if (entries.count("escalate")) test.escalate = escalations(*entries["escalate"], test.only.escalate);
    id_list("not_escalate", test.not_escalate);
    exact_ids("inform", test.inform, test.only.inform);
    id_list("not_inform", test.not_inform);
    if (entries.count("undetermined")) {
      test.undetermined = undetermined(*entries["undetermined"], test.only.undetermined);
    }
    id_list("fires", test.fires);
    id_list("not_fires", test.not_fires);
    file.cases.push_back(std::move(test));
  }

  // The shared pointer to the value of `key` in `map`, so an inline profile
  // outlives the walk without copying the tree.
  static yaml::NodePtr entries_owner(const yaml::Node& map, std::string_view key) {
    const auto* found = map.entry(key);
    return found == nullptr ? nullptr : found->second;
  }

  static SourceLocation key_of(const yaml::Node& map, std::string_view key) {
    const auto* found = map.entry(key);
    return found == nullptr ? map.where : found->first->where;
  }

  // A path in the file, relative to the file's folder; apdr:NAME as is.
  // Whether `text` (a path in the test file) stays inside the root, judged
  // on the real path after following every symbolic link, as includes are
  // (E009 otherwise, and the file is never read).
  bool confined(const std::string& text, std::string_view key, const SourceLocation& where) const {
    namespace fs = std::filesystem;
    if (text.rfind("apdr:", 0) == 0) return true;
    fs::path relative(text);
    if (relative.is_absolute() || relative.has_root_name() || relative.has_root_directory()) {
      out_.error(Code::IncludeOutsideFolder, where,
                 fmt::format("`{}` `{}` is not a relative path: a test file names its files relative to "
                             "itself, inside its folder",
                             key, quoted_value(text)));
      return false;
    }
    fs::path folder = fs::path(path_).parent_path();
    fs::path resolved = real_path(folder / relative);
    if (!inside(root_, resolved)) {
      out_.error(Code::IncludeOutsideFolder, where,
                 fmt::format("`{}` `{}` leads outside the test file's folder", key, quoted_value(text)),
                 {"a test file may name only files inside its own folder (apdr test --root DIR widens it)"});
      return false;
    }
    return true;
  }

  static bool inside(const std::filesystem::path& root, const std::filesystem::path& candidate) {
    auto r = root.begin();
    auto c = candidate.begin();
    for (; r != root.end(); ++r, ++c) {
      if (r->empty() && std::next(r) == root.end()) break;  // a trailing separator
      if (c == candidate.end() || *r != *c) return false;
    }
    return c != candidate.end() && !c->empty() && *c != "..";
  }

  std::string resolve(const std::string& text) const {
    if (text.rfind("apdr:", 0) == 0) return text;
    std::filesystem::path folder = std::filesystem::path(path_).parent_path();
    return (folder / text).lexically_normal().string();
  }

  std::string path_;
  std::filesystem::path root_;  // real path: what the files it names must lie inside
  Diagnostics& out_;
  std::map<std::string, SourceLocation> names_;
};

}  // namespace

std::optional<TestFile> read_test_text(const std::string& path, const std::string& text, SourceStore& sources,
                                       Diagnostics& diagnostics, const std::string& root) {
  sources.add(path, text);
  Diagnostics found;
  yaml::NodePtr tree = yaml::read_yaml(text, {path, 1}, found);
  std::optional<TestFile> file;
  if (tree && !found.has_errors()) {
    if (tree->kind == NodeKind::null) {
      found.error(Code::MissingKey, {path, 1, 1}, "the test file is empty: it must start with `apdr-test: 1`");
    } else {
      std::filesystem::path allowed = root.empty() ? std::filesystem::path(path).parent_path() : std::filesystem::path(root);
      file = Reader(path, real_path(allowed.empty() ? "." : allowed), found).read(*tree);
    }
  }
  found.sort();
  diagnostics.append(found);
  if (found.has_errors()) return std::nullopt;
  return file;
}

std::optional<TestFile> read_test_file(const std::string& path, SourceStore& sources, Diagnostics& diagnostics,
                                       const std::string& root) {
  auto text = load::read_file_text(path, path, SourceLocation{path, 0, 0}, diagnostics);
  if (!text) return std::nullopt;
  return read_test_text(path, *text, sources, diagnostics, root);
}

}  // namespace apdr::ruletest
