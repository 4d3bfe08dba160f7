#pragma once
// Words shared by the reports for people (text and Markdown), so both say
// the same thing the same way.
#include <string>
#include <string_view>
#include <vector>

#include "core/area.hpp"
#include "core/date.hpp"
#include "evaluate/result.hpp"

namespace apdr::render {

// "Thu 12 November 2026": unambiguous to a reader in England, unlike 12/11.
std::string long_date(Date date);

// "statute", "guidance", "local policy": the kind as a reader says it.
std::string_view kind_label(Kind kind);

// "a, b and c"; empty for an empty list.
std::string join_words(const std::vector<std::string>& words);
std::string join_words(const eval::Names& words);

// Why a level is what it is: "Stated in the profile.", "Raised by rule x.",
// "Stated in the profile; raised by rules x and y."
std::string level_reason(const eval::Names& by);

// "SEN support with specialist advice (range3, within sen_support)", or the
// bare id when there is no title, without repeating a national id.
std::string level_description(const eval::LevelResult& level);

// Who acts on a step, as words: "local_authority" reads "local authority".
std::string who_label(const eval::Names& who);

// What a step's due line leaves out, as sentences: that the date rests on
// the usual pattern of bank holidays; the defaults of the rule set it
// assumes ("a review interval of 12 weeks"); the date each other kind of rule gives
// ("Statutory date: Mon 1 March 2027."), so a guidance date never hides the
// law's; and, with no date at all, which facts one would need.
std::vector<std::string> deadline_notes(const eval::EscalationResult& step);

// What every report says under the provision list when the profile does
// not record what is in place: not known is not missing.
inline constexpr std::string_view not_recorded_summary =
    "What is in place was not recorded, so nothing is called missing: ask the school which of these the pupil has.";

// The title when there is one, else the id.
std::string title_or_id(std::string_view title, std::string_view id);

// The sentence before the list of what could not be decided: the profile
// does not say enough, or (reason cannot-compute) the rule set cannot work
// it out, which no answer about the pupil would change.
std::string undetermined_intro(const eval::Result& result);

// The banner for a rule set that is not in force ("PROPOSAL — not law…"),
// or empty for "in-force" and an unset status.
std::string status_banner(std::string_view status);

}  // namespace apdr::render
