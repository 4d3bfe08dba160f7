#pragma once
// The diff for programs: one JSON document, written as the cohort streams
// (the opening, then one line per affected pupil, then the closing with the
// summary and totals), so even a large cohort's diff never sits in memory
// whole. Keys keep their documented order and are always present;
// docs/diff.md describes every field.
#include <string>

#include <nlohmann/json.hpp>

#include "diff/change.hpp"
#include "diff/heading.hpp"
#include "diff/summary.hpp"

namespace apdr::diff {

// One change: {"change": label, ...the fields its kind has}.
nlohmann::ordered_json change_json(const Change& change);

// One row that changed or was rejected:
// {"row", "line", "pupil", "status", "changes", "errors"}.
nlohmann::ordered_json pupil_json(const PupilChange& pupil);

// The summary's entries: {"change", "subject", "old", "new", "count", "pupils"}.
nlohmann::ordered_json summary_json(const DiffSummary& summary);

// The document's text in three parts. json_pupil returns empty for an
// unchanged pupil; `first` says whether no pupil has been written yet.
std::string json_opening(const Heading& heading);
std::string json_pupil(const PupilChange& pupil, bool first);
std::string json_closing(const DiffSummary& summary);

}  // namespace apdr::diff
