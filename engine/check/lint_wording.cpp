#include "check/lint_wording.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace apdr::check {
namespace {

bool space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }
bool upper_or_digit(char c) {
  return std::isupper(static_cast<unsigned char>(c)) != 0 || std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// The acronyms of SEND that toolkits most often use without explaining.
constexpr std::array<std::pair<std::string_view, std::string_view>, 18> known = {{
    {"APDR", "assess, plan, do, review (APDR)"},
    {"ADHD", "attention deficit hyperactivity disorder (ADHD)"},
    {"CAMHS", "child and adolescent mental health services (CAMHS)"},
    {"EHC", "education, health and care (EHC)"},
    {"EHCNA", "education, health and care needs assessment (EHCNA)"},
    {"EHCP", "education, health and care plan (EHCP)"},
    {"ELSA", "emotional literacy support assistant (ELSA)"},
    {"EP", "educational psychologist (EP)"},
    {"LA", "local authority (LA)"},
    {"OAP", "ordinarily available provision (OAP)"},
    {"QFT", "quality-first teaching (QFT)"},
    {"SALT", "speech and language therapy (SALT)"},
    {"SEMH", "social, emotional and mental health (SEMH)"},
    {"SEN", "special educational needs (SEN)"},
    {"SENCO", "special educational needs coordinator (SENCO)"},
    {"SEND", "special educational needs and disabilities (SEND)"},
    {"SLCN", "speech, language and communication needs (SLCN)"},
    {"TA", "teaching assistant (TA)"},
}};

}  // namespace

std::vector<std::string> sentences(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  for (std::size_t i = 0; i < text.size(); ++i) {
    current += text[i];
    bool end = (text[i] == '.' || text[i] == '?' || text[i] == '!') && (i + 1 == text.size() || space(text[i + 1]));
    if (end) {
      out.push_back(std::move(current));
      current.clear();
    }
  }
  if (std::any_of(current.begin(), current.end(), [](char c) { return !space(c); })) out.push_back(current);
  return out;
}

std::size_t word_count(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    if (!space(c) && !in_word) ++words;
    in_word = !space(c);
  }
  return words;
}

std::vector<std::string> unexplained_acronyms(std::string_view text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  auto alnum = [&](std::size_t at) { return std::isalnum(static_cast<unsigned char>(text[at])) != 0; };
  while (i < text.size()) {
    if (!alnum(i)) {
      ++i;
      continue;
    }
    std::size_t start = i;
    while (i < text.size() && alnum(i)) ++i;
    std::string word(text.substr(start, i - start));
    if (word.size() > 2 && word.back() == 's') word.pop_back();
    bool acronym = word.size() >= 2 && std::isupper(static_cast<unsigned char>(word[0])) &&
                   std::all_of(word.begin(), word.end(), upper_or_digit);
    if (!acronym || std::find(out.begin(), out.end(), word) != out.end()) continue;
    if (text.find("(" + word + ")") == std::string_view::npos) out.push_back(word);
  }
  return out;
}

std::optional<std::string_view> spelled_out(std::string_view acronym) {
  for (const auto& [short_form, long_form] : known) {
    if (short_form == acronym) return long_form;
  }
  return std::nullopt;
}

}  // namespace apdr::check
