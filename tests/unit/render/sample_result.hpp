#pragma once
// Hand-built evaluation results for the renderer tests, so the renderers
// can be tested without the rest of the pipeline.
#include "check/model.hpp"
#include "evaluate/result.hpp"

namespace apdr::test {

inline Date date(const char* iso) { return *Date::parse(iso); }

// A pupil with one raised level, one item in place and one missing, one
// overdue step and one with no due date, one information entry, and one
// undetermined rule and provision item.
// The rule set the sample's questions come from: its `attendance` input
// declares its own question.
inline const check::Model& sample_model() {
  static const check::Model model = [] {
    check::Model m;
    check::Input attendance;
    attendance.name = "attendance";
    attendance.question = "What percentage of sessions has your child attended this term?";
    m.inputs.push_back(attendance);
    return m;
  }();
  return model;
}

inline eval::Result sample_result() {
  eval::Result r;
  r.model = &sample_model();
  r.profile = "pupil-0042";
  r.as_of = date("2026-11-22");
  r.rule_set = "example-la-oap";
  r.rule_set_title = "Example LA ordinarily available provision";
  r.status = "in-force";
  r.chain = r.names({"national", "example-la-oap"});
  r.levels.push_back({Area::semh, "range3", "SEN support with specialist advice", "sen_support",
                      r.names({"semh-persisting"})});
  r.levels.push_back({Area::communication_interaction, "range2", "SEN support (school-led)",
                      "sen_support", r.names({"profile"})});
  r.provision.push_back({"visual-timetable", "communication_interaction", "range1",
                         "Visual timetable", "A picture timetable of the day.", true, r.names({"level"}),
                         Kind::local_policy, "oap#p12"});
  r.provision.push_back({"elsa-sessions", "semh", "range3", "ELSA sessions", "", false,
                         r.names({"semh-persisting"}), Kind::guidance, ""});
  r.gaps = r.names({"elsa-sessions"});
  eval::EscalationResult advice;
  advice.step = "specialist-advice";
  advice.title = "Seek advice from a specialist (educational psychologist, specialist teacher, therapist)";
  advice.who = r.names({"school"});
  advice.due = date("2026-08-21");
  advice.overdue = true;
  advice.by = r.names({"semh-persisting"});
  advice.kind = Kind::guidance;
  advice.because = r.names({"Needs have persisted through two cycles of SEN support."});
  advice.source = "cop#6.59";
  r.escalations.push_back(advice);
  eval::EscalationResult review;
  review.step = "review-meeting";
  review.title = "Hold a review meeting with the family";
  review.by = r.names({"review-due"});
  review.kind = Kind::statute;
  r.escalations.push_back(review);
  eval::InformationResult right;
  right.id = "right-to-request";
  right.title = "Your right to ask for an assessment";
  right.text = "A parent may request an EHC needs assessment under section 36.";
  right.plain = "You can ask the local authority for an EHC needs assessment yourself.";
  right.by = r.names({"inform-right"});
  right.kind = Kind::statute;
  right.source = "cfa2014#s36";
  r.information.push_back(right);
  r.undetermined.push_back({"low-attendance", false, r.names({"attendance"})});
  r.undetermined.push_back({"quiet-space", true, r.names({"pupil.phase"})});
  r.sources.push_back({"cop", "SEND Code of Practice: 0 to 25 years", "2015-01",
                       "https://www.gov.uk/government/publications/send-code-of-practice-0-to-25"});
  return r;
}

}  // namespace apdr::test
