#include "ask_interview.hpp"

namespace apdr::cli::ask {

void say_welcome(Prompter& prompter) {
  prompter.say(
      "apdr ask: a few questions about your child's support at school. Answer each one and "
      "press Enter. If you are not sure, type \"don't know\" or just press Enter. You do not "
      "need to give your child's name.");
}

void Interview::say_notes() {
  for (const auto& note : questions_.take_notes()) {
    // Once the answers have run out, every further question is "don't
    // know", so there is no point saying more are coming.
    if (note.follow_up && prompter_.exhausted()) continue;
    prompter_.say(note.text);
  }
}

DraftProfile Interview::run() {
  for (;;) {
    const apdr::ask::Question* question = questions_.next();
    say_notes();
    if (question == nullptr) break;
    for (;;) {
      std::string line;
      if (!prompter_.prompt(question->text, line)) {
        questions_.dont_know();
        break;
      }
      apdr::ask::Reply reply = questions_.answer(line);
      if (reply.status != apdr::ask::Reply::Status::invalid) break;
      prompter_.complain(reply.message);
      // Answering moves the waiting question within the library's queue,
      // so the pointer from before is not kept: ask the library again.
      question = questions_.next();
      if (question == nullptr) break;
    }
  }
  return questions_.draft();
}

}  // namespace apdr::cli::ask
