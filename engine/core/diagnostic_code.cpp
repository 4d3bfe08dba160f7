#include "core/diagnostic_code.hpp"

#include <fmt/format.h>

namespace apdr {

std::string code_name(Code code) {
  int number = static_cast<int>(code);
  if (number > static_cast<int>(Code::WarningBase)) {
    return fmt::format("W{:03}", number - static_cast<int>(Code::WarningBase));
  }
  return fmt::format("E{:03}", number);
}

std::string_view code_summary(Code code) {
  switch (code) {
    case Code::FileUnreadable: return "a file cannot be opened or read";
    case Code::YamlSyntax: return "the YAML is malformed";
    case Code::UnknownKey: return "a key the format does not define";
    case Code::MissingKey: return "a required key is missing";
    case Code::WrongShape: return "a mapping, list or single value where another was expected";
    case Code::InvalidValue: return "a value that is not valid for its type";
    case Code::DuplicateId: return "the same id is declared twice";
    case Code::UnsupportedVersion: return "the format version is not supported";
    case Code::IncludeOutsideFolder: return "an include or extends path leaves the rule set's folder";
    case Code::ExtendsCycle: return "rule sets extend each other in a cycle";
    case Code::LimitExceeded: return "a size, depth or count limit was exceeded";
    case Code::UnknownEmbedded: return "no embedded rule set has that name";
    case Code::DuplicateKey: return "the same key appears twice in one mapping";
    case Code::CohortSyntax: return "a cohort row is malformed";
    case Code::ExpressionSyntax: return "an expression does not parse";
    case Code::UnknownName: return "a name that is not declared";
    case Code::TypeMismatch: return "a value of the wrong type";
    case Code::BadCall: return "an unknown function or wrong arguments";
    case Code::UnknownField: return "a field the record does not have";
    case Code::AmbiguousName: return "a name that would mean two different things";
    case Code::DeriveCycle: return "derived values depend on each other in a cycle";
    case Code::NotConstant: return "a parameter value is not a constant";
    case Code::UnknownReference: return "an id that is not declared";
    case Code::LadderOrder: return "a refined ladder is out of order";
    case Code::LadderProjection: return "a level's national projection is missing or wrong";
    case Code::OverrideWithoutBase: return "override: true with nothing to override";
    case Code::RedefinedWithoutOverride: return "an inherited id is given again without override: true";
    case Code::StatuteProtected: return "a statute rule may not be removed or weakened";
    case Code::EffectiveWindow: return "an effective window ends before it starts";
    case Code::ParameterType: return "a parameter's type is changed";
    case Code::MissingKind: return "a rule does not say what it rests on";
    case Code::LevelRemoved: return "an entry names a level the ladder no longer has";
    case Code::ReservedId: return "a rule id that results use for something else (level, profile)";
    case Code::ProfileUnknownArea: return "an area of need that does not exist";
    case Code::ProfileUnknownLevel: return "a level that is not on the rule set's ladder";
    case Code::ProfileBadInput: return "an input that is not declared or has the wrong type";
    case Code::ProfileBadDate: return "an impossible or malformed date";
    case Code::ProfileBadEnum: return "a value outside its list of allowed values";
    case Code::ProfileUnknownProvision: return "in_place names a provision item the rule set does not have";
    case Code::BadArgument: return "a command-line argument is invalid";
    case Code::NeverInForce: return "an entry can never be in force: its window lies outside its rule set's";
    case Code::UnusedProvision: return "a provision item no level reaches and no rule provides";
    case Code::UnusedStep: return "a step no rule escalates to";
    case Code::UnusedInformation: return "an information item no rule gives";
    case Code::UnusedInput: return "an input no rule, guard or derived value reads";
    case Code::UnusedParameter: return "a parameter no rule, guard or derived value reads";
    case Code::UnusedDerived: return "a derived value no rule, guard or derived value reads";
    case Code::NeverFires: return "a rule whose condition is always false, so it can never fire";
    case Code::RedundantRule: return "a rule whose every action another rule with a weaker condition already takes";
    case Code::OverrideUnchanged: return "an override or parameter change that is identical to what it replaces";
    case Code::LevelAddsNothing: return "a level adds no provision for an area that has provision below and above it";
    case Code::MissingSource: return "an entry does not say where it comes from";
    case Code::MissingPlain: return "a family-facing entry has no plain wording";
    case Code::UnexplainedAcronym: return "plain wording uses an acronym without saying what it stands for";
    case Code::LongSentence: return "plain wording has a sentence of 30 words or more";
    case Code::NoAreaPlaced: return "a cohort row's SEN facts name no area of need, so they place no need";
    case Code::WarningBase: break;
  }
  return "unknown diagnostic";
}

}  // namespace apdr
