#pragma once
// Asking one question at a time in `apdr ask`: prints the question wrapped
// to the page, reads one line, and asks again until the answer is valid.
// Works the same at a terminal and with answers piped in one per line; when
// the answers do not come from a person typing, each is echoed so the
// transcript reads like the conversation.
#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <variant>

#include "ask/answers.hpp"

namespace apdr::cli::ask {

// The answer readers and the draft profile are the library's (engine/ask/);
// the terminal side of the conversation names them as its own.
using namespace apdr::ask;

class Prompter {
 public:
  // `echo`: print each answer after the prompt (for piped answers).
  Prompter(std::istream& in, std::ostream& out, bool echo) : in_(in), out_(out), echo_(echo) {}

  // Prints a paragraph of text, wrapped to 80 columns, then a blank line.
  void say(std::string_view text);

  // Asks `question` until `reader` accepts the answer, and returns the value
  // or DontKnow. When the answers run out, every question is "don't know".
  template <typename T>
  std::variant<T, DontKnow> ask(std::string_view question,
                                const std::function<Answer<T>(std::string_view)>& reader) {
    for (;;) {
      std::string line;
      if (!prompt(question, line)) return DontKnow{};
      Answer<T> answer = reader(line);
      if (auto* value = std::get_if<T>(&answer)) return std::move(*value);
      if (std::holds_alternative<DontKnow>(answer)) return DontKnow{};
      complain(std::get<Invalid>(answer).message);
    }
  }

  // True once the answers have run out.
  bool exhausted() const { return exhausted_; }

  // Prints the question and reads one line into `line`; false at the end of input.
  bool prompt(std::string_view question, std::string& line);
  // Says what was wrong with an answer, before the question is asked again.
  void complain(std::string_view message);

 private:
  std::istream& in_;
  std::ostream& out_;
  bool echo_;
  bool exhausted_ = false;
};

}  // namespace apdr::cli::ask
