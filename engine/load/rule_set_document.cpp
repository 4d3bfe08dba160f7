#include "load/rule_set_document.hpp"

#include <fmt/format.h>

#include "load/entry_readers.hpp"
#include "load/rule_file_keys.hpp"
#include "load/yaml_fields.hpp"

namespace apdr::load {
namespace {

void check_version(const YamlFile& file, const Field& field) {
  auto version = read_scalar(file, field, "`apdr` (the format version)");
  if (version && version->value != "1") {
    file.error(Code::UnsupportedVersion, version->where,
               fmt::format("this file is written for format version `{}`, but apdr reads version 1; "
                           "write `apdr: 1`", version->value));
  }
}

void read_levels_once(const YamlFile& file, const Field& field, syntax::RuleSet& set) {
  if (set.levels_where) {
    const SourceLocation& first = *set.levels_where;
    file.error(Code::DuplicateKey, field.key.where,
               "`levels` is given a second time in this rule set; a rule set has one ladder, in one file",
               {fmt::format("first given at {}:{}:{}", first.file, first.line, first.column)});
    return;
  }
  set.levels_where = field.key.where;
  read_levels(file, field, set.levels);
}

// `lint: { allow: [W013, W012] }`; each code must be a warning apdr has.
void read_lint(const YamlFile& file, const Field& field, syntax::RuleSet& set) {
  auto fields = read_fields(file, *field.value, field.value_where, "`lint`", rule_file::lint.allowed);
  if (!fields) return;
  const Field* allow = fields->find("allow");
  if (!allow) return;
  for (auto& code : read_scalar_list(file, *allow, "`lint.allow`", true)) {
    if (check_one_of(file, code, "warning code for `lint.allow`", rule_file::warning_codes)) {
      set.lint_allow.push_back(std::move(code));
    }
  }
}

}  // namespace

bool read_rule_set_document(const YamlFile& file, const yaml::Node& root, bool is_main,
                            syntax::RuleSet& set, std::vector<syntax::Scalar>& includes) {
  SourceLocation start{file.display, 1, 1};
  std::string what = is_main ? "the rule set" : "the included file";
  auto fields = read_fields(file, root, start, what, is_main ? rule_file::main_file.allowed : rule_file::included_file.allowed);
  if (!fields) return false;
  if (is_main) {
    set.where = start;
    if (const Field* version = fields->find("apdr")) {
      check_version(file, *version);
    } else {
      file.error(Code::MissingKey, start, "the rule set has no `apdr: 1` saying which format it is written in");
    }
    if (const Field* id = fields->find("id")) {
      if (auto value = read_scalar(file, *id, "`id` of the rule set")) set.id = *value;
    } else {
      file.error(Code::MissingKey, start, "the rule set has no `id`, which is required");
    }
  } else if (const Field* version = fields->find("apdr")) {
    check_version(file, *version);
  }

  for (const auto& field : fields->items) {
    const std::string& key = field.key.value;
    std::string described = fmt::format("`{}` of the rule set", key);
    if (key == "title") set.title = read_scalar(file, field, described);
    else if (key == "description") set.description = read_scalar(file, field, described);
    else if (key == "jurisdiction") set.jurisdiction = read_scalar(file, field, described);
    else if (key == "version") set.version = read_scalar(file, field, described);
    else if (key == "extends") set.extends = read_scalar(file, field, described);
    else if (key == "status") {
      auto status = read_scalar(file, field, described);
      if (status && check_one_of(file, *status, "status for the rule set", rule_file::statuses)) set.status = status;
    } else if (key == "effective") {
      set.effective = read_window(file, field, "the effective window of the rule set");
    } else if (key == "include") {
      auto paths = read_scalar_list(file, field, "`include`", true);
      includes.insert(includes.end(), paths.begin(), paths.end());
    } else if (key == "sources") read_sources(file, field, set.sources);
    else if (key == "levels") read_levels_once(file, field, set);
    else if (key == "calendar") read_calendar(file, field, set.calendar);
    else if (key == "parameters") read_parameters(file, field, set.parameters);
    else if (key == "inputs") read_inputs(file, field, set.inputs);
    else if (key == "derive") read_derive(file, field, set.derive);
    else if (key == "provision") read_provision(file, field, set.provision);
    else if (key == "steps") read_steps(file, field, set.steps);
    else if (key == "information") read_information(file, field, set.information);
    else if (key == "rules") read_rules(file, field, set.rules);
    else if (key == "remove") read_removal(file, field, set.remove);
    else if (key == "lint") read_lint(file, field, set);
  }
  return true;
}

}  // namespace apdr::load
