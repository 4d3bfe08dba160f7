// The questions of `apdr ask` as a queue. Each answer runs the code that,
// in a conversation read top to bottom, would come after it: that code
// queues the follow-up questions in front of everything queued earlier, so
// the order is the one a person hears, while the front end decides how to
// ask (a terminal prompt, a web form).
#include "ask/interview.hpp"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "evaluate/evaluate.hpp"
#include "profile/load_profile.hpp"
#include "render/questions.hpp"

namespace apdr::ask {

namespace {

// Each area in a parent's words: the question, and a short name for later.
struct AreaWords {
  Area area;
  const char* question;
  const char* short_name;
};

constexpr AreaWords area_words[] = {
    {Area::communication_interaction,
     "Does your child find it hard to communicate: talking, understanding what people say, or "
     "getting on with other children? (yes / no / don't know)",
     "communicating and getting on with others"},
    {Area::cognition_learning,
     "Does your child find learning hard: reading, writing, maths, or remembering things? "
     "(yes / no / don't know)",
     "learning"},
    {Area::semh,
     "Does your child struggle with feelings or behaviour: for example worry, low mood, anger, "
     "or finding it hard to go to school? (yes / no / don't know)",
     "feelings and behaviour"},
    {Area::sensory_physical,
     "Does your child have difficulties with hearing, eyesight, or their body and movement? "
     "(yes / no / don't know)",
     "hearing, sight or movement"},
};

const char* short_name(Area area) {
  for (const auto& words : area_words) {
    if (words.area == area) return words.short_name;
  }
  return "";
}

const char* ordinal(long long n) {
  static const char* names[] = {"first", "second", "third", "fourth", "fifth", "sixth"};
  return n >= 1 && n <= 6 ? names[n - 1] : "next";
}

const std::vector<std::vector<std::string>> outcome_choices = {
    {"met", "met", "yes", "the targets were met"},
    {"partly_met", "partly", "partly met", "some", "some progress"},
    {"not_met", "not met", "no", "little or no progress", "no progress"},
};

const std::string outcome_hint =
    " (met = the targets were met, partly = some progress, not met = little or no progress, "
    "or don't know)";

// The values a choice question offers: the first word of each choice.
std::vector<std::string> values_of(const std::vector<std::vector<std::string>>& choices) {
  std::vector<std::string> values;
  for (const auto& words : choices) values.push_back(words.front());
  return values;
}

Question make(std::string id, std::string text, AnswerKind kind) {
  Question q;
  q.id = std::move(id);
  q.text = std::move(text);
  q.kind = kind;
  return q;
}

Question count_question(std::string id, std::string text, long long low, long long high) {
  Question q = make(std::move(id), std::move(text), AnswerKind::count);
  q.low = low;
  q.high = high;
  return q;
}

Question choice_question(std::string id, std::string text, const std::vector<std::vector<std::string>>& choices) {
  Question q = make(std::move(id), std::move(text), AnswerKind::choice);
  q.choices = values_of(choices);
  return q;
}

template <typename T>
T* answered(std::variant<T, DontKnow>& answer) {
  return std::get_if<T>(&answer);
}

std::string cycle_id(Area area) { return fmt::format("cycles({})", area_id(area)); }

}  // namespace

std::optional<eval::Result> evaluate_draft(const run::Program& program, const DraftProfile& draft,
                                           SourceStore& sources, Diagnostics& diagnostics) {
  auto profile = profile::load_profile_text("answers", to_yaml(draft), program.schema, sources, diagnostics);
  if (!profile || diagnostics.has_errors()) return std::nullopt;
  return eval::evaluate(program, *profile, draft.as_of);
}

Interview::Interview(const run::Program& program, Date today) : program_(program), today_(today) {
  draft_.as_of = today;
  // The conversation, top to bottom; each step queues its questions when
  // it is reached, from what the answers before it said.
  then_step([this] { ask_year_group(); });
  then_step([this] { ask_needs(); });
  then_step([this] { ask_level(); });
  then_step([this] {
    if (!on_sen_support_) return;
    for (Area area : std::vector<Area>(draft_.needs)) then_step([this, area] { ask_cycles(area); });
  });
  then_step([this] { ask_ehc_request(); });
  then_step([this] { ask_in_place(); });
  then_step([this] { ask_missing_facts(); });
}

template <typename T>
void Interview::ask(Question question, std::function<Answer<T>(std::string_view)> reader,
                    std::function<void(std::variant<T, DontKnow>)> then) {
  Item item;
  item.question = std::move(question);
  item.handle = [reader = std::move(reader), then = std::move(then)](std::optional<std::string_view> typed) {
    if (!typed) {
      then(DontKnow{});
      return Reply{Reply::Status::dont_know, {}};
    }
    Answer<T> answer = reader(*typed);
    if (auto* invalid = std::get_if<Invalid>(&answer)) return Reply{Reply::Status::invalid, invalid->message};
    if (std::holds_alternative<DontKnow>(answer)) {
      then(DontKnow{});
      return Reply{Reply::Status::dont_know, {}};
    }
    then(std::move(std::get<T>(answer)));
    return Reply{Reply::Status::accepted, {}};
  };
  (collecting_ ? queued_now_.emplace_back(std::move(item)) : queue_.emplace_back(std::move(item)));
}

void Interview::then_step(std::function<void()> step) {
  Item item;
  item.step = std::move(step);
  (collecting_ ? queued_now_.emplace_back(std::move(item)) : queue_.emplace_back(std::move(item)));
}

void Interview::say(std::string text, bool follow_up) {
  // A note goes out with the next question, so it keeps its place among them.
  Item item;
  item.step = [this, text = std::move(text), follow_up] { notes_.push_back(Note{text, follow_up}); };
  (collecting_ ? queued_now_.emplace_back(std::move(item)) : queue_.emplace_back(std::move(item)));
}

void Interview::run_steps() {
  while (!queue_.empty() && !queue_.front().question) {
    Item item = std::move(queue_.front());
    queue_.pop_front();
    collecting_ = true;
    item.step();
    collecting_ = false;
    queue_.insert(queue_.begin(), std::make_move_iterator(queued_now_.begin()),
                  std::make_move_iterator(queued_now_.end()));
    queued_now_.clear();
  }
}

const Question* Interview::next() {
  run_steps();
  return queue_.empty() ? nullptr : &*queue_.front().question;
}

std::vector<Note> Interview::take_notes() {
  run_steps();
  return std::exchange(notes_, {});
}

Reply Interview::settle(std::optional<std::string_view> typed) {
  run_steps();
  if (queue_.empty()) return Reply{Reply::Status::invalid, "The interview is over: there is no question to answer."};
  Item item = std::move(queue_.front());
  queue_.pop_front();
  collecting_ = true;
  Reply reply = item.handle(typed);
  collecting_ = false;
  if (reply.status == Reply::Status::invalid) {
    queued_now_.clear();
    queue_.push_front(std::move(item));
    return reply;
  }
  queue_.insert(queue_.begin(), std::make_move_iterator(queued_now_.begin()),
                std::make_move_iterator(queued_now_.end()));
  queued_now_.clear();
  return reply;
}

Reply Interview::answer(std::string_view typed) { return settle(typed); }

void Interview::dont_know() { settle(std::nullopt); }

void Interview::ask_year_group() {
  asked_.insert("pupil.year_group");
  asked_.insert("pupil.phase");
  ask<long long>(make("pupil.year_group",
                      "What school year is your child in? (for example Nursery, Reception, Year 4 or Year 10)",
                      AnswerKind::school_year),
                 [](std::string_view a) { return read_year_group(a); },
                 [this](std::variant<long long, DontKnow> year) {
                   if (auto* y = answered(year)) {
                     draft_.year_group = *y;
                     draft_.phase = phase_for_year(*y);
                   }
                 });
}

void Interview::ask_needs() {
  for (const auto& words : area_words) {
    Area area = words.area;
    ask<bool>(make(fmt::format("needs.{}", area_id(area)), words.question, AnswerKind::yes_no),
              [](std::string_view a) { return read_yes_no(a); },
              [this, area](std::variant<bool, DontKnow> answer) {
                if (auto* yes = answered(answer); yes && *yes) draft_.needs.push_back(area);
              });
  }
  then_step([this] {
    if (!draft_.needs.empty()) return;
    say("You have not said that your child has any special educational needs, so the report "
        "will show only what every pupil should get.");
  });
}

void Interview::ask_level() {
  if (draft_.needs.empty()) {
    on_sen_support_ = false;
    return;
  }
  ask<bool>(
      make("level.ehc_plan",
           "Does your child have an education, health and care (EHC) plan? This is a legal document "
           "from the local authority. (yes / no / don't know)",
           AnswerKind::yes_no),
      [](std::string_view a) { return read_yes_no(a); },
      [this](std::variant<bool, DontKnow> plan) {
        if (auto* yes = answered(plan); yes && *yes) {
          draft_.level = "ehc_plan";
          asked_.insert("ehc.plan_issued");
          ask_date_into("ehc.plan_issued",
                        "On what date was the final EHC plan issued? (a date like 2025-03-14 or 14/03/2025, or "
                        "don't know)",
                        [this](Date d) { draft_.ehc["plan_issued"] = d.iso(); });
          then_step([this] {
            asked_.insert("ehc.last_review");
            ask_date_into("ehc.last_review",
                          "On what date was the plan last looked at in an annual review meeting? (a date, or "
                          "don't know)",
                          [this](Date d) { draft_.ehc["last_review"] = d.iso(); });
          });
          return;
        }
        ask<bool>(make("level.sen_support",
                       "Does the school give your child extra help, beyond what the rest of the class gets? "
                       "Schools call this SEN support (special educational needs support). (yes / no / don't know)",
                       AnswerKind::yes_no),
                  [](std::string_view a) { return read_yes_no(a); },
                  [this](std::variant<bool, DontKnow> support) {
                    if (auto* yes = answered(support)) {
                      on_sen_support_ = *yes;
                      if (*yes) draft_.level = "sen_support";
                    } else {
                      // Not known: the rounds of SEN support are questions
                      // about support the parent has not said the child
                      // gets, so they are not asked. The rights in the
                      // report do not depend on the answer.
                      on_sen_support_ = false;
                    }
                  });
      });
}

void Interview::ask_date_into(const std::string& id, const std::string& text, std::function<void(Date)> store) {
  ask<Date>(make(id, text, AnswerKind::date), [this](std::string_view a) { return read_past_date(a, today_); },
            [store = std::move(store)](std::variant<Date, DontKnow> answer) {
              if (auto* d = answered(answer)) store(*d);
            });
}

void Interview::ask_choice_into(const std::string& id, const std::string& text,
                                std::vector<std::vector<std::string>> choices,
                                std::function<void(std::string)> store) {
  Question question = choice_question(id, text, choices);
  ask<std::string>(std::move(question),
                   [choices = std::move(choices)](std::string_view a) { return read_choice(a, choices); },
                   [store = std::move(store)](std::variant<std::string, DontKnow> answer) {
                     if (auto* c = answered(answer)) store(*c);
                   });
}

void Interview::ask_cycles(Area area) {
  std::string name = short_name(area);
  ask<long long>(
      count_question(cycle_id(area) + ".count",
                     fmt::format("Support at school should run in rounds: the school plans extra help, tries it, "
                                 "then reviews how it went with you. How many rounds of extra help for {} has the "
                                 "school tried so far? Count one that is still going. (a number, 0 if none, or "
                                 "don't know)",
                                 name),
                     0, 6),
      [](std::string_view a) { return read_count(a, 0, 6); },
      [this, area](std::variant<long long, DontKnow> count) {
        auto* n = answered(count);
        if (!n || *n == 0) return;
        std::size_t first = draft_.cycles.size();
        for (long long i = 1; i <= *n; ++i) {
          then_step([this, area, i, n = *n, index = first + static_cast<std::size_t>(i - 1)] {
            ask_round(area, i, n, index);
          });
        }
        then_step([this, area, n = *n, first] { ask_advice(area, n, first); });
      });
}

void Interview::ask_round(Area area, long long i, long long n, std::size_t index) {
  // The round is in the draft from its first question, so the checks of
  // later answers can see the dates already given.
  DraftCycle cycle;
  cycle.area = area;
  draft_.cycles.push_back(cycle);
  std::string name = short_name(area);
  std::string which = n == 1 ? "the round" : fmt::format("the {} round", ordinal(i));
  std::string id = fmt::format("{}[{}]", cycle_id(area), i);
  ask<Date>(
      make(id + ".started",
           fmt::format("When did {} of help for {} start? (a date like 2026-01-12 or 12/01/2026, or don't know)",
                       which, name),
           AnswerKind::date),
      [this, index](std::string_view a) -> Answer<Date> {
        auto date = read_past_date(a, today_);
        // The start of the round before this one, if it was given.
        std::optional<Date> previous;
        for (std::size_t k = index; k-- > 0;) {
          if (draft_.cycles[k].area != draft_.cycles[index].area) break;
          if (draft_.cycles[k].started) {
            previous = draft_.cycles[k].started;
            break;
          }
        }
        if (auto* d = std::get_if<Date>(&date); d && previous && *d < *previous) {
          return Invalid{"That is before the round before it started. Please check the date."};
        }
        return date;
      },
      [this, index](std::variant<Date, DontKnow> started) {
        if (auto* d = answered(started)) draft_.cycles[index].started = *d;
      });
  ask<std::optional<Date>>(
      make(id + ".reviewed",
           fmt::format("Has the school reviewed {} with you? If so, on what date? (a date, \"not yet\", or don't know)",
                       which),
           AnswerKind::date_or_not_yet),
      [this, index](std::string_view a) -> Answer<std::optional<Date>> {
        auto date = read_date_or_not_yet(a, today_);
        auto* d = std::get_if<std::optional<Date>>(&date);
        const auto& started = draft_.cycles[index].started;
        if (d && *d && started && **d < *started) {
          return Invalid{"The review cannot be before the round started. Please check the date."};
        }
        return date;
      },
      [this, index, which, id](std::variant<std::optional<Date>, DontKnow> reviewed) {
        bool was_reviewed = true;
        if (auto* d = answered(reviewed)) {
          draft_.cycles[index].reviewed = *d;
          was_reviewed = d->has_value();
        }
        if (!was_reviewed) return;
        ask_choice_into(id + ".outcome", fmt::format("At that review, how did {} go?{}", which, outcome_hint),
                        outcome_choices, [this, index](std::string o) { draft_.cycles[index].outcome = o; });
      });
}

void Interview::ask_advice(Area area, long long n, std::size_t first) {
  std::string name = short_name(area);
  ask<bool>(
      make(cycle_id(area) + ".specialist_advice",
           fmt::format("Has a specialist (for example an educational psychologist, a speech and language "
                       "therapist or a specialist teacher) given the school advice about {}? (yes / no / don't know)",
                       name),
           AnswerKind::yes_no),
      [](std::string_view a) { return read_yes_no(a); },
      [this, area, n, first](std::variant<bool, DontKnow> advice) {
        if (auto* yes = answered(advice); !yes || !*yes) return;
        // Advice, once given, shapes every round after it.
        auto mark_from = [this, first](long long used_in) {
          for (std::size_t i = first + static_cast<std::size_t>(used_in - 1); i < draft_.cycles.size(); ++i) {
            draft_.cycles[i].specialist_advice = true;
          }
        };
        if (n <= 1) return mark_from(n);
        ask<long long>(
            count_question(cycle_id(area) + ".advice_round",
                           fmt::format("In which round was the specialist's advice first used? (a number from 1 to "
                                       "{}, or don't know)",
                                       n),
                           1, n),
            [n](std::string_view a) { return read_count(a, 1, n); },
            [mark_from, n](std::variant<long long, DontKnow> which) {
              auto* w = answered(which);
              mark_from(w ? *w : n);
            });
      });
}

void Interview::ask_ehc_request() {
  if (draft_.level == "ehc_plan") return;
  ask<bool>(make("ehc.asked",
                 "Has anyone asked the local authority for an education, health and care (EHC) needs "
                 "assessment for your child? (yes / no / don't know)",
                 AnswerKind::yes_no),
            [](std::string_view a) { return read_yes_no(a); },
            [this](std::variant<bool, DontKnow> asked) {
              auto* yes = answered(asked);
              if (!yes || !*yes) return;
              asked_.insert("ehc.requested");
              ask_date_into("ehc.requested", "On what date was the assessment asked for? (a date, or don't know)",
                            [this](Date d) { draft_.ehc["requested"] = d.iso(); });
              then_step([this] {
                asked_.insert("ehc.requested_by");
                ask_choice_into("ehc.requested_by",
                                "Who asked for it: you (parent), your child (young person, 16 or over), or the "
                                "school? (parent / young person / school / don't know)",
                                {{"parent", "parent", "me", "i did", "we did", "you"},
                                 {"young_person", "young person", "my child", "child"},
                                 {"school", "school", "the school"}},
                                [this](std::string w) { draft_.ehc["requested_by"] = w; });
              });
              then_step([this] { ask_ehc_decision(); });
            });
}

void Interview::ask_ehc_decision() {
  asked_.insert("ehc.decision");
  asked_.insert("ehc.decided");
  std::vector<std::vector<std::string>> choices = {{"agreed", "agreed", "yes", "agree"},
                                                   {"refused", "refused", "no", "refuse"},
                                                   {"not_yet", "not yet", "waiting"}};
  ask<std::string>(
      choice_question("ehc.decision",
                      "Has the local authority said whether it will carry out the assessment? (agreed / refused / "
                      "not yet / don't know)",
                      choices),
      [choices](std::string_view a) { return read_choice(a, choices); },
      [this](std::variant<std::string, DontKnow> decision) {
        auto* d = answered(decision);
        if (!d || *d == "not_yet") return;
        draft_.ehc["decision"] = *d;
        ask_date_into("ehc.decided", "On what date did the local authority tell you? (a date, or don't know)",
                      [this](Date date) { draft_.ehc["decided"] = date.iso(); });
        if (*d != "agreed") return;
        then_step([this] {
          asked_.insert("ehc.draft_issued");
          ask<std::optional<Date>>(
              make("ehc.draft_issued",
                   "Have you been sent a draft EHC plan? If so, on what date? (a date, \"not yet\", or don't know)",
                   AnswerKind::date_or_not_yet),
              [this](std::string_view a) { return read_date_or_not_yet(a, today_); },
              [this](std::variant<std::optional<Date>, DontKnow> draft_plan) {
                if (auto* date = answered(draft_plan); date && *date) draft_.ehc["draft_issued"] = (*date)->iso();
              });
        });
      });
}

void Interview::ask_in_place() {
  SourceStore sources;
  Diagnostics diagnostics;
  auto result = evaluate_draft(program_, draft_, sources, diagnostics);
  if (!result || result->provision.empty()) return;
  std::string list =
      "Here is the support that should be in place for your child. Which of these does your "
      "child get now?\n";
  std::vector<std::string> ids;
  Question question = make("in_place", "", AnswerKind::several);
  for (std::size_t i = 0; i < result->provision.size(); ++i) {
    const auto& p = result->provision[i];
    std::string title(p.title.empty() ? p.id : p.title);
    list += fmt::format("  {}. {}\n", i + 1, title);
    question.choices.push_back(title);
    ids.emplace_back(p.id);
  }
  list += "Type the numbers with commas between them (for example 1, 3), \"all\", \"none\", or don't know.";
  question.text = std::move(list);
  int count = static_cast<int>(ids.size());
  ask<std::vector<int>>(std::move(question), [count](std::string_view a) { return read_numbers(a, count); },
                        [this, ids](std::variant<std::vector<int>, DontKnow> chosen) {
                          auto* numbers = answered(chosen);
                          if (!numbers) return;
                          draft_.in_place.emplace();
                          for (int n : *numbers) draft_.in_place->push_back(ids[static_cast<std::size_t>(n - 1)]);
                        });
}

void Interview::ask_missing_facts() {
  SourceStore sources;
  Diagnostics diagnostics;
  auto result = evaluate_draft(program_, draft_, sources, diagnostics);
  if (!result) return;
  std::vector<std::string> facts;
  for (const auto& u : result->undetermined) {
    for (std::string_view view : u.missing) {
      std::string fact(view);
      if (!asked_.count(fact) && std::find(facts.begin(), facts.end(), fact) == facts.end()) facts.push_back(fact);
    }
  }
  if (facts.empty()) return;
  say("A few more questions, because the answers could change what your child should get.", true);
  for (const auto& fact : facts) {
    asked_.insert(fact);
    ask_fact(fact);
  }
  // Each answer can make another rule decidable, so ask until nothing new
  // is missing; the number of facts is finite, and each is asked once.
  then_step([this] { ask_missing_facts(); });
}

void Interview::ask_fact(const std::string& fact) {
  std::string question = render::question_for(program_.model.get(), fact);
  std::string date_hint = " (a date like 2026-01-12 or 12/01/2026, or don't know)";
  if (fact == "pupil.date_of_birth") {
    return ask_date_into(fact, question + date_hint, [this](Date d) { draft_.date_of_birth = d; });
  }
  if (fact == "pupil.year_group") {
    ask<long long>(make(fact, question + " (for example Reception or Year 4)", AnswerKind::school_year),
                   [](std::string_view a) { return read_year_group(a); },
                   [this](std::variant<long long, DontKnow> year) {
                     if (auto* y = answered(year)) draft_.year_group = *y;
                   });
    return;
  }
  if (fact == "pupil.phase") {
    return ask_choice_into(fact, question + " (early years / primary / secondary / post-16 / don't know)",
                           {{"early_years", "early years", "nursery", "pre-school"},
                            {"primary", "primary"},
                            {"secondary", "secondary"},
                            {"post16", "post-16", "post 16", "college", "sixth form"}},
                           [this](std::string c) { draft_.phase = c; });
  }
  if (fact == "pupil.setting") {
    return ask_choice_into(fact, question + " (mainstream / resourced / special / alternative / home / don't know)",
                           {{"mainstream", "mainstream"},
                            {"resourced", "resourced", "resourced provision", "unit"},
                            {"special", "special", "special school"},
                            {"alternative", "alternative", "alternative provision"},
                            {"home", "home", "home educated"}},
                           [this](std::string c) { draft_.setting = c; });
  }
  if (fact.rfind("ehc.", 0) == 0) {
    std::string field = fact.substr(4);
    auto store = [this, field](std::string value) { draft_.ehc[field] = value; };
    if (field == "requested_by") {
      return ask_choice_into(fact, question + " (parent / young person / school / don't know)",
                             {{"parent", "parent"}, {"young_person", "young person"}, {"school", "school"}}, store);
    }
    if (field == "decision") {
      return ask_choice_into(fact, question + " (agreed / refused / don't know)",
                             {{"agreed", "agreed", "yes"}, {"refused", "refused", "no"}}, store);
    }
    return ask_date_into(fact, question + date_hint, [store](Date d) { store(d.iso()); });
  }
  if (fact.rfind("cycles(", 0) == 0) return ask_cycle_fact(fact, question);
  if (program_.schema.inputs.count(fact)) return ask_input(fact, question);
  // A fact this conversation cannot fill in (none today) is left unknown
  // and shows in the report's open questions.
}

void Interview::ask_cycle_fact(const std::string& fact, const std::string& question) {
  std::size_t close = fact.find(')');
  auto area = parse_area(fact.substr(7, close == std::string::npos ? 0 : close - 7));
  if (!area || close == std::string::npos) return;
  std::string field = close + 2 <= fact.size() ? fact.substr(close + 2) : "";
  std::optional<std::size_t> latest;
  for (std::size_t i = 0; i < draft_.cycles.size(); ++i) {
    if (draft_.cycles[i].area == *area) latest = i;
  }
  if (!latest) return;
  std::size_t index = *latest;
  if (field == "outcome") {
    ask_choice_into(fact, question + outcome_hint, outcome_choices,
                    [this, index](std::string o) { draft_.cycles[index].outcome = o; });
  } else if (field == "reviewed" || field == "started") {
    bool reviewed = field == "reviewed";
    ask_date_into(fact, question + " (a date, or don't know)", [this, index, reviewed](Date d) {
      (reviewed ? draft_.cycles[index].reviewed : draft_.cycles[index].started) = d;
    });
  }
}

void Interview::ask_input(const std::string& name, const std::string& question) {
  const profile::InputSpec& spec = program_.schema.inputs.at(name);
  std::string hint;
  if (spec.type == "bool") hint = " (yes / no / don't know)";
  else if (spec.type == "date") hint = " (a date like 2026-01-12 or 12/01/2026, or don't know)";
  else if (spec.type == "percent") hint = " (a number from 0 to 100, or don't know)";
  else if (spec.type == "number" || spec.type == "integer") hint = " (a number, or don't know)";
  else if (spec.type == "duration") hint = " (for example 6 weeks, or don't know)";
  else if (spec.type == "one_of") hint = " (" + fmt::format("{}", fmt::join(spec.values, " / ")) + " / don't know)";
  else if (spec.type == "list") hint = " (separate items with commas, or don't know)";
  const bool is_list = spec.type == "list";
  // The engine's own profile reader decides whether a value fits the input,
  // so `ask` accepts exactly what a profile file may hold.
  auto check = [this, name, is_list, &spec](std::string_view typed) -> Answer<std::vector<std::string>> {
    if (is_dont_know(typed)) return DontKnow{};
    std::vector<std::string> values;
    std::string text = normalise(typed);
    if (spec.type == "bool") {
      auto yes = read_yes_no(typed);
      if (auto* b = std::get_if<bool>(&yes)) text = *b ? "true" : "false";
      else return Invalid{"Please answer yes or no, or say \"don't know\"."};
    } else if (spec.type == "date") {
      auto date = read_past_date(typed, today_);
      if (auto* d = std::get_if<Date>(&date)) text = d->iso();
      else return std::get<Invalid>(date);
    } else if (spec.type == "text" || spec.type == "one_of" || spec.type == "list") {
      std::string_view t = typed;
      while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
      while (!t.empty() && (t.back() == ' ' || t.back() == '\r')) t.remove_suffix(1);
      text = std::string(t);
    }
    if (is_list) {
      std::string item;
      for (char c : text + ",") {
        if (c == ',') {
          std::size_t b = item.find_first_not_of(' '), e = item.find_last_not_of(' ');
          if (b != std::string::npos) values.push_back(item.substr(b, e - b + 1));
          item.clear();
        } else {
          item += c;
        }
      }
    } else {
      values.push_back(text);
    }
    DraftProfile probe;
    probe.as_of = today_;
    probe.inputs[name] = values;
    probe.input_is_list[name] = is_list;
    SourceStore sources;
    Diagnostics diagnostics;
    auto profile = profile::load_profile_text("answer", to_yaml(probe), program_.schema, sources, diagnostics);
    if (profile && !diagnostics.has_errors()) return values;
    for (const auto& d : diagnostics.all()) {
      if (d.severity == Severity::error) return Invalid{"That answer does not fit: " + d.message + "."};
    }
    return Invalid{"That answer does not fit. Please try again, or say \"don't know\"."};
  };
  Question q = make(name, question + hint, AnswerKind::value);
  q.value_type = spec.type;
  if (spec.type == "one_of") q.choices = spec.values;
  ask<std::vector<std::string>>(std::move(q), check,
                                [this, name, is_list](std::variant<std::vector<std::string>, DontKnow> answer) {
                                  auto* values = answered(answer);
                                  if (!values) return;
                                  draft_.inputs[name] = *values;
                                  draft_.input_is_list[name] = is_list;
                                });
}

}  // namespace apdr::ask
