#pragma once
// The conversation of `apdr ask`, without the terminal: which question
// comes next and how each answer changes the draft profile. First a few
// questions in everyday words about the child's needs, the support tried
// and any EHC request; then only the questions whose answers could change
// the outcome (the facts the rule set's undetermined rules are missing),
// until none is left. A front end (the CLI's prompter, an LA portal through
// apdr/interview.hpp) shows `next()`, passes back what was typed, and shows
// the notes between questions.
#include <deque>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "compile/program.hpp"
#include "core/diagnostic.hpp"
#include "ask/answers.hpp"
#include "ask/draft_profile.hpp"
#include "evaluate/result.hpp"

namespace apdr::ask {

// What kind of answer a question expects, so a front end can offer the
// right control; every answer is still given as the text a person typed.
enum class AnswerKind {
  yes_no,           // yes / no
  date,             // a date not after today
  date_or_not_yet,  // a date, or "not yet"
  school_year,      // Nursery, Reception, Year 1 … Year 14
  count,            // a whole number from `low` to `high`
  choice,           // one of `choices` (the values, as the profile holds them)
  several,          // numbers from 1 to choices.size() naming items of `choices`, or "none"
  value,            // a value of a rule set's input, of type `value_type`
};

struct Question {
  std::string id;     // what it fills in: a fact ("ehc.requested"), or a step ("needs.semh")
  std::string text;   // the question in plain words, ending with what to type
  AnswerKind kind = AnswerKind::yes_no;
  std::vector<std::string> choices;  // choice: the values; several: the items listed
  long long low = 0, high = 0;       // count
  std::string value_type;            // value: the input's type (bool, date, one_of, …)
};

// A paragraph to show before the next question (or at the end).
struct Note {
  std::string text;
  // True for the note that introduces questions asked only because earlier
  // answers left rules undecided: a front end that is answering "don't
  // know" to everything left (the CLI at the end of its input) skips it.
  bool follow_up = false;
};

// What became of an answer.
struct Reply {
  enum class Status { accepted, dont_know, invalid };
  Status status = Status::accepted;
  std::string message;  // invalid: what was wrong, in words a parent can act on
};

class Interview {
 public:
  // `today`: the date the draft is for; answers about the past may not be after it.
  Interview(const run::Program& program, Date today);
  Interview(const Interview&) = delete;
  Interview& operator=(const Interview&) = delete;

  // The question waiting for an answer, or null when the interview is over.
  // Valid until the next answer.
  const Question* next();
  // The notes to show before that question (or, when it is null, at the
  // end), each once.
  std::vector<Note> take_notes();

  // Answers the waiting question with what was typed; an invalid answer
  // leaves it waiting.
  Reply answer(std::string_view typed);
  // "Don't know" to the waiting question (also: no more answers).
  void dont_know();

  const DraftProfile& draft() const { return draft_; }

 private:
  using Handler = std::function<Reply(std::optional<std::string_view>)>;
  struct Item {
    std::optional<Question> question;  // a question, with `handle` for its answer
    Handler handle;
    std::function<void()> step;        // else a step that decides what to ask next
  };

  // Queues a question; its answer (or "don't know") goes to `then`, which
  // may queue more: those come before everything queued earlier.
  template <typename T>
  void ask(Question question, std::function<Answer<T>(std::string_view)> reader,
           std::function<void(std::variant<T, DontKnow>)> then);
  void then_step(std::function<void()> step);
  void say(std::string text, bool follow_up = false);
  void run_steps();
  Reply settle(std::optional<std::string_view> typed);

  void ask_year_group();
  void ask_needs();
  void ask_level();
  void ask_cycles(Area area);
  void ask_round(Area area, long long i, long long n, std::size_t index);
  void ask_advice(Area area, long long n, std::size_t first);
  void ask_ehc_request();
  void ask_ehc_decision();
  void ask_in_place();
  void ask_missing_facts();
  void ask_fact(const std::string& fact);
  void ask_input(const std::string& name, const std::string& question);
  void ask_cycle_fact(const std::string& fact, const std::string& question);
  void ask_date_into(const std::string& id, const std::string& text, std::function<void(Date)> store);
  void ask_choice_into(const std::string& id, const std::string& text,
                       std::vector<std::vector<std::string>> choices, std::function<void(std::string)> store);

  const run::Program& program_;
  Date today_;
  DraftProfile draft_;
  bool on_sen_support_ = true;
  std::set<std::string> asked_;  // facts already asked, answered or not
  std::deque<Item> queue_;
  std::vector<Item> queued_now_;  // queued while an answer or step runs
  bool collecting_ = false;
  std::vector<Note> notes_;
};

// Evaluates a draft. On a draft the profile reader refuses (which the
// readers here should never allow), returns nullopt and fills `diagnostics`.
std::optional<eval::Result> evaluate_draft(const run::Program& program, const DraftProfile& draft, SourceStore& sources,
                                           Diagnostics& diagnostics);

}  // namespace apdr::ask
