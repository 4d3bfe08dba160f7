#pragma once
// The keys each place of a rule file accepts, and the closed sets of words
// some values take. The readers check files against these lists (E003, E004,
// E006) and `apdr schema rules` builds its JSON Schema from them, so the
// loader and the schema an editor uses cannot drift apart.
#include <string>
#include <vector>

namespace apdr::load {

struct PlaceKeys {
  std::vector<std::string> allowed;   // in the order messages list them
  std::vector<std::string> required;  // a subset of `allowed`
};

namespace rule_file {

// The top of the main file. `apdr` and `id` are required, and reported
// with their own messages rather than through require_keys.
extern const PlaceKeys main_file;
// The top of a file named by `include:`: entries only, no rule-set header.
extern const PlaceKeys included_file;
extern const PlaceKeys source;       // sources.ID
extern const PlaceKeys level;        // each item of `levels`
extern const PlaceKeys input;        // inputs.NAME
extern const PlaceKeys provision;    // provision.ID
extern const PlaceKeys step;         // steps.ID
// information.ID; "text or plain" is checked apart, so `required` is empty.
extern const PlaceKeys information;
extern const PlaceKeys rule;         // each item of `rules`
extern const PlaceKeys action;       // `then` of a rule
extern const PlaceKeys escalation;   // each item of `escalate`
extern const PlaceKeys removal;      // `remove`
extern const PlaceKeys window;       // `effective`
extern const PlaceKeys calendar;     // `calendar`
extern const PlaceKeys holiday;      // each item of `calendar.holidays`
extern const PlaceKeys lint;         // `lint` (main file only)

extern const std::vector<std::string> weekdays;     // `calendar.weekend`, Monday first
extern const std::vector<std::string> statuses;     // of the rule set
extern const std::vector<std::string> kinds;        // of rules and entries
extern const std::vector<std::string> input_types;  // `type` and `of` of an input
extern const std::vector<std::string> warning_codes;  // `lint.allow`: "W001", "W002", …

}  // namespace rule_file
}  // namespace apdr::load
