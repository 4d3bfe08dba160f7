#include "render/letter.hpp"

#include <fmt/format.h>

#include "render/html.hpp"
#include "render/markdown.hpp"
#include "render/wording.hpp"
#include "render/wrap.hpp"

namespace apdr::render {

namespace {

// The letter as blocks, built once and written in each format.
struct Block {
  enum Type { paragraph, blank_lines, bullets, heading } type = paragraph;
  std::vector<std::string> lines;  // one for a paragraph or heading; each a line or bullet otherwise
};

// A need in a parent's words, as `apdr ask` asks about it.
const char* need_words(Area area, bool self) {
  switch (area) {
    case Area::communication_interaction:
      return self ? "I find it hard to communicate: talking, understanding what people say, or getting on with others"
                  : "My child finds it hard to communicate: talking, understanding what people say, or getting on "
                    "with other children";
    case Area::cognition_learning:
      return self ? "I find learning hard: reading, writing, maths, or remembering things"
                  : "My child finds learning hard: reading, writing, maths, or remembering things";
    case Area::semh:
      return self ? "I struggle with my feelings or behaviour, or with going to school or college"
                  : "My child struggles with feelings or behaviour, for example worry, low mood, anger, or finding "
                    "it hard to go to school";
    case Area::sensory_physical:
      return self ? "I have difficulties with hearing, eyesight, or my body and movement"
                  : "My child has difficulties with hearing, eyesight, or their body and movement";
  }
  return "";
}

const char* area_short(Area area) {
  switch (area) {
    case Area::communication_interaction: return "communicating and getting on with others";
    case Area::cognition_learning: return "learning";
    case Area::semh: return "feelings and behaviour";
    case Area::sensory_physical: return "hearing, sight or movement";
  }
  return "";
}

const char* outcome_words(const std::string& outcome) {
  if (outcome == "met") return "the targets were met";
  if (outcome == "partly_met") return "there was some progress, but the targets were only partly met";
  return "there was little or no progress";
}

std::vector<Block> blocks(const LetterFacts& f) {
  const bool self = f.young_person;
  const std::string child = self ? "me" : "my child";
  const std::string childs = self ? "my" : "my child's";
  std::vector<Block> out;
  out.push_back({Block::blank_lines, {"[Your name]", "[Your address]", "[Your email or phone number]"}});
  out.push_back({Block::blank_lines,
                 {"To: the SEND team, [name of the local authority]", "[The local authority's address]",
                  "________________________________________", "________________________________________"}});
  out.push_back({Block::paragraph, {"Date: " + long_date(f.date)}});
  out.push_back({Block::heading, {"Request for an education, health and care (EHC) needs assessment"}});
  out.push_back({Block::paragraph, {"Dear SEND team,"}});
  std::string about = self ? "Name: [your full name], date of birth: [your date of birth]"
                           : "Child: [your child's full name], date of birth: [date of birth]";
  std::string school = "School or college: [name]";
  if (f.year_group) school += ", " + year_group_words(*f.year_group);
  out.push_back({Block::blank_lines, {about, school}});
  out.push_back({Block::paragraph,
                 {self ? "I am a young person, past compulsory school age, and I am asking the local authority to "
                         "carry out an education, health and care (EHC) needs assessment of my needs under section "
                         "36 of the Children and Families Act 2014."
                       : "I am the parent of the child named above. I am asking the local authority to carry out "
                         "an education, health and care (EHC) needs assessment of my child under section 36 of "
                         "the Children and Families Act 2014."}});
  out.push_back({Block::paragraph,
                 {fmt::format("I believe {} {} or may have special educational needs, and that special educational "
                              "provision may need to be made for {} through an EHC plan. That is the test in "
                              "section 36(8) of the Act, and when it is met the local authority must assess.",
                              self ? "I" : "my child", self ? "have" : "has", child)}});

  Block reasons{Block::bullets, {}};
  for (const auto& a : f.areas) {
    reasons.lines.push_back(std::string(need_words(a.area, self)) + ".");
    if (a.rounds > 0) {
      std::string line = fmt::format("The school has tried {} round{} of SEN support for {}", a.rounds,
                                     a.rounds == 1 ? "" : "s", area_short(a.area));
      if (a.last_outcome) line += fmt::format(". At the last review, {}", outcome_words(*a.last_outcome));
      reasons.lines.push_back(line + ".");
    }
    if (a.specialist_advice) {
      reasons.lines.push_back(fmt::format("A specialist has given the school advice about {}.", area_short(a.area)));
    }
  }
  if (!f.not_in_place.empty()) {
    reasons.lines.push_back(fmt::format("Support that should ordinarily be available is not in place for {}: {}.",
                                        child, join_words(f.not_in_place)));
  }
  out.push_back({Block::paragraph, {"Why I am asking:"}});
  reasons.lines.push_back(fmt::format("[Add what you see day to day, what the school has told you, and any "
                                      "reports you have about {} needs.]",
                                      childs));
  out.push_back(reasons);
  out.push_back({Block::paragraph,
                 {"The law does not require a diagnosis, a report from an educational psychologist, a set number "
                  "of rounds of support, a length of time on SEN support, or being a certain amount behind, "
                  "before an assessment can be requested."}});
  out.push_back({Block::paragraph,
                 {fmt::format("Under regulation 5(1) of the Special Educational Needs and Disability Regulations "
                              "2014, the local authority must tell me whether it will carry out the assessment "
                              "within 6 weeks of receiving this request. If this letter reaches you on the date "
                              "above, that is by {}.",
                              long_date(f.reply_by))}});
  out.push_back({Block::paragraph,
                 {"Please confirm in writing that you have received this request, and the date it reached you."}});
  out.push_back({Block::blank_lines, {"Yours faithfully,", "", "[Your name]"}});
  return out;
}

std::string as_text(const std::vector<Block>& blocks) {
  std::string out;
  for (const auto& b : blocks) {
    switch (b.type) {
      case Block::paragraph: out += wrap(b.lines.front(), 78, "", ""); break;
      case Block::heading: out += wrap(b.lines.front(), 78, "", "") + std::string(b.lines.front().size() > 78 ? 78 : b.lines.front().size(), '=') + "\n"; break;
      case Block::blank_lines:
        for (const auto& l : b.lines) out += l + "\n";
        break;
      case Block::bullets:
        for (const auto& l : b.lines) out += wrap(l, 78, "- ", "  ");
        break;
    }
    out += "\n";
  }
  out.pop_back();
  return out;
}

std::string as_markdown(const std::vector<Block>& blocks) {
  std::string out;
  for (const auto& b : blocks) {
    switch (b.type) {
      case Block::paragraph: out += markdown_escape(b.lines.front()) + "\n"; break;
      case Block::heading: out += "## " + markdown_escape(b.lines.front()) + "\n"; break;
      case Block::blank_lines:
        // A hard line break (two spaces) keeps an address one line per line.
        for (std::size_t i = 0; i < b.lines.size(); ++i) {
          out += markdown_escape(b.lines[i]) + (i + 1 < b.lines.size() ? "  \n" : "\n");
        }
        break;
      case Block::bullets:
        for (const auto& l : b.lines) out += "- " + markdown_escape(l) + "\n";
        break;
    }
    out += "\n";
  }
  out.pop_back();
  return out;
}

std::string as_html(const std::vector<Block>& blocks) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"apdr\">\n"
      "<title>Request for an EHC needs assessment</title>\n"
      "<style>body { font-family: system-ui, \"Segoe UI\", Roboto, \"DejaVu Sans\", Arial, sans-serif; "
      "font-size: 1rem; line-height: 1.5; max-width: 44rem; margin: 0 auto; padding: 1rem; color: #1b1b1b; } "
      "h1 { font-size: 1.2rem; } "
      "@page { size: A4; margin: 20mm; } @media print { body { max-width: none; padding: 0; font-size: 11pt; } }"
      "</style>\n</head>\n<body>\n";
  for (const auto& b : blocks) {
    switch (b.type) {
      case Block::paragraph: out += "<p>" + html_escape(b.lines.front()) + "</p>\n"; break;
      case Block::heading: out += "<h1>" + html_escape(b.lines.front()) + "</h1>\n"; break;
      case Block::blank_lines: {
        out += "<p class=\"lines\">";
        for (std::size_t i = 0; i < b.lines.size(); ++i) out += (i ? "<br>\n" : "") + html_escape(b.lines[i]);
        out += "</p>\n";
        break;
      }
      case Block::bullets:
        out += "<ul>\n";
        for (const auto& l : b.lines) out += "<li>" + html_escape(l) + "</li>\n";
        out += "</ul>\n";
        break;
    }
  }
  return out + "</body>\n</html>\n";
}

}  // namespace

std::string year_group_words(long long year_group) {
  if (year_group < 0) return "Nursery";
  if (year_group == 0) return "Reception";
  return fmt::format("Year {}", year_group);
}

std::string render_letter(const LetterFacts& facts, LetterFormat format) {
  std::vector<Block> b = blocks(facts);
  switch (format) {
    case LetterFormat::text: return as_text(b);
    case LetterFormat::markdown: return as_markdown(b);
    case LetterFormat::html: return as_html(b);
  }
  return as_text(b);
}

}  // namespace apdr::render
