#include "render/report_wording.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "render/wording.hpp"

namespace apdr::render {

std::string_view kind_heading(Kind kind) {
  switch (kind) {
    case Kind::statute: return "What the law says";
    case Kind::guidance: return "What the SEND Code of Practice says";
    case Kind::local_policy: return "What the local authority expects";
  }
  return "What the local authority expects";
}

std::string_view kind_meaning(Kind kind) {
  switch (kind) {
    case Kind::statute:
      return "These come from Acts of Parliament and regulations. They are legal duties.";
    case Kind::guidance:
      return "These come from the SEND Code of Practice, the government's statutory guidance. "
             "Schools and councils should follow it unless they have a good reason not to.";
    case Kind::local_policy:
      return "These are the local authority's own expectations. They are not the law, and "
             "they can never take away a legal right.";
  }
  return "";
}

std::string provision_area_title(std::string_view area) {
  if (area == "all") return "For every pupil";
  auto parsed = parse_area(area);
  return std::string(parsed ? area_title(*parsed) : area);
}

std::vector<std::string> provision_areas(const eval::Result& result) {
  std::vector<std::string> areas;
  for (const auto& p : result.provision) {
    if (std::find(areas.begin(), areas.end(), p.area) == areas.end()) areas.emplace_back(p.area);
  }
  return areas;
}

std::string evaluated_sentence(const eval::Result& result) {
  std::string set = result.rule_set_title.empty()
                        ? std::string(result.rule_set)
                        : fmt::format("{} ({})", result.rule_set_title, result.rule_set);
  std::string sentence = fmt::format("Worked out on {} from the rule set {}", long_date(result.as_of), set);
  if (result.chain.size() > 1) {
    std::vector<std::string> bases(result.chain.begin(), result.chain.end() - 1);
    sentence += ", which builds on " + join_words(bases);
  }
  return sentence + ".";
}

std::string_view family_text(std::string_view plain, std::string_view text) {
  return plain.empty() ? text : plain;
}

std::string fact_words(std::string_view fact) {
  static const std::pair<const char*, const char*> words[] = {
      {"pupil.date_of_birth", "the child's date of birth"},
      {"pupil.year_group", "the child's school year"},
      {"pupil.phase", "the child's stage of education"},
      {"pupil.setting", "the kind of school or setting"},
      {"ehc.requested", "the date an assessment was asked for"},
      {"ehc.requested_by", "who asked for the assessment"},
      {"ehc.decided", "the date the local authority decided whether to assess"},
      {"ehc.decision", "whether the local authority agreed to assess"},
      {"ehc.draft_issued", "the date of the draft plan"},
      {"ehc.plan_issued", "the date of the final plan"},
      {"ehc.last_review", "the date of the last annual review"},
      {"ehc.review_notice", "the date of the local authority's decision after the last review"},
      {"ehc.review_outcome", "what the local authority decided after the last review"},
      {"ehc.amendment_notice", "the date the proposed amendments were sent"},
      {"ehc.amended", "the date of the amended plan"},
      {"ehc.mediation_certificate", "the date of the mediation certificate"},
  };
  for (const auto& [name, text] : words) {
    if (fact == name) return text;
  }
  return std::string(fact);
}

}  // namespace apdr::render
