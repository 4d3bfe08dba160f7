// Plain words: every item a family reads in a shipped rule set (information,
// steps and provision) has `plain` wording, in sentences under 30 words,
// with every acronym spelled out in the same text ("education, health and
// care (EHC) plan"). A parent carer with no technical help reads these in
// `apdr ask` and `apdr report`.
#include <catch2/catch.hpp>

#include <cctype>
#include <filesystem>
#include <string>
#include <vector>

#include "yaml_file.hpp"

namespace fs = std::filesystem;

namespace {

constexpr std::size_t max_sentence_words = 29;

std::vector<std::string> sentences(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  for (std::size_t i = 0; i < text.size(); ++i) {
    current += text[i];
    bool end = (text[i] == '.' || text[i] == '?' || text[i] == '!') &&
               (i + 1 == text.size() || std::isspace(static_cast<unsigned char>(text[i + 1])));
    if (end) {
      out.push_back(current);
      current.clear();
    }
  }
  if (current.find_first_not_of(" \n") != std::string::npos) out.push_back(current);
  return out;
}

std::size_t word_count(const std::string& sentence) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : sentence) {
    bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// Words of two or more capitals (EHC, SENCO, ELSA; a plural s allowed).
std::vector<std::string> acronyms(const std::string& text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!std::isalnum(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    std::size_t start = i;
    while (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i]))) ++i;
    std::string word = text.substr(start, i - start);
    std::string stem = word.size() > 2 && word.back() == 's' ? word.substr(0, word.size() - 1) : word;
    bool capitals = stem.size() >= 2 && std::isupper(static_cast<unsigned char>(stem[0])) &&
                    std::all_of(stem.begin(), stem.end(), [](char c) {
                      return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c));
                    });
    if (capitals) out.push_back(stem);
  }
  return out;
}

// The problems with one plain text, as messages; empty when it reads well.
std::vector<std::string> plain_problems(const std::string& plain) {
  std::vector<std::string> problems;
  if (plain.find_first_not_of(" \n") == std::string::npos) {
    problems.push_back("has no plain wording");
    return problems;
  }
  for (const auto& sentence : sentences(plain)) {
    std::size_t words = word_count(sentence);
    if (words > max_sentence_words) {
      problems.push_back("has a sentence of " + std::to_string(words) + " words: " + sentence);
    }
  }
  for (const auto& acronym : acronyms(plain)) {
    if (plain.find("(" + acronym + ")") == std::string::npos) {
      problems.push_back("uses " + acronym + " without saying what it stands for");
    }
  }
  return problems;
}

}  // namespace

TEST_CASE("plain words: the checker itself") {
  CHECK(plain_problems("You can ask the school for a meeting.").empty());
  CHECK(plain_problems("").size() == 1);
  CHECK(plain_problems("   ").size() == 1);
  CHECK(plain_problems("Ask for an EHC needs assessment.").size() == 1);
  CHECK(plain_problems("Ask for an education, health and care (EHC) needs assessment. The EHC plan follows.").empty());
  CHECK(plain_problems("Your SENCOs can help.").size() == 1);
  CHECK(plain_problems("A special educational needs coordinator (SENCO) helps. SENCOs plan support.").empty());
  std::string long_sentence = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                              "fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two "
                              "twenty-three twenty-four twenty-five twenty-six twenty-seven twenty-eight "
                              "twenty-nine thirty.";
  CHECK(plain_problems(long_sentence).size() == 1);
  CHECK(plain_problems("Short. " + long_sentence.substr(4)).empty());  // 29 words is fine
  CHECK(word_count("  a  b\nc ") == 3);
  CHECK(sentences("One. Two? Three! 6.5 stays whole").size() == 4);
}

TEST_CASE("plain words: every family-facing item in the shipped rule sets") {
  fs::path rules = fs::path(APDR_SOURCE_DIR) / "rules";
  REQUIRE(fs::is_directory(rules));
  std::size_t checked = 0;
  std::vector<std::string> failures;
  for (const auto& entry : fs::recursive_directory_iterator(rules)) {
    std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || entry.path().extension() != ".yaml" || name.ends_with(".test.yaml")) continue;
    auto root = read_yaml_file(entry.path().string());
    for (const char* section : {"information", "steps", "provision"}) {
      const apdr::yaml::Node* items = root->find(section);
      if (items == nullptr || !items->is_mapping()) continue;
      for (const auto& [id, item] : items->entries) {
        ++checked;
        const apdr::yaml::Node* plain_node = item->find("plain");
        std::string plain = plain_node ? plain_node->text : "";
        for (const auto& problem : plain_problems(plain)) {
          failures.push_back(fs::relative(entry.path(), rules).string() + ": " + section + "." + id->text + " " +
                             problem);
        }
      }
    }
  }
  for (const auto& failure : failures) UNSCOPED_INFO(failure);
  CHECK(failures.empty());
  CHECK(checked > 100);  // the national set alone has dozens; an empty walk is a broken test
}
