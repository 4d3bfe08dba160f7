#include "render/family_report.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "render/notice.hpp"
#include "render/questions.hpp"
#include "render/report_wording.hpp"
#include "render/wording.hpp"

namespace apdr::render {

namespace {

// The sections of the law the key points rest on, with the addresses that
// national.yaml's section_url gives them, so the box links the section
// itself even when no rule in the result cites it.
const FamilyLink cfa_s36_1{"Children and Families Act 2014, section 36(1)",
                           "https://www.legislation.gov.uk/ukpga/2014/6/section/36"};
const FamilyLink cfa_s36_8{"Children and Families Act 2014, section 36(8)",
                           "https://www.legislation.gov.uk/ukpga/2014/6/section/36"};
const FamilyLink regs_reg_5{"SEND Regulations 2014, regulation 5(1)",
                            "https://www.legislation.gov.uk/uksi/2014/1530/regulation/5"};
const FamilyLink cfa_s44{"Children and Families Act 2014, section 44(1)",
                         "https://www.legislation.gov.uk/ukpga/2014/6/section/44"};
const FamilyLink cfa_s51{"Children and Families Act 2014, section 51(2)",
                         "https://www.legislation.gov.uk/ukpga/2014/6/section/51"};

bool has_plan(const eval::Result& result) {
  return std::any_of(result.levels.begin(), result.levels.end(), [](const eval::LevelResult& l) {
    return l.level == "ehc_plan" || l.national == "ehc_plan";
  });
}

// The national rules' steps of an assessment under way: any of them on the
// list means a request is already on record.
bool request_on_record(const eval::Result& result) {
  static const char* steps[] = {"decide-whether-to-assess", "provide-advice", "decide-whether-to-issue",
                                "comment-on-draft", "final-plan"};
  for (const auto& e : result.escalations) {
    for (const char* s : steps) {
      if (e.step == s) return true;
    }
  }
  return std::any_of(result.information.begin(), result.information.end(),
                     [](const eval::InformationResult& i) { return i.id == "timescale-exceptions"; });
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// "…, ch6" reads "…, chapter 6"; "…, 6.23" reads "…, paragraph 6.23".
std::string readable_label(std::string label) {
  std::size_t comma = label.rfind(", ");
  if (comma == std::string::npos) return label;
  std::string place = label.substr(comma + 2);
  if (place.size() > 2 && place.rfind("ch", 0) == 0 && std::isdigit(static_cast<unsigned char>(place[2]))) {
    return label.substr(0, comma + 2) + "chapter " + place.substr(2);
  }
  if (!place.empty() && std::isdigit(static_cast<unsigned char>(place[0])) && place.find('.') != std::string::npos) {
    return label.substr(0, comma + 2) + "paragraph " + place;
  }
  // A locator with no number ("oap-examples") is a rule writer's name for a
  // part, not words a family reads: the source's title stands alone.
  if (std::none_of(place.begin(), place.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    return label.substr(0, comma);
  }
  return label;
}

bool is_web_link(std::string_view url) {
  return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
}

std::string family_level_words(const eval::LevelResult& level) {
  std::string words(level.level_title);
  if (words.empty()) {
    words = level.level;
    std::replace(words.begin(), words.end(), '_', ' ');
    if (words == "sen support") words = "SEN support";
    if (words == "ehc plan") words = "EHC plan";
  }
  return words;
}

// A default a date rests on, in words: "if reviews happen every 12 weeks".
std::string assumption_words(const eval::Assumption& a, bool toolkit) {
  std::string who = toolkit ? "as this toolkit expects" : "as these rules expect";
  if (a.parameter == "review_interval") {
    return fmt::format("This date assumes reviews every {} (about once a term), {}. The law sets no interval: "
                       "ask the school when the next review is.",
                       a.value, who);
  }
  std::string name(a.parameter);
  std::replace(name.begin(), name.end(), '_', ' ');
  return fmt::format("This date assumes a {} of {}, {}. It is a usual choice, not a time limit in law.", name,
                     a.value, who);
}

std::vector<std::string> step_notes(const eval::EscalationResult& e, bool toolkit) {
  std::vector<std::string> notes;
  if (e.due && e.provisional) {
    notes.push_back("This date counts working days past the published list of bank holidays, so it could "
                    "still move.");
  }
  if (e.due) {
    for (const auto& a : e.assumes) notes.push_back(assumption_words(a, toolkit));
  }
  for (std::size_t i = 1; i < e.deadlines.size(); ++i) {
    const eval::Deadline& d = e.deadlines[i];
    if (!d.due) continue;
    notes.push_back(fmt::format("Date under {}: {}{}.", family_kind(d.kind) == "law" ? "the law" : family_kind(d.kind),
                                long_date(*d.due), d.overdue ? " (overdue)" : ""));
  }
  if (!e.due && !e.missing.empty()) {
    std::vector<std::string> facts;
    for (const auto& fact : e.missing) facts.push_back(fact_words(fact));
    notes.push_back("No date can be worked out yet: it needs " + join_words(facts) + ".");
  }
  return notes;
}

bool is_toolkit(const eval::Result& result) { return result.chain.size() > 1; }

// The national information items the key points already say (in other
// words, from the same sections), so the report does not say them twice.
bool in_key_points(const eval::Result& result, std::string_view id) {
  if (has_plan(result)) return false;
  return id == "request-assessment-yourself" || id == "legal-test" || id == "no-preconditions";
}

KeyPoints key_points(const eval::Result& result) {
  KeyPoints key;
  if (has_plan(result)) {
    key.law.push_back({"Your child's EHC plan must be reviewed at least once every 12 months.", cfa_s44});
    key.law.push_back({"You can appeal to the Tribunal about what the plan says when it is first issued and "
                       "after each change, and about a decision not to change it.",
                       cfa_s51});
  } else {
    key.law.push_back({"You can ask the local authority for an education, health and care (EHC) needs "
                       "assessment yourself, in writing, whatever the school says and whether or not your "
                       "child gets SEN support.",
                       cfa_s36_1});
    key.law.push_back({"The legal test is a low bar: your child has or may have special educational needs, "
                       "and may need support through an EHC plan. If it is met, the local authority must "
                       "assess.",
                       cfa_s36_8});
    key.law.push_back({"The law sets no preconditions: no diagnosis, no report from an educational "
                       "psychologist, no number of rounds of support, no length of time on SEN support, and "
                       "your child does not have to be two years behind.",
                       cfa_s36_8});
    key.law.push_back({"The local authority must tell you within 6 weeks of getting your request whether it "
                       "will assess.",
                       regs_reg_5});
  }

  // The next dated step: an overdue one first, else the earliest due.
  const eval::EscalationResult* next = nullptr;
  for (const auto& e : result.escalations) {
    if (!e.due) continue;
    if (next == nullptr || (e.overdue && !next->overdue) ||
        (e.overdue == next->overdue && *e.due < *next->due)) {
      next = &e;
    }
  }
  if (next != nullptr && next->overdue) {
    key.next_step = fmt::format("Overdue: {} was due by {} ({}).", title_or_id(next->title, next->step),
                                long_date(*next->due), family_kind(next->kind));
    key.next_step_overdue = true;
  } else if (next != nullptr) {
    key.next_step = fmt::format("Next date: {}, due by {} ({}).", title_or_id(next->title, next->step),
                                long_date(*next->due), family_kind(next->kind));
  } else if (!has_plan(result) && !request_on_record(result)) {
    key.next_step = "No step has a date yet. If you ask for an assessment, the 6 weeks start when the local "
                    "authority gets your request.";
  } else {
    key.next_step = "No step has a date yet: see \"Questions still open\" for what would give one.";
  }

  std::size_t local = 0;
  for (const auto& p : result.provision) local += p.kind == Kind::local_policy ? 1 : 0;
  for (const auto& e : result.escalations) local += e.kind == Kind::local_policy ? 1 : 0;
  for (const auto& i : result.information) local += i.kind == Kind::local_policy ? 1 : 0;
  if (local == 0) {
    key.local_policy = "Nothing in this summary is local policy: it rests on the law and the Code of Practice.";
  } else {
    key.local_policy = fmt::format(
        "{} item{} marked \"local policy\" {} what the local authority expects, not the law. A local "
        "expectation, such as a number of rounds of support before a request, can never take away the "
        "right to ask for an assessment.",
        local, local == 1 ? "" : "s", local == 1 ? "is" : "are");
  }
  return key;
}

std::vector<std::string> can_do(const eval::Result& result, bool any_missing, bool any_unrecorded) {
  std::vector<std::string> out;
  if (!has_plan(result) && !request_on_record(result)) {
    out.push_back("Ask the local authority in writing for an EHC needs assessment, if you think your child "
                  "may need one. apdr can write the letter from your saved answers: "
                  "apdr letter request-assessment.");
  }
  bool overdue = std::any_of(result.escalations.begin(), result.escalations.end(),
                             [](const eval::EscalationResult& e) { return e.overdue; });
  if (overdue) {
    out.push_back("Write to whoever is responsible for an overdue step, saying the date it was due and the "
                  "source given for it.");
  }
  if (any_missing) {
    out.push_back("Ask the school about the support marked \"Not in place\", at a meeting or in writing.");
  }
  if (any_unrecorded) {
    out.push_back("Ask the school which of the support listed your child gets now.");
  }
  if (!result.undetermined.empty()) {
    out.push_back("Find out the answers to the questions still open (below): the summary can then say more.");
  }
  if (std::any_of(result.escalations.begin(), result.escalations.end(),
                  [](const eval::EscalationResult& e) { return e.due.has_value(); })) {
    out.push_back("Put the dates in your calendar: apdr report --format ics writes them as a calendar file.");
  }
  out.push_back("Take this summary to your next meeting with the school. Schools should meet parents at "
                "least three times a year (Code of Practice, paragraph 6.65).");
  return out;
}

}  // namespace

std::string family_kind(Kind kind) {
  switch (kind) {
    case Kind::statute: return "law";
    case Kind::guidance: return "Code of Practice";
    case Kind::local_policy: return "local policy";
  }
  return "local policy";
}

FamilyLink family_source(const eval::Result& result, std::string_view cite) {
  if (cite.empty()) return {};
  std::string_view id = cite.substr(0, cite.find('#'));
  for (const auto& s : result.sources) {
    if (s.id != id) continue;
    for (const auto& c : s.citations) {
      if (c.cite == cite) {
        return {readable_label(std::string(c.label)),
                std::string(is_web_link(c.url) ? c.url : (is_web_link(s.url) ? s.url : ""))};
      }
    }
    return {title_or_id(s.title, "a source of the rule set"), std::string(is_web_link(s.url) ? s.url : "")};
  }
  return {"a source of the rule set", ""};
}

std::string toolkit_sentence(const eval::Result& result) {
  if (!is_toolkit(result)) return "";
  std::string title(result.rule_set_title.empty() ? "a local toolkit" : result.rule_set_title);
  if (lower(title).find("illustrative") != std::string::npos) {
    return fmt::format("Local policy here comes from the toolkit \"{}\". It is illustrative: an example of "
                       "what a local authority may expect, not checked against any authority's published "
                       "document. Ask your local authority for its own.",
                       title);
  }
  return fmt::format("Local policy here comes from the toolkit \"{}\". Check it against your local "
                     "authority's own published Local Offer.",
                     title);
}

FamilyReport family_report(const eval::Result& result) {
  FamilyReport report;
  report.title = fmt::format("Support summary for {}", result.profile);
  report.meta = fmt::format("Worked out on {}.", long_date(result.as_of));
  report.banner = status_banner(result.status);
  report.notices = notice_texts(result);
  report.key = key_points(result);
  report.toolkit = toolkit_sentence(result);
  const bool toolkit = is_toolkit(result);

  for (const auto& level : result.levels) {
    bool worked_out = std::any_of(level.by.begin(), level.by.end(), [](std::string_view b) { return b != "profile"; });
    report.needs.push_back(fmt::format("{}: {}.{}", area_title(level.area), family_level_words(level),
                                       worked_out ? " Worked out from the support tried so far." : ""));
  }

  bool any_missing = false;
  bool any_unrecorded = false;
  std::size_t in_place = 0;
  for (const auto& area : provision_areas(result)) {
    FamilyProvisionGroup group;
    group.heading = provision_area_title(area);
    for (const auto& p : result.provision) {
      if (p.area != area) continue;
      FamilyProvision item;
      item.title = title_or_id(p.title, "An item of support");
      if (!p.in_place) {
        // Not recorded (DESIGN 1.1): unknown, never shown as missing.
        item.status = "Not recorded: ask the school";
        item.status_class = "not-recorded";
        any_unrecorded = true;
      } else if (*p.in_place) {
        item.status = "In place";
        item.status_class = "in-place";
        ++in_place;
      } else {
        item.status = "Not in place";
        item.status_class = "missing";
        any_missing = true;
      }
      item.kind = family_kind(p.kind);
      item.detail = p.plain;
      item.source = family_source(result, p.source);
      group.items.push_back(std::move(item));
    }
    bool shared = group.items.size() > 1 && !group.items.front().source.label.empty() &&
                  std::all_of(group.items.begin(), group.items.end(), [&](const FamilyProvision& i) {
                    return i.source.label == group.items.front().source.label;
                  });
    if (shared) {
      group.source = group.items.front().source;
      for (auto& i : group.items) i.source = {};
    }
    report.provision.push_back(std::move(group));
  }
  if (!result.provision.empty()) {
    std::size_t missing = result.gaps.size();
    std::size_t unknown = result.provision.size() - in_place - missing;
    if (!result.in_place_recorded) {
      report.provision_summary = std::string(not_recorded_summary);
    } else {
      std::vector<std::string> parts;
      if (missing > 0) parts.push_back(fmt::format("{} not in place", missing));
      if (unknown > 0) parts.push_back(fmt::format("{} not recorded", unknown));
      report.provision_summary = fmt::format("{} of {} in place{}.", in_place, result.provision.size(),
                                             parts.empty() ? "" : "; " + join_words(parts));
    }
  }

  for (const auto& e : result.escalations) {
    FamilyStep step;
    step.title = title_or_id(e.title, "A next step");
    step.kind = family_kind(e.kind);
    step.due = e.due;
    step.overdue = e.overdue;
    if (e.due && e.overdue) {
      step.due_line = "Overdue: was due by " + long_date(*e.due);
    } else if (e.due) {
      step.due_line = "Due by " + long_date(*e.due);
    } else if (e.missing.empty()) {
      step.due_line = "No date is set.";
    }
    step.notes = step_notes(e, toolkit);
    step.detail = e.plain;
    if (!e.who.empty()) step.who = "Who: the " + who_label(e.who);
    step.because.assign(e.because.begin(), e.because.end());
    step.source = family_source(result, e.source);
    report.steps.push_back(std::move(step));
  }

  report.can_do = can_do(result, any_missing, any_unrecorded);

  for (Kind kind : {Kind::statute, Kind::guidance, Kind::local_policy}) {
    FamilyKindPart part;
    part.kind = kind;
    part.heading = std::string(kind_heading(kind));
    part.meaning = std::string(kind_meaning(kind));
    for (const auto& i : result.information) {
      if (i.kind != kind) continue;
      if (in_key_points(result, i.id)) {
        part.in_key_points = true;
        continue;
      }
      part.item_titles.emplace_back(i.title);
      part.items.push_back({std::string(family_text(i.plain, i.text)), family_source(result, i.source)});
    }
    std::size_t steps = 0, provision = 0;
    for (const auto& e : result.escalations) steps += e.kind == kind ? 1 : 0;
    for (const auto& p : result.provision) provision += p.kind == kind ? 1 : 0;
    std::vector<std::string> counts;
    if (steps > 0) counts.push_back(fmt::format("{} next step{}", steps, steps == 1 ? "" : "s"));
    if (provision > 0) counts.push_back(fmt::format("{} item{} of support", provision, provision == 1 ? "" : "s"));
    if (!counts.empty()) {
      part.rests_on = fmt::format("{} above rest{} on it, marked \"{}\".", join_words(counts),
                                  steps + provision == 1 ? "s" : "", family_kind(kind));
    }
    report.kinds.push_back(std::move(part));
  }

  for (const auto& u : result.undetermined) {
    for (const auto& q : questions_for(result, u.missing)) {
      if (std::find(report.open.begin(), report.open.end(), q) == report.open.end()) report.open.push_back(q);
    }
  }

  for (const auto& s : result.sources) {
    FamilySource source;
    source.title = title_or_id(s.title, "A source of the rule set");
    source.url = is_web_link(s.url) ? s.url : "";
    source.published = s.published;
    // Each address once: a place with no address of its own is read at the
    // source's (linked from the title), and two places in one section share
    // the first one's link.
    std::vector<std::string> urls;
    bool title_linked = false;
    for (const auto& c : s.citations) {
      FamilyLink place{readable_label(std::string(c.label)), std::string(is_web_link(c.url) ? c.url : "")};
      if (place.url.empty()) title_linked = true;
      if (std::find(urls.begin(), urls.end(), place.url) != urls.end()) place.url.clear();
      if (!place.url.empty()) urls.push_back(place.url);
      // "Children and Families Act 2014, section 36(1)" under its source reads "section 36(1)".
      if (place.label.rfind(source.title + ", ", 0) == 0) place.label = place.label.substr(source.title.size() + 2);
      bool seen = std::any_of(source.places.begin(), source.places.end(),
                              [&](const FamilyLink& l) { return l.label == place.label; });
      if (!seen) source.places.push_back(std::move(place));
    }
    source.title_linked = title_linked || s.citations.empty();
    report.sources.push_back(std::move(source));
  }

  report.rule_set.push_back("Worked out on " + long_date(result.as_of) + ".");
  report.rule_set.push_back("Rules used: " + (result.rule_set_title.empty() ? std::string("the national rules")
                                                                           : std::string(result.rule_set_title)) + ".");
  if (!result.status.empty() && result.status != "in-force") report.rule_set.push_back(fmt::format("Status: {}.", result.status));
  report.rule_set.push_back("Produced by apdr. It is a guide to what the rules say, not legal advice.");
  return report;
}

}  // namespace apdr::render
