// The public Interview: ask::Interview (engine/ask/) behind a pimpl, with
// its questions copied into the public struct.
#include "apdr/interview.hpp"

#include "api/public_program.hpp"
#include "ask/interview.hpp"

namespace apdr::api {

struct Interview::Impl {
  Impl(const run::Program& program, Date today) : interview(program, today) {}
  ask::Interview interview;
};

namespace {

Question::Kind to_public(ask::AnswerKind kind) {
  switch (kind) {
    case ask::AnswerKind::yes_no: return Question::Kind::yes_no;
    case ask::AnswerKind::date: return Question::Kind::date;
    case ask::AnswerKind::date_or_not_yet: return Question::Kind::date_or_not_yet;
    case ask::AnswerKind::school_year: return Question::Kind::school_year;
    case ask::AnswerKind::count: return Question::Kind::count;
    case ask::AnswerKind::choice: return Question::Kind::choice;
    case ask::AnswerKind::several: return Question::Kind::several;
    case ask::AnswerKind::value: return Question::Kind::value;
  }
  return Question::Kind::value;
}

}  // namespace

Interview::Interview(std::shared_ptr<const Program> program, std::unique_ptr<Impl> impl)
    : program_(std::move(program)), impl_(std::move(impl)) {}
Interview::~Interview() = default;

std::optional<Question> Interview::next() {
  const ask::Question* q = impl_->interview.next();
  if (q == nullptr) return std::nullopt;
  Question out;
  out.id = q->id;
  out.text = q->text;
  out.kind = to_public(q->kind);
  out.choices = q->choices;
  out.low = q->low;
  out.high = q->high;
  out.value_type = q->value_type;
  return out;
}

std::vector<std::string> Interview::take_notes() {
  std::vector<std::string> notes;
  for (auto& note : impl_->interview.take_notes()) notes.push_back(std::move(note.text));
  return notes;
}

Reply Interview::answer(const std::string& typed) {
  try {
    ask::Reply reply = impl_->interview.answer(typed);
    Reply out;
    out.status = reply.status == ask::Reply::Status::accepted    ? Reply::Status::accepted
                 : reply.status == ask::Reply::Status::dont_know ? Reply::Status::dont_know
                                                                 : Reply::Status::invalid;
    out.message = std::move(reply.message);
    return out;
  } catch (const std::exception& error) {
    return Reply{Reply::Status::invalid, std::string("internal error: ") + error.what()};
  }
}

void Interview::dont_know() { impl_->interview.dont_know(); }

std::string Interview::profile_yaml() const { return ask::to_yaml(impl_->interview.draft()); }

JsonResult Interview::evaluate_json(bool compact) const {
  EvaluateOptions options;
  options.as_of = impl_->interview.draft().as_of.iso();
  options.compact = compact;
  options.profile_name = "answers";
  return api::evaluate_json(*program_, profile_yaml(), options);
}

Started start_interview(std::shared_ptr<const Program> program, const InterviewOptions& options) {
  Started started;
  if (!program) {
    Diagnostic d;
    d.code = "E090";
    d.message = "start_interview needs a program; build_program gave none (see its diagnostics)";
    started.diagnostics.push_back(std::move(d));
    return started;
  }
  Date today = local_today();
  if (options.today) {
    auto date = Date::parse(*options.today);
    if (!date) {
      Diagnostic d;
      d.code = "E090";
      d.message = "today: `" + options.today->substr(0, 40) + "` is not a date; write it as YYYY-MM-DD";
      started.diagnostics.push_back(std::move(d));
      return started;
    }
    today = *date;
  }
  auto impl = std::make_unique<Interview::Impl>(*program->impl().compiled, today);
  started.interview = std::make_unique<Interview>(std::move(program), std::move(impl));
  return started;
}

}  // namespace apdr::api
