#pragma once
// Readers for each section of a rule file. Each appends what it could read
// to `out` in file order, reports every problem, and skips only the broken
// entry. Which keys each entry accepts is listed in docs/rule-files.md.
#include <vector>

#include "load/syntax.hpp"
#include "load/yaml_fields.hpp"

namespace apdr::load {

void read_sources(const YamlFile& file, const Field& section, std::vector<syntax::SourceEntry>& out);
void read_levels(const YamlFile& file, const Field& section, std::vector<syntax::Level>& out);
void read_parameters(const YamlFile& file, const Field& section, std::vector<syntax::Parameter>& out);
void read_inputs(const YamlFile& file, const Field& section, std::vector<syntax::Input>& out);
void read_derive(const YamlFile& file, const Field& section, std::vector<syntax::Derived>& out);
void read_provision(const YamlFile& file, const Field& section, std::vector<syntax::Provision>& out);
void read_steps(const YamlFile& file, const Field& section, std::vector<syntax::Step>& out);
void read_information(const YamlFile& file, const Field& section, std::vector<syntax::Information>& out);
void read_rules(const YamlFile& file, const Field& section, std::vector<syntax::Rule>& out);
void read_removal(const YamlFile& file, const Field& section, syntax::Removal& out);
// `calendar:`; included files add holidays to the same calendar, and give
// `weekend` or `listed_through` at most once in the whole rule set (E013).
void read_calendar(const YamlFile& file, const Field& section, syntax::Calendar& out);

// The effective window and override flag shared by rules and catalogue
// entries, and `kind` checked against statute | guidance | local-policy.
void read_effective_and_override(const YamlFile& file, const Fields& fields, std::string_view what,
                                 std::optional<syntax::Window>& effective, bool& override_);
std::optional<syntax::Scalar> read_kind(const YamlFile& file, const Fields& fields, std::string_view what);

}  // namespace apdr::load
