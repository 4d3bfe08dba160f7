#pragma once
// A recorded run of a condition, put into words: each node's value and a
// plain sentence saying what it found ("2 is at least
// cycles_before_specialist, which is 2"), and one sentence for the whole.
#include <string>

#include "check/model.hpp"
#include "explain/explanation.hpp"
#include "explain/trace_recorder.hpp"

namespace apdr::explain {

class Describer {
 public:
  explicit Describer(const check::Model& model) : model_(model) {}

  // The tree in words. Literals and other names that stand for themselves
  // (levels, areas, codes, enum values, parameters) are not given steps of
  // their own: the sentence of the node that uses them states them.
  Step describe(const Recorded& run) const;

  // Why the whole came out as it did, in one sentence without its full
  // stop: for `and` that held, every part; for one that failed, the part
  // that failed; and so on down to the comparisons.
  std::string reason(const Recorded& run) const;

  // The sub-expression as written, and its value in words.
  std::string text(const Recorded& run) const;
  std::string value(const Recorded& run) const;

  // "attendance, which is 88"; a literal or level name is just itself.
  std::string operand(const Recorded& run) const;
  // The same as the subject of a sentence: "attendance, which is 88,".
  std::string subject(const Recorded& run) const;

  // Whether `run` stands for itself and needs no step of its own.
  bool self_evident(const Recorded& run) const;

  // "cycle 2 of 3, started 2026-04-20".
  std::string element_label(const Recorded& element, std::size_t count) const;

  const check::Model& model() const { return model_; }

 private:
  std::string sentence(const Recorded& run) const;
  std::string call_sentence(const Recorded& run) const;
  std::string tally_sentence(const Recorded& run) const;
  std::string comparison_sentence(const Recorded& run) const;
  std::string logic_sentence(const Recorded& run) const;
  std::string name_sentence(const Recorded& run) const;
  std::string items_words(const Recorded& list) const;
  const check::Resolution* resolution(const expr::Node& node) const;

  const check::Model& model_;
};

// How a comparison reads when it holds and when it does not: `>=` on
// numbers is "is at least" / "is below"; on dates "is on or after" /
// "is before".
struct ComparisonWords { const char* holds; const char* fails; };
// On values of a list (`outcome != met`), "is not" would run into values
// such as `not_met`, so a failed `==` reads "is other than".
ComparisonWords comparison_words(expr::BinaryOp op, bool dates, bool values = false);

// The operator with its sides swapped (`a < b` is `b > a`).
expr::BinaryOp flipped(expr::BinaryOp op);

bool is_comparison(expr::BinaryOp op);

}  // namespace apdr::explain
