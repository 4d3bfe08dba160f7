#pragma once
// The family report as words, before any format: every sentence a parent
// carer reads in `apdr report` (HTML, Markdown) and at the end of `apdr ask`
// (text) is built here once, from the evaluation result, so the formats say
// the same thing. No rule, step, provision or source id reaches these words:
// items are named by their titles, sources by their titles and the section
// cited, each with a link to that section where the source has one.
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "evaluate/result.hpp"

namespace apdr::render {

// A place in a source: "Children and Families Act 2014, section 36(8)" and
// the address of that section (empty when the source gives none).
struct FamilyLink {
  std::string label;
  std::string url;
};

// One statement with where it comes from.
struct FamilyPoint {
  std::string text;
  FamilyLink source;
};

// The "key points" box: the law first, the next dated step, what is local policy.
struct KeyPoints {
  std::vector<FamilyPoint> law;
  std::string next_step;      // one sentence: the next dated step, or that none has a date
  bool next_step_overdue = false;
  std::string local_policy;   // one sentence: what in the report is local policy, and whose
};

// A provision item as the family reads it.
struct FamilyProvision {
  std::string title;
  std::string status;          // "In place", "Not in place", "Not recorded: ask the school"
  std::string status_class;    // in-place | missing | not-recorded (HTML classes)
  std::string kind;            // "law", "Code of Practice", "local policy"
  std::string detail;
  FamilyLink source;
};

struct FamilyProvisionGroup {
  std::string heading;         // an area's title, or "For every pupil"
  std::vector<FamilyProvision> items;
  // The source every item of the group cites, said once for the group (the
  // items' own `source` is then left empty); empty when they differ.
  FamilyLink source;
};

// A next step as the family reads it.
struct FamilyStep {
  std::string title;
  std::string kind;
  std::optional<Date> due;
  bool overdue = false;
  std::string due_line;        // "Due by Tue 12 January 2027", "Overdue: was due by …", "No date is set."
  std::vector<std::string> notes;  // what the date rests on, in plain words
  std::string detail;
  std::string who;             // "Who: the local authority"
  std::vector<std::string> because;
  FamilyLink source;
};

// One part of "Law, guidance and local policy".
struct FamilyKindPart {
  Kind kind;
  std::string heading;         // "What the law says"
  std::string meaning;
  std::vector<FamilyPoint> items;  // title + body folded into text
  std::vector<std::string> item_titles;
  bool in_key_points = false;  // items left out here because the key points say them
  std::string rests_on;        // "2 next steps and 8 items of support above rest on it (marked …)."
};

struct FamilySource {
  std::string title;
  std::string url;             // the source's own address
  bool title_linked = false;   // the title carries `url`: some place cited has no address of its own
  std::string published;
  std::vector<FamilyLink> places;  // the sections cited, each linked where possible
};

struct FamilyReport {
  std::string title;           // "Support summary for my-child"
  std::string meta;            // "Worked out on … from …"
  std::string banner;          // a proposal or draft: not law
  std::vector<std::string> notices;
  KeyPoints key;
  std::string toolkit;         // which local toolkit was used, and that it is illustrative; empty for none
  std::vector<std::string> needs;  // "Cognition and learning: SEN support."
  std::string provision_summary;
  std::vector<FamilyProvisionGroup> provision;
  std::vector<FamilyStep> steps;
  std::vector<std::string> can_do;     // "What you can do"
  std::vector<FamilyKindPart> kinds;   // statute, guidance, local policy, in that order
  std::vector<std::string> open;       // questions still open
  std::vector<FamilySource> sources;
  std::vector<std::string> rule_set;   // "Rule set: …", "Evaluated on: …"
};

// Headings of the family report, in order.
inline constexpr const char* family_heading_key = "Key points";
inline constexpr const char* family_heading_can_do = "What you can do";

FamilyReport family_report(const eval::Result& result);

// The kind as a family reads it: "law", "Code of Practice", "local policy".
std::string family_kind(Kind kind);

// A citation as words and a link, looked up among the result's sources:
// "cop#6.23" → "SEND Code of Practice 0 to 25, paragraph 6.23".
FamilyLink family_source(const eval::Result& result, std::string_view cite);

// Which illustrative toolkit the rule set is, in a sentence; empty when the
// report uses the national rules alone.
std::string toolkit_sentence(const eval::Result& result);

}  // namespace apdr::render
