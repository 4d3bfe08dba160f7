#include "ask_prompter.hpp"

#include "render/wrap.hpp"

namespace apdr::cli::ask {

namespace {

// Wraps each line on its own, keeping its indent, so a numbered list in a
// question stays a list.
std::string wrap_lines(std::string_view text) {
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    std::size_t indent = line.find_first_not_of(' ');
    if (indent == std::string_view::npos) indent = 0;
    std::string first(indent, ' ');
    out += render::wrap(line.substr(indent), 80, first, indent == 0 ? first : first + "   ");
    start = end + 1;
  }
  return out;
}

}  // namespace

void Prompter::say(std::string_view text) {
  out_ << wrap_lines(text) << '\n';
}

bool Prompter::prompt(std::string_view question, std::string& line) {
  out_ << wrap_lines(question);
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
