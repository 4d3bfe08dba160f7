#include "load/duplicate_ids.hpp"

#include <map>
#include <string_view>

#include <fmt/format.h>

namespace apdr::load {
namespace {

class Seen {
 public:
  Seen(std::string_view kind, Diagnostics& diagnostics) : kind_(kind), diagnostics_(diagnostics) {}

  void add(const syntax::Scalar& id) {
    auto [it, fresh] = first_.emplace(id.value, id.where);
    if (fresh) return;
    const SourceLocation& first = it->second;
    diagnostics_.error(Code::DuplicateId, id.where,
                       fmt::format("{} `{}` is declared twice in this rule set", kind_, id.value),
                       {fmt::format("first declared at {}:{}:{}", first.file, first.line, first.column)});
  }

 private:
  std::string_view kind_;
  Diagnostics& diagnostics_;
  std::map<std::string, SourceLocation, std::less<>> first_;
};

template <typename Entries, typename IdOf>
void check(std::string_view kind, const Entries& entries, IdOf id_of, Diagnostics& diagnostics) {
  Seen seen(kind, diagnostics);
  for (const auto& entry : entries) seen.add(id_of(entry));
}

}  // namespace

void report_duplicate_ids(const syntax::RuleSet& set, Diagnostics& diagnostics) {
  check("source", set.sources, [](const auto& e) -> const syntax::Scalar& { return e.id; }, diagnostics);
  check("level", set.levels, [](const auto& e) -> const syntax::Scalar& { return e.id; }, diagnostics);
  check("parameter", set.parameters, [](const auto& e) -> const syntax::Scalar& { return e.name; }, diagnostics);
  check("input", set.inputs, [](const auto& e) -> const syntax::Scalar& { return e.name; }, diagnostics);
  check("derived value", set.derive, [](const auto& e) -> const syntax::Scalar& { return e.name; }, diagnostics);
  check("provision item", set.provision, [](const auto& e) -> const syntax::Scalar& { return e.id; }, diagnostics);
  check("step", set.steps, [](const auto& e) -> const syntax::Scalar& { return e.id; }, diagnostics);
  check("information entry", set.information, [](const auto& e) -> const syntax::Scalar& { return e.id; }, diagnostics);
  check("rule", set.rules, [](const auto& e) -> const syntax::Scalar& { return e.id; }, diagnostics);
}

}  // namespace apdr::load
