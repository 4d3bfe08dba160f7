#pragma once
// The checked model: a whole extends chain merged into one rule set, with
// overlays applied, the ladder resolved, every reference checked and every
// expression typed. Expressions are not copied: the model keeps the syntax
// chain alive and records, for each name and call node, what it resolved to,
// so the compiler never looks a name up again.
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

#include "check/type.hpp"
#include "core/area.hpp"
#include "core/calendar.hpp"
#include "core/date.hpp"
#include "load/syntax.hpp"

namespace apdr::check {

struct Window {
  std::optional<Date> from;
  std::optional<Date> to;
  bool contains(Date d) const { return (!from || *from <= d) && (!to || d <= *to); }
  // The part of this window that lies inside `outer`.
  Window within(const Window& outer) const;
};

struct LevelDef {
  std::string id;
  std::string title;
  std::string plain;
  int root = 0;              // index in the root ladder it projects to
  SourceLocation where;
  std::string census;        // root levels: the census SEN provision code (N, K, E), or empty
};

// The effective ladder (the last one declared in the chain) and the root one.
// When no rule set refines the ladder, both are the same list.
struct Ladder {
  std::vector<LevelDef> local;
  std::vector<LevelDef> root;
  bool refined = false;
  std::size_t refined_by = 0;  // index in the chain of the rule set that refined it
  // lowest_local_in_root[r]: the lowest local level projecting to root level r, or -1.
  std::vector<int> lowest_local_in_root;
  int find_local(std::string_view id) const;
  int find_root(std::string_view id) const;
};

// A built-in enumeration (phase, setting, outcome, requested_by, decision) or
// a one_of input's values; members are symbol ids.
struct Enumeration {
  std::string name;
  std::vector<int> members;
};

enum class Function {
  level, has_need, has_code, cycles, count, any, all, latest, in_place, age, known,
  min, max, date, year, month, day, academic_year, is_working_day, next_working_day,
};

// Profile facts that rules can read by name.
enum class PupilField { date_of_birth, year_group, phase, setting };
enum class EhcField {
  requested, requested_by, decided, decision, draft_issued, plan_issued, last_review,
  review_notice, review_outcome, amendment_notice, amended, mediation_certificate,
};
enum class CycleField { area, level, started, reviewed, outcome, advice_from, review_due };
enum class NeedField { area, level, codes, awaiting_assessment };

// What one name, field or call node means.
struct Resolution {
  enum class Ref {
    today, pupil_field, ehc_field, needs, input, parameter, derived,
    local_level, root_level, area, code, symbol, cycle_field, need_field, function,
  } ref = Ref::today;
  int index = 0;   // which input/parameter/derived/level/area/code/symbol/field/function
};

using ConstantValue = std::variant<double, bool, Date, Duration, std::string>;

struct Parameter {
  std::string name;
  Type type;
  ConstantValue value;
  const syntax::Parameter* syntax = nullptr;  // the declaration in force (an overlay's when changed)
};

struct Input {
  std::string name;
  std::string type_name;               // as declared
  Type type;
  std::vector<std::string> values;     // one_of
  std::string item_type = "text";      // list
  std::string question;
  std::string plain;
  const syntax::Input* syntax = nullptr;
};

struct Derived {
  std::string name;
  Type type;
  const syntax::Derived* syntax = nullptr;
};

// Fields every catalogue entry shares once merged.
struct EntryInfo {
  std::string id;
  std::string title;
  std::string plain;
  std::string source;
  std::optional<Kind> kind;   // as declared
  Window window;              // its own effective window within its rule set's
  std::string defined_in;     // id of the rule set that gave the version in force
};

struct Provision : EntryInfo {
  std::optional<Area> area;   // nullopt: `all`
  int level = 0;              // local level index, or root index when level_is_root
  bool level_is_root = false;
  const syntax::Expression* when = nullptr;
  const syntax::Provision* syntax = nullptr;
};

struct Step : EntryInfo {
  std::vector<std::string> who;
  const syntax::Step* syntax = nullptr;
};

struct Information : EntryInfo {
  std::string text;
  const syntax::Information* syntax = nullptr;
};

struct LevelTarget {
  Area area;
  int local_level = 0;        // already mapped from a root name to the lowest local level in it
};

struct EscalationAction {
  int step = 0;               // index into Model::steps
  const syntax::Expression* due = nullptr;
};

struct Rule {
  std::string id;
  Kind kind = Kind::local_policy;
  std::optional<Area> area;   // the rule applies only with a need in this area
  std::string title;
  std::string because;
  std::string plain;
  std::string source;
  Window window;
  std::string defined_in;
  const syntax::Expression* when = nullptr;
  std::vector<LevelTarget> levels;
  std::vector<int> provide;   // indices into Model::provision
  std::vector<EscalationAction> escalate;
  std::vector<int> inform;    // indices into Model::information
  const syntax::Rule* syntax = nullptr;
};

struct SourceDef {
  std::string id;
  std::string title;
  std::string published;
  std::string url;
  std::string section_url;   // an https template holding `{n}`, or empty (docs/rule-files.md)
  std::string section_name;  // "section", "regulation", …, or empty
};

// A citation of a source at a place in it, worked out once at check time
// (check/citation.hpp): every pupil citing it shares these words.
struct Citation {
  std::string cite;   // "cfa2014#s36(8)"
  std::string label;  // "Children and Families Act 2014, section 36(8)"
  std::string url;    // the section's own https address, or empty
};

struct Model {
  syntax::Chain chain;                 // owns every syntax node the model points at
  std::string id;
  std::string title;
  std::string status = "in-force";
  std::vector<std::string> chain_ids;  // root first
  Window window;                       // the requested rule set's own window
  std::vector<std::pair<std::string, Window>> set_windows;  // each set's id and window, root first

  Ladder ladder;
  std::vector<std::string> symbols;    // enum value names, interned
  std::vector<Enumeration> enums;      // built-ins first (see builtin_enum below), then one_of inputs
  std::vector<Parameter> parameters;
  std::vector<Input> inputs;
  std::vector<Derived> derived;        // in declaration order; evaluated on demand, so order does not matter
  std::vector<Provision> provision;    // catalogue order
  std::vector<Step> steps;
  std::vector<Information> information;
  std::vector<Rule> rules;
  std::vector<SourceDef> sources;
  // Every `id#locator` the items and rules cite, sorted by `cite` for
  // lookup: filled at the end of check (check/citation.hpp).
  std::vector<Citation> citations;
  Calendar calendar;                   // the chain's holidays merged (check/calendar.cpp)

  // What the type checker found for each expression node it checked, at the
  // node's slot (expr::Node::slot; entry 0 is never used). An entry names its
  // node, so a node recorded by another model is never mistaken for one of
  // this model's.
  struct NodeFacts {
    const expr::Node* node = nullptr;
    std::optional<Type> type;
    std::optional<Resolution> resolution;
  };
  std::vector<NodeFacts> node_facts = std::vector<NodeFacts>(1);

  // The type or resolution recorded for `node`, or null.
  const Type* type_of(const expr::Node& node) const;
  const Resolution* resolution_of(const expr::Node& node) const;
  // How many nodes have a type recorded.
  std::size_t typed_nodes() const;
  // Records `node`'s type or resolution, replacing what was recorded.
  void set_type(const expr::Node& node, Type type);
  void set_resolution(const expr::Node& node, Resolution resolution);

  int find_symbol(std::string_view name) const;
  int find_provision(std::string_view id) const;
};

// Indices of the built-in enumerations in Model::enums.
enum class BuiltinEnum { phase = 0, setting, outcome, requested_by, decision, review_outcome };
inline int builtin_enum(BuiltinEnum e) { return static_cast<int>(e); }

}  // namespace apdr::check
