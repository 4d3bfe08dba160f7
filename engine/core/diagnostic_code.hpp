#pragma once
// The stable catalogue of diagnostic codes. A code, once published, keeps its
// meaning forever: integrators match on it, and docs/errors/ explains each.
// Add new codes at the end of their group; never renumber.
#include <string_view>

namespace apdr {

enum class Code {
  // Reading files and YAML structure (E001–E019)
  FileUnreadable = 1,        // E001 a file cannot be opened or read
  YamlSyntax = 2,            // E002 the YAML itself is malformed
  UnknownKey = 3,            // E003 a key the format does not define
  MissingKey = 4,            // E004 a required key is absent
  WrongShape = 5,            // E005 a mapping, list or scalar where another was expected
  InvalidValue = 6,          // E006 a scalar that is not a valid value of its type (bad date, enum, number)
  DuplicateId = 7,           // E007 the same id twice in one rule set
  UnsupportedVersion = 8,    // E008 `apdr:` or `apdr-profile:` is not 1
  IncludeOutsideFolder = 9,  // E009 an include resolves outside the rule set's folder
  ExtendsCycle = 10,         // E010 extends forms a cycle
  LimitExceeded = 11,        // E011 a size, depth or count limit was passed
  UnknownEmbedded = 12,      // E012 extends: apdr:NAME names no embedded rule set
  DuplicateKey = 13,         // E013 the same key twice in one mapping
  CohortSyntax = 14,         // E014 a cohort row is malformed (CSV quoting, a JSON Lines row that is not an object)
  // Expressions (E020–E039)
  ExpressionSyntax = 20,     // E020 an expression does not parse
  UnknownName = 21,          // E021 a name that is not declared
  TypeMismatch = 22,         // E022 operands or values of the wrong type
  BadCall = 23,              // E023 unknown function or wrong arguments
  UnknownField = 24,         // E024 a field the record does not have
  AmbiguousName = 25,        // E025 a declared name that would mean two things
  DeriveCycle = 26,          // E026 derived values that depend on each other
  NotConstant = 27,          // E027 a parameter value that is not a constant
  // Model (E040–E059)
  UnknownReference = 40,     // E040 an id (provision, step, information, level, area, source) that is not declared
  LadderOrder = 41,          // E041 a refined ladder whose national projection goes down
  LadderProjection = 42,     // E042 `national:` missing, wrong, or given at the root
  OverrideWithoutBase = 43,  // E043 override: true with nothing to override
  RedefinedWithoutOverride = 44,  // E044 an inherited id given again without override: true
  StatuteProtected = 45,     // E045 a statute rule removed or overridden by a weaker kind
  EffectiveWindow = 46,      // E046 an effective window that ends before it starts
  ParameterType = 47,        // E047 an overlay changes a parameter's type
  MissingKind = 48,          // E048 a rule without `kind`
  LevelRemoved = 49,         // E049 an inherited entry names a level the refined ladder lacks
  ReservedId = 50,           // E050 a rule id that results use for something else (`level`, `profile`)
  // Profiles (E060–E079)
  ProfileUnknownArea = 60,   // E060 an area id that does not exist
  ProfileUnknownLevel = 61,  // E061 a level id not in the rule set's ladder
  ProfileBadInput = 62,      // E062 an input not declared, or of the wrong type
  ProfileBadDate = 63,       // E063 an impossible or malformed date
  ProfileBadEnum = 64,       // E064 a value outside its enumeration
  ProfileUnknownProvision = 65,  // E065 in_place names no provision item (warning)
  // Command line (E090–E099)
  BadArgument = 90,          // E090 a command-line argument is invalid
  // Warnings (W001–)
  WarningBase = 1000,
  NeverInForce = 1001,       // W001 an entry's effective window lies outside its rule set's: it can never take part
  // Lints (docs/lint.md): run by `apdr check` on the files being checked,
  // never on the embedded sets they extend.
  UnusedProvision = 1002,    // W002 a provision item no level reaches and no rule provides
  UnusedStep = 1003,         // W003 a step no rule escalates to
  UnusedInformation = 1004,  // W004 an information item no rule informs
  UnusedInput = 1005,        // W005 an input no expression reads
  UnusedParameter = 1006,    // W006 a parameter no expression reads
  UnusedDerived = 1007,      // W007 a derived value no expression reads
  NeverFires = 1008,         // W008 a rule whose condition is always false
  RedundantRule = 1009,      // W009 a rule whose every action a weaker rule already takes
  OverrideUnchanged = 1010,  // W010 an override (or a parameter change) identical to what it replaces
  LevelAddsNothing = 1011,   // W011 a level between two that have provision for an area has none for it
  MissingSource = 1012,      // W012 a provision item, step, information item or rule without `source`
  MissingPlain = 1013,       // W013 a family-facing item without `plain` wording
  UnexplainedAcronym = 1014, // W014 `plain` wording uses an acronym without spelling it out
  LongSentence = 1015,       // W015 `plain` wording has a sentence of 30 words or more
  NoAreaPlaced = 1016,       // W016 a cohort row's SEN facts (OTH, NSA, a level, a review date) name no area of need
};

enum class Severity { error, warning, note };

// "E021", "W001".
std::string code_name(Code code);

// A one-line summary of what the code means, for --format json and docs.
std::string_view code_summary(Code code);

}  // namespace apdr
