// The measures behind the plain-words lints (W014, W015), on their own.
#include <catch2/catch.hpp>

#include "check/lint_wording.hpp"

namespace apdr::check {

TEST_CASE("plain wording: acronyms are found unless spelled out in the same text") {
  CHECK(unexplained_acronyms("You can ask the school for a meeting.").empty());
  CHECK(unexplained_acronyms("Ask for an EHC needs assessment.") == std::vector<std::string>{"EHC"});
  CHECK(unexplained_acronyms("Ask for an education, health and care (EHC) needs assessment. The EHC plan follows.").empty());
  CHECK(unexplained_acronyms("Your SENCOs can help.") == std::vector<std::string>{"SENCO"});
  CHECK(unexplained_acronyms("A special educational needs coordinator (SENCO) helps. SENCOs plan support.").empty());
  CHECK(unexplained_acronyms("QFT, then SALT, then QFT again.") == std::vector<std::string>{"QFT", "SALT"});
  CHECK(unexplained_acronyms("I am in KS2.") == std::vector<std::string>{"KS2"});
  CHECK(spelled_out("EHC") == std::optional<std::string_view>("education, health and care (EHC)"));
  CHECK_FALSE(spelled_out("XYZ"));
}

TEST_CASE("plain wording: sentences and words") {
  CHECK(word_count("  a  b\nc ") == 3);
  CHECK(sentences("One. Two? Three! 6.5 stays whole").size() == 4);
  CHECK(sentences("").empty());
  CHECK(sentences("No full stop") == std::vector<std::string>{"No full stop"});
}

}  // namespace apdr::check
