#pragma once
// The interview of `apdr ask`, for a front end of the integrator's own (an
// LA portal, a form): the same questions in the same order as the CLI, the
// next one chosen from the answers so far and from the facts the rule
// set's undetermined rules are missing. Stand-alone: the standard library
// only (docs/embedding.md).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "apdr/diagnostic.hpp"
#include "apdr/evaluate.hpp"
#include "apdr/program.hpp"

namespace apdr::api {

struct Question {
  // What kind of answer is expected, so a front end can offer the right
  // control. The answer is always given as text, as a person would type it.
  enum class Kind {
    yes_no,           // "yes" / "no"
    date,             // a date, YYYY-MM-DD or DD/MM/YYYY, not after the interview's date
    date_or_not_yet,  // a date, or "not yet"
    school_year,      // "Nursery", "Reception", "Year 4", "4"
    count,            // a whole number from `low` to `high`
    choice,           // one of `choices`, given as the value itself ("partly_met")
    several,          // numbers from 1 to choices.size() naming items of `choices` ("1, 3"), "all" or "none"
    value,            // a value of the rule set's input, of type `value_type`; `choices` for one_of
  };
  // What the answer fills in: a fact ("ehc.requested", "cycles(semh)[2].outcome",
  // an input's name) or a step of the conversation ("needs.semh", "in_place").
  std::string id;
  std::string text;  // in plain words, ending with what to type
  Kind kind = Kind::yes_no;
  std::vector<std::string> choices;
  long long low = 0, high = 0;
  std::string value_type;  // bool, date, number, integer, percent, duration, text, one_of, list
};

// What became of an answer.
struct Reply {
  enum class Status { accepted, dont_know, invalid };
  Status status = Status::accepted;
  std::string message;  // invalid: what was wrong, in words a parent can act on; ask again
};

struct InterviewOptions {
  // The date the answers are for, YYYY-MM-DD (the profile's as_of); dates
  // after it are refused. Default: today on this machine's local calendar.
  std::optional<std::string> today;
};

// One family's interview over a shared program.
//
// Thread safety: the Program may be shared with other interviews and
// Evaluators on any thread; one Interview must be used by one thread at a
// time (a web server may keep it between requests and resume it on another
// thread, but not answer it from two at once).
class Interview {
 public:
  struct Impl;
  Interview(std::shared_ptr<const Program> program, std::unique_ptr<Impl> impl);
  ~Interview();
  Interview(const Interview&) = delete;
  Interview& operator=(const Interview&) = delete;

  // The question waiting for an answer; nullopt when the interview is over.
  std::optional<Question> next();
  // Paragraphs to show before that question (or at the end), each given
  // once. Call after next().
  std::vector<std::string> take_notes();

  // Answers the waiting question with typed text. An invalid answer leaves
  // the question waiting; "don't know", "not sure" or an empty answer count
  // as dont_know().
  Reply answer(const std::string& typed);
  // "Don't know" to the waiting question.
  void dont_know();

  // The answers so far as an apdr-profile (YAML text), as `apdr ask --save`
  // writes it: `apdr eval` and evaluate_json read it.
  std::string profile_yaml() const;
  // The answers so far, evaluated on the interview's date.
  JsonResult evaluate_json(bool compact = false) const;

 private:
  std::shared_ptr<const Program> program_;
  std::unique_ptr<Impl> impl_;
};

// Starts an interview; null, with a diagnostic, when `program` is null or
// options.today is not a date.
struct Started {
  std::unique_ptr<Interview> interview;
  std::vector<Diagnostic> diagnostics;
};
Started start_interview(std::shared_ptr<const Program> program, const InterviewOptions& options = {});

}  // namespace apdr::api
