#pragma once
// Internal to the check stage: the Checker walks a chain once, filling a
// Model and reporting into Diagnostics. Split across files by concern
// (overlays, ladder, names, expressions); check.cpp runs the phases in order.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "check/model.hpp"
#include "core/diagnostic.hpp"

namespace apdr::check {

// One entry of the merged catalogue before conversion: the syntax in force
// and the index of the rule set that gave it.
template <typename Syntax>
struct Merged {
  const Syntax* syntax = nullptr;
  std::size_t set = 0;
};

class Checker {
 public:
  Checker(Model& model, Diagnostics& diagnostics) : model_(model), diag_(diagnostics) {}

  void run();

 private:
  // overlays.cpp
  void merge_chain();
  template <typename Syntax>
  void merge_entries(std::vector<Merged<Syntax>>& merged, const std::vector<Syntax>& entries,
                     std::size_t set, const char* what);
  void apply_removals(const syntax::RuleSet& set);

  // calendar.cpp
  void build_calendar();

  // ladder.cpp
  void build_ladder();
  // Resolves a level name as written in a rule file: local first, then root.
  // Returns false (after reporting) when it is neither.
  bool resolve_level_name(const syntax::Scalar& name, int& index, bool& is_root);

  // Levels of the refining ladder that were reported and left off it:
  // naming one is not a second mistake.
  std::set<std::string> rejected_levels_;

  // names.cpp
  void build_symbols();
  void declare_names();
  void declare(const std::string& name, const SourceLocation& where, const char* what);

  // entries.cpp
  void convert_entries();
  EntryInfo entry_info(const syntax::EntryCommon& common, std::size_t set);
  std::string checked_source(const std::optional<syntax::Scalar>& source);
  Window window_of(const std::optional<syntax::Window>& window, std::size_t set);

  // expressions.cpp
  void check_parameters();
  void check_derived();
  void check_expressions();
  Type check_expression(const syntax::Expression& expression, const char* context);
  Type check_node(const expr::Node& node);
  Type check_call(const expr::Node& node);
  Type check_name(const expr::Node& node);
  Type check_field(const expr::Node& node);
  Type check_binary(const expr::Node& node);
  void expect(const expr::Node& node, const Type& actual, TypeKind wanted, const char* role);
  bool compatible(const Type& a, const Type& b) const;
  std::string describe(const Type& type) const;
  SourceLocation where_of(const expr::Node& node) const;
  std::vector<std::string> visible_names() const;
  // unknown_names.cpp: a plain unknown name is most often a fact the author
  // meant to ask for, so it is reported once its expression is checked,
  // with the `inputs:` declaration its use suggests.
  void note_unknown_name(const expr::Node& node, std::vector<std::string> notes);
  void hint_input_type(const expr::Node& node, const Type& used_as);
  void report_unknown_names();

  Model& model_;
  Diagnostics& diag_;

  // Merged catalogue (filled by merge_chain, read by convert_entries).
  std::vector<Merged<syntax::Provision>> provision_;
  std::vector<Merged<syntax::Step>> steps_;
  std::vector<Merged<syntax::Information>> information_;
  std::vector<Merged<syntax::Rule>> rules_;
  std::vector<Merged<syntax::Input>> inputs_;
  std::vector<Merged<syntax::Derived>> derived_;
  std::vector<Merged<syntax::Parameter>> parameters_;
  std::vector<Merged<syntax::SourceEntry>> sources_;
  // Parameters an overlay changed: (inherited declaration, new one), for E047.
  std::vector<std::pair<const syntax::Parameter*, const syntax::Parameter*>> overridden_parameters_;

  // Names declared at the top level and where, to report ambiguity (E025).
  std::map<std::string, std::pair<SourceLocation, std::string>> declared_;
  std::map<std::string, int> input_index_, parameter_index_, derived_index_;

  // While checking expressions: the syntax expression being checked (for
  // positions), the element type in scope inside `where`, and the derived
  // values under evaluation (cycle detection).
  const syntax::Expression* current_ = nullptr;
  std::vector<Type> element_scope_;
  std::vector<int> derived_stack_;
  std::vector<int> derived_state_;  // 0 unchecked, 1 in progress, 2 done
  // Unknown names of the expression being checked, with the input type
  // their use suggests ("" until one is known).
  struct UnknownName {
    const expr::Node* node;
    std::vector<std::string> notes;
    std::string input_type;
  };
  std::vector<UnknownName> unknown_names_;
};

}  // namespace apdr::check
