#pragma once
// The keys each place of a *.test.yaml file accepts, and the closed sets of
// words some values take. The reader checks test files against these lists
// (E003, E004, E006) and `apdr schema tests` builds its JSON Schema from
// them, so the reader and the schema an editor uses cannot drift apart.
#include <string>
#include <vector>

#include "load/rule_file_keys.hpp"

namespace apdr::ruletest::test_file_keys {

using load::PlaceKeys;

// The top of the file. `apdr-test` and `cases` are required, and reported
// with their own messages.
inline const PlaceKeys file{{"apdr-test", "rules", "as_of", "cases"}, {"apdr-test", "cases"}};

// Each item of `cases`.
inline const PlaceKeys test_case{{"name", "source", "profile", "as_of", "levels", "provide", "not_provide", "gaps",
                                  "escalate", "not_escalate", "inform", "not_inform", "undetermined", "fires",
                                  "not_fires"},
                                 {"name", "profile"}};

// Each item of `escalate` written as a mapping.
inline const PlaceKeys escalation{{"step", "due", "overdue", "kind", "deadlines", "missing", "assumes"}, {"step"}};

// Each item of an escalation's `deadlines`.
inline const PlaceKeys deadline{{"kind", "due"}, {"kind", "due"}};

// `provide: { only: true, items: [...] }`: a list with `only`, for the keys
// in `exact_lists`.
inline const PlaceKeys exact_list{{"only", "items"}, {"items"}};

// The expectations that take `only: true` (the result's set must be exactly
// the one listed). `levels` takes `only` among its areas instead.
inline const std::vector<std::string> exact_lists{"provide", "gaps", "escalate", "inform", "undetermined"};

// Each item of `undetermined` written as a mapping.
inline const PlaceKeys undetermined{{"rule", "missing", "reason"}, {"rule"}};

// Why a rule is undetermined (DESIGN "Rule language": a fact it needs is
// unknown, or a value cannot be computed from known facts).
inline const std::vector<std::string> reasons{"missing", "cannot-compute"};

// The level that says an area must not be listed at all.
inline const std::string no_level = "none";

}  // namespace apdr::ruletest::test_file_keys
