#include "ask_interview.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "compile/program.hpp"
#include "evaluate/questions.hpp"
#include "profile/load_profile.hpp"

namespace apdr::cli::ask {

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

template <typename T>
std::function<Answer<T>(std::string_view)> reader(Answer<T> (*read)(std::string_view)) {
  return read;
}

const std::vector<std::vector<std::string>> outcome_choices = {
    {"met", "met", "yes", "the targets were met"},
    {"partly_met", "partly", "partly met", "some", "some progress"},
    {"not_met", "not met", "no", "little or no progress", "no progress"},
};

const std::string outcome_hint =
    " (met = the targets were met, partly = some progress, not met = little or no progress, "
    "or don't know)";

}  // namespace

Interview::Interview(const Program& program, Prompter& prompter, Date today)
    : program_(program), prompter_(prompter), today_(today) {
  draft_.as_of = today;
}

void say_welcome(Prompter& prompter) {
  prompter.say(
      "apdr ask: a few questions about your child's support at school. Answer each one and "
      "press Enter. If you are not sure, type \"don't know\" or just press Enter. You do not "
      "need to give your child's name.");
}

DraftProfile Interview::run() {
  ask_year_group();
  ask_needs();
  ask_level();
  if (on_sen_support_) {
    for (Area area : std::vector<Area>(draft_.needs)) ask_cycles(area);
  }
  ask_ehc_request();
  ask_in_place();
  // Each answer can make another rule decidable, so ask until nothing new
  // is missing; the number of facts is finite, and each is asked once.
  while (ask_missing_facts()) {
  }
  return draft_;
}

std::optional<eval::Result> Interview::evaluate_draft(const DraftProfile& draft, SourceStore& sources,
                                                      Diagnostics& diagnostics) const {
  auto profile = profile::load_profile_text("answers", to_yaml(draft), profile_schema(program_), sources,
                                            diagnostics);
  if (!profile || diagnostics.has_errors()) return std::nullopt;
  return evaluate(program_, *profile, draft.as_of, draft.as_of);
}

void Interview::ask_year_group() {
  asked_.insert("pupil.year_group");
  asked_.insert("pupil.phase");
  auto year = prompter_.ask<long long>(
      "What school year is your child in? (for example Nursery, Reception, Year 4 or Year 10)",
      [](std::string_view a) { return read_year_group(a); });
  if (auto* y = std::get_if<long long>(&year)) {
    draft_.year_group = *y;
    draft_.phase = phase_for_year(*y);
  }
}

void Interview::ask_needs() {
  for (const auto& words : area_words) {
    auto answer = prompter_.ask<bool>(words.question, [](std::string_view a) { return read_yes_no(a); });
    if (auto* yes = std::get_if<bool>(&answer); yes && *yes) draft_.needs.push_back(words.area);
  }
  if (draft_.needs.empty()) {
    prompter_.say(
        "You have not said that your child has any special educational needs, so the report "
        "will show only what every pupil should get.");
  }
}

void Interview::ask_level() {
  if (draft_.needs.empty()) {
    on_sen_support_ = false;
    return;
  }
  auto plan = prompter_.ask<bool>(
      "Does your child have an education, health and care (EHC) plan? This is a legal document "
      "from the local authority. (yes / no / don't know)",
      [](std::string_view a) { return read_yes_no(a); });
  if (auto* yes = std::get_if<bool>(&plan); yes && *yes) {
    draft_.level = "ehc_plan";
    asked_.insert("ehc.plan_issued");
    auto issued = prompter_.ask<Date>(
        "On what date was the final EHC plan issued? (a date like 2025-03-14 or 14/03/2025, or don't know)",
        [this](std::string_view a) { return read_past_date(a, today_); });
    if (auto* d = std::get_if<Date>(&issued)) draft_.ehc["plan_issued"] = d->iso();
    asked_.insert("ehc.last_review");
    auto review = prompter_.ask<Date>(
        "On what date was the plan last looked at in an annual review meeting? (a date, or don't know)",
        [this](std::string_view a) { return read_past_date(a, today_); });
    if (auto* d = std::get_if<Date>(&review)) draft_.ehc["last_review"] = d->iso();
    return;
  }
  auto support = prompter_.ask<bool>(
      "Does the school give your child extra help, beyond what the rest of the class gets? "
      "Schools call this SEN support (special educational needs support). (yes / no / don't know)",
      [](std::string_view a) { return read_yes_no(a); });
  if (auto* yes = std::get_if<bool>(&support)) {
    on_sen_support_ = *yes;
    if (*yes) draft_.level = "sen_support";
  } else {
    // Not known: the rounds of SEN support are questions about support the
    // parent has not said the child gets, so they are not asked. The rights
    // in the report do not depend on the answer.
    on_sen_support_ = false;
  }
}

void Interview::ask_cycles(Area area) {
  std::string name = short_name(area);
  auto count = prompter_.ask<long long>(
      fmt::format("Support at school should run in rounds: the school plans extra help, tries it, "
                  "then reviews how it went with you. How many rounds of extra help for {} has the "
                  "school tried so far? Count one that is still going. (a number, 0 if none, or don't know)",
                  name),
      [](std::string_view a) { return read_count(a, 0, 6); });
  auto* n = std::get_if<long long>(&count);
  if (!n || *n == 0) return;
  std::optional<Date> previous;
  std::size_t first = draft_.cycles.size();
  for (long long i = 1; i <= *n; ++i) {
    DraftCycle cycle;
    cycle.area = area;
    std::string which = *n == 1 ? "the round" : fmt::format("the {} round", ordinal(i));
    auto started = prompter_.ask<Date>(
        fmt::format("When did {} of help for {} start? (a date like 2026-01-12 or 12/01/2026, or don't know)",
                    which, name),
        [&](std::string_view a) -> Answer<Date> {
          auto date = read_past_date(a, today_);
          if (auto* d = std::get_if<Date>(&date); d && previous && *d < *previous) {
            return Invalid{"That is before the round before it started. Please check the date."};
          }
          return date;
        });
    if (auto* d = std::get_if<Date>(&started)) {
      cycle.started = *d;
      previous = *d;
    }
    auto reviewed = prompter_.ask<std::optional<Date>>(
        fmt::format("Has the school reviewed {} with you? If so, on what date? (a date, \"not yet\", or don't know)",
                    which),
        [&](std::string_view a) -> Answer<std::optional<Date>> {
          auto date = read_date_or_not_yet(a, today_);
          auto* d = std::get_if<std::optional<Date>>(&date);
          if (d && *d && cycle.started && **d < *cycle.started) {
            return Invalid{"The review cannot be before the round started. Please check the date."};
          }
          return date;
        });
    bool was_reviewed = true;
    if (auto* d = std::get_if<std::optional<Date>>(&reviewed)) {
      cycle.reviewed = *d;
      was_reviewed = d->has_value();
    }
    if (was_reviewed) {
      auto outcome = prompter_.ask<std::string>(
          fmt::format("At that review, how did {} go?{}", which, outcome_hint),
          [](std::string_view a) { return read_choice(a, outcome_choices); });
      if (auto* o = std::get_if<std::string>(&outcome)) cycle.outcome = *o;
    }
    draft_.cycles.push_back(cycle);
  }
  auto advice = prompter_.ask<bool>(
      fmt::format("Has a specialist (for example an educational psychologist, a speech and language "
                  "therapist or a specialist teacher) given the school advice about {}? (yes / no / don't know)",
                  name),
      [](std::string_view a) { return read_yes_no(a); });
  if (auto* yes = std::get_if<bool>(&advice); !yes || !*yes) return;
  long long used_in = *n;
  if (*n > 1) {
    auto which = prompter_.ask<long long>(
        fmt::format("In which round was the specialist's advice first used? (a number from 1 to {}, or don't know)", *n),
        [&](std::string_view a) { return read_count(a, 1, *n); });
    if (auto* w = std::get_if<long long>(&which)) used_in = *w;
  }
  // Advice, once given, shapes every round after it.
  for (std::size_t i = first + static_cast<std::size_t>(used_in - 1); i < draft_.cycles.size(); ++i) {
    draft_.cycles[i].specialist_advice = true;
  }
}

void Interview::ask_ehc_request() {
  if (draft_.level == "ehc_plan") return;
  auto asked = prompter_.ask<bool>(
      "Has anyone asked the local authority for an education, health and care (EHC) needs "
      "assessment for your child? (yes / no / don't know)",
      [](std::string_view a) { return read_yes_no(a); });
  auto* yes = std::get_if<bool>(&asked);
  if (!yes || !*yes) return;
  asked_.insert("ehc.requested");
  auto when = prompter_.ask<Date>("On what date was the assessment asked for? (a date, or don't know)",
                                  [this](std::string_view a) { return read_past_date(a, today_); });
  if (auto* d = std::get_if<Date>(&when)) draft_.ehc["requested"] = d->iso();
  asked_.insert("ehc.requested_by");
  auto who = prompter_.ask<std::string>(
      "Who asked for it: you (parent), your child (young person, 16 or over), or the school? "
      "(parent / young person / school / don't know)",
      [](std::string_view a) {
        return read_choice(a, {{"parent", "parent", "me", "i did", "we did", "you"},
                               {"young_person", "young person", "my child", "child"},
                               {"school", "school", "the school"}});
      });
  if (auto* w = std::get_if<std::string>(&who)) draft_.ehc["requested_by"] = *w;
  asked_.insert("ehc.decision");
  asked_.insert("ehc.decided");
  auto decision = prompter_.ask<std::string>(
      "Has the local authority said whether it will carry out the assessment? (agreed / refused / not yet / don't know)",
      [](std::string_view a) {
        return read_choice(a, {{"agreed", "agreed", "yes", "agree"},
                               {"refused", "refused", "no", "refuse"},
                               {"not_yet", "not yet", "waiting"}});
      });
  auto* d = std::get_if<std::string>(&decision);
  if (!d || *d == "not_yet") return;
  draft_.ehc["decision"] = *d;
  auto decided = prompter_.ask<Date>("On what date did the local authority tell you? (a date, or don't know)",
                                     [this](std::string_view a) { return read_past_date(a, today_); });
  if (auto* date = std::get_if<Date>(&decided)) draft_.ehc["decided"] = date->iso();
  if (*d != "agreed") return;
  asked_.insert("ehc.draft_issued");
  auto draft_plan = prompter_.ask<std::optional<Date>>(
      "Have you been sent a draft EHC plan? If so, on what date? (a date, \"not yet\", or don't know)",
      [this](std::string_view a) { return read_date_or_not_yet(a, today_); });
  if (auto* date = std::get_if<std::optional<Date>>(&draft_plan); date && *date) {
    draft_.ehc["draft_issued"] = (*date)->iso();
  }
}

void Interview::ask_in_place() {
  SourceStore sources;
  Diagnostics diagnostics;
  auto result = evaluate_draft(draft_, sources, diagnostics);
  if (!result || result->provision.empty()) return;
  std::string list =
      "Here is the support that should be in place for your child. Which of these does your "
      "child get now?\n";
  for (std::size_t i = 0; i < result->provision.size(); ++i) {
    const auto& p = result->provision[i];
    list += fmt::format("  {}. {}\n", i + 1, p.title.empty() ? p.id : p.title);
  }
  list += "Type the numbers with commas between them (for example 1, 3), \"all\", \"none\", or don't know.";
  int count = static_cast<int>(result->provision.size());
  auto chosen = prompter_.ask<std::vector<int>>(list, [count](std::string_view a) { return read_numbers(a, count); });
  if (auto* numbers = std::get_if<std::vector<int>>(&chosen)) {
    draft_.in_place.emplace();
    for (int n : *numbers) draft_.in_place->push_back(result->provision[static_cast<std::size_t>(n - 1)].id);
  }
}

bool Interview::ask_missing_facts() {
  SourceStore sources;
  Diagnostics diagnostics;
  auto result = evaluate_draft(draft_, sources, diagnostics);
  if (!result) return false;
  std::vector<std::string> facts;
  for (const auto& u : result->undetermined) {
    for (const auto& fact : u.missing) {
      if (!asked_.count(fact) && std::find(facts.begin(), facts.end(), fact) == facts.end()) facts.push_back(fact);
    }
  }
  if (facts.empty()) return false;
  if (!prompter_.exhausted()) {
    prompter_.say("A few more questions, because the answers could change what your child should get.");
  }
  for (const auto& fact : facts) {
    asked_.insert(fact);
    ask_fact(fact);
  }
  return true;
}

void Interview::ask_fact(const std::string& fact) {
  std::string question = eval::question_for(*program_.model, fact);
  auto date_into = [&](std::optional<Date>& target) {
    auto answer = prompter_.ask<Date>(question + " (a date like 2026-01-12 or 12/01/2026, or don't know)",
                                      [this](std::string_view a) { return read_past_date(a, today_); });
    if (auto* d = std::get_if<Date>(&answer)) target = *d;
  };
  auto choice_into = [&](std::optional<std::string>& target, const std::vector<std::vector<std::string>>& choices,
                         const std::string& hint) {
    auto answer = prompter_.ask<std::string>(question + " " + hint,
                                             [&choices](std::string_view a) { return read_choice(a, choices); });
    if (auto* c = std::get_if<std::string>(&answer)) target = *c;
  };
  if (fact == "pupil.date_of_birth") return date_into(draft_.date_of_birth);
  if (fact == "pupil.year_group") {
    auto year = prompter_.ask<long long>(question + " (for example Reception or Year 4)",
                                         [](std::string_view a) { return read_year_group(a); });
    if (auto* y = std::get_if<long long>(&year)) draft_.year_group = *y;
    return;
  }
  if (fact == "pupil.phase") {
    return choice_into(draft_.phase,
                       {{"early_years", "early years", "nursery", "pre-school"},
                        {"primary", "primary"},
                        {"secondary", "secondary"},
                        {"post16", "post-16", "post 16", "college", "sixth form"}},
                       "(early years / primary / secondary / post-16 / don't know)");
  }
  if (fact == "pupil.setting") {
    return choice_into(draft_.setting,
                       {{"mainstream", "mainstream"},
                        {"resourced", "resourced", "resourced provision", "unit"},
                        {"special", "special", "special school"},
                        {"alternative", "alternative", "alternative provision"},
                        {"home", "home", "home educated"}},
                       "(mainstream / resourced / special / alternative / home / don't know)");
  }
  if (fact.rfind("ehc.", 0) == 0) {
    std::string field = fact.substr(4);
    std::optional<std::string> value;
    if (field == "requested_by") {
      choice_into(value, {{"parent", "parent"}, {"young_person", "young person"}, {"school", "school"}},
                  "(parent / young person / school / don't know)");
    } else if (field == "decision") {
      choice_into(value, {{"agreed", "agreed", "yes"}, {"refused", "refused", "no"}},
                  "(agreed / refused / don't know)");
    } else {
      std::optional<Date> date;
      date_into(date);
      if (date) value = date->iso();
    }
    if (value) draft_.ehc[field] = *value;
    return;
  }
  if (fact.rfind("cycles(", 0) == 0) return ask_cycle_fact(fact, question);
  if (profile_schema(program_).inputs.count(fact)) return ask_input(fact, question);
  // A fact this conversation cannot fill in (none today) is left unknown
  // and shows in the report's open questions.
}

void Interview::ask_cycle_fact(const std::string& fact, const std::string& question) {
  std::size_t close = fact.find(')');
  auto area = parse_area(fact.substr(7, close == std::string::npos ? 0 : close - 7));
  if (!area || close == std::string::npos) return;
  std::string field = close + 2 <= fact.size() ? fact.substr(close + 2) : "";
  DraftCycle* latest = nullptr;
  for (auto& cycle : draft_.cycles) {
    if (cycle.area == *area) latest = &cycle;
  }
  if (latest == nullptr) return;
  if (field == "outcome") {
    auto outcome = prompter_.ask<std::string>(question + outcome_hint,
                                              [](std::string_view a) { return read_choice(a, outcome_choices); });
    if (auto* o = std::get_if<std::string>(&outcome)) latest->outcome = *o;
  } else if (field == "reviewed" || field == "started") {
    auto date = prompter_.ask<Date>(question + " (a date, or don't know)",
                                    [this](std::string_view a) { return read_past_date(a, today_); });
    if (auto* d = std::get_if<Date>(&date)) (field == "reviewed" ? latest->reviewed : latest->started) = *d;
  }
}

void Interview::ask_input(const std::string& name, const std::string& question) {
  const profile::InputSpec& spec = profile_schema(program_).inputs.at(name);
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
  auto check = [&](std::string_view typed) -> Answer<std::vector<std::string>> {
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
    auto profile = profile::load_profile_text("answer", to_yaml(probe), profile_schema(program_), sources, diagnostics);
    if (profile && !diagnostics.has_errors()) return values;
    for (const auto& d : diagnostics.all()) {
      if (d.severity == Severity::error) return Invalid{"That answer does not fit: " + d.message + "."};
    }
    return Invalid{"That answer does not fit. Please try again, or say \"don't know\"."};
  };
  auto answer = prompter_.ask<std::vector<std::string>>(question + hint, check);
  if (auto* values = std::get_if<std::vector<std::string>>(&answer)) {
    draft_.inputs[name] = *values;
    draft_.input_is_list[name] = is_list;
  }
}

}  // namespace apdr::cli::ask
