#include "ask_prompter.hpp"

#include "render/wrap.hpp"

namespace apdr::cli::ask {

void Prompter::say(std::string_view text) {
  out_ << render::wrap(text, 80, "", "") << '\n';
}

bool Prompter::prompt(std::string_view question, std::string& line) {
  out_ << render::wrap(question, 80, "", "");
  out_ << "> ";
  if (exhausted_ || !std::getline(in_, line)) {
    exhausted_ = true;
    out_ << "(no answer: taken as \"don't know\")\n\n";
    out_.flush();
    return false;
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (echo_) out_ << line << '\n';
  out_ << '\n';
  out_.flush();
  return true;
}

void Prompter::complain(std::string_view message) {
  out_ << render::wrap(message, 80, "  ", "  ") << '\n';
}

}  // namespace apdr::cli::ask
