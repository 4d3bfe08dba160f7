#include "render/questions.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace apdr::render {

std::string question_for(const check::Model* model, std::string_view fact) {
  if (model) {
    for (const auto& input : model->inputs) {
      if (input.name == fact) {
        return input.question.empty() ? fmt::format("What is the pupil's {}?", fact) : input.question;
      }
    }
  }
  static const std::pair<const char*, const char*> built_in[] = {
      {"pupil.date_of_birth", "What is the child's date of birth?"},
      {"pupil.year_group", "Which school year is the child in?"},
      {"pupil.phase", "Is the child in early years, primary, secondary or post-16 education?"},
      {"pupil.setting", "What kind of setting does the child attend (mainstream, resourced provision, special school, alternative provision or home)?"},
      {"ehc.requested", "On what date was an education, health and care (EHC) needs assessment requested?"},
      {"ehc.requested_by", "Who asked for the EHC needs assessment: a parent, the young person or the school?"},
      {"ehc.decided", "On what date did the local authority say whether it will carry out an EHC needs assessment?"},
      {"ehc.decision", "Did the local authority agree to carry out the EHC needs assessment, or refuse?"},
      {"ehc.draft_issued", "On what date was the draft EHC plan sent to you?"},
      {"ehc.plan_issued", "On what date was the final EHC plan issued?"},
      {"ehc.last_review", "On what date was the EHC plan last reviewed?"},
      {"ehc.review_notice", "After the last annual review meeting, on what date did the local authority send its decision?"},
      {"ehc.review_outcome", "After the last annual review, did the local authority decide to keep the plan as it is, amend it, or cease it?"},
      {"ehc.amendment_notice", "On what date did the local authority send the proposed amendments to the plan?"},
      {"ehc.amended", "On what date was the amended plan issued?"},
      {"in_place", "What support does the school already give the child?"},
      {"ehc.mediation_certificate", "On what date was a mediation certificate issued, if there was one?"},
  };
  for (const auto& [name, question] : built_in) {
    if (fact == name) return question;
  }
  // cycles(AREA).FIELD and cycles(AREA)
  if (fact.rfind("cycles(", 0) == 0) {
    auto close = fact.find(')');
    std::string id(fact.substr(7, close - 7));
    auto parsed = parse_area(id);
    std::string area = parsed ? "the child's needs in " + std::string(area_title(*parsed)) : id;
    std::string_view field = close + 2 <= fact.size() ? fact.substr(close + 2) : std::string_view();
    if (field == "outcome") return fmt::format("At the last review of support for {}, were the outcomes met, partly met or not met?", area);
    if (field == "reviewed") return fmt::format("On what date was the last cycle of support for {} reviewed?", area);
    if (field == "review_due") return fmt::format("On what date did you and the school agree to review the support for {}?", area);
    if (field == "started") return fmt::format("On what date did the last cycle of support for {} start?", area);
    if (field == "level") return fmt::format("At what level of support did the last cycle for {} run?", area);
    return fmt::format("What support has been tried for {} so far (each assess, plan, do, review cycle)?", area);
  }
  return fmt::format("What is {}?", fact);
}

std::vector<std::string> questions_for(const eval::Result& result, const eval::Names& missing) {
  std::vector<std::string> out;
  for (std::string_view fact : missing) {
    std::string question = question_for(result.model, fact);
    if (std::find(out.begin(), out.end(), question) == out.end()) out.push_back(std::move(question));
  }
  return out;
}

}  // namespace apdr::render
