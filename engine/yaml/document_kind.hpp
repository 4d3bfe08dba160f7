#pragma once
// Which of apdr's formats a file is, judged from its name, its first line or
// its version key, so that a file given to the wrong verb (a cohort as a
// rule set, a rule set as a profile) is named for what it is instead of
// being read as the wrong thing: such a file's errors would quote its lines,
// which for a cohort or a profile are a pupil's facts.
#include <string_view>

#include "core/diagnostic.hpp"
#include "yaml/node.hpp"

namespace apdr::yaml {

enum class DocumentKind { unknown, rule_set, profile, column_map, rule_tests, csv_cohort, json_lines_cohort };

// From the text alone, before it is parsed: a cohort, by its extension
// (.csv, .tsv, .jsonl, .ndjson) or by its first lines (a header of
// comma-separated names with no `:`; two lines that each hold a JSON object).
// unknown for anything else.
DocumentKind kind_from_text(std::string_view file_name, std::string_view text);

// From the parsed document: the version key its root mapping holds
// (`apdr`, `apdr-profile`, `apdr-columns`, `apdr-test`); unknown otherwise.
DocumentKind kind_from_tree(const Node& root);

// "a rule set", "a profile", "a column map", "a file of rule tests",
// "a CSV cohort", "a JSON Lines cohort".
std::string_view kind_name(DocumentKind kind);

// The verb that reads that kind: "apdr check", "apdr eval", "apdr batch --columns",
// "apdr test", "apdr batch".
std::string_view verb_for(DocumentKind kind);

// E005 at 1:1 of `file`: "this is a CSV cohort, not a rule set", with the
// verb that reads it. Its line is never quoted.
Diagnostic wrong_kind_error(const std::string& file, DocumentKind found, std::string_view expected);

}  // namespace apdr::yaml
