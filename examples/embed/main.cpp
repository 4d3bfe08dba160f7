// An integrator's program: a local toolkit held in memory (two files, the
// second reached through the include resolver), one profile evaluated to
// JSON, and the first questions of the `apdr ask` interview answered.
// Uses only the installed apdr package: <apdr/apdr.hpp> and apdr::apdr.
#include <iostream>
#include <map>
#include <string>

#include <apdr/apdr.hpp>

namespace {

// The toolkit's files, as a portal might keep them in its database.
const std::map<std::string, std::string> files = {
    {"parts/provision.yaml",
     "apdr: 1\n"
     "provision:\n"
     "  quiet-space:\n"
     "    area: semh\n"
     "    level: universal\n"
     "    title: A quiet space to go to\n"
     "    plain: Somewhere calm your child can go when things feel too much.\n"},
};

const std::string toolkit =
    "apdr: 1\n"
    "id: embed-example\n"
    "title: A toolkit held in memory\n"
    "extends: apdr:national\n"
    "include:\n"
    "  - parts/provision.yaml\n";

const std::string profile =
    "apdr-profile: 1\n"
    "id: pupil-1\n"
    "as_of: 2026-11-22\n"
    "pupil: { year_group: 4, phase: primary, setting: mainstream }\n"
    "needs:\n"
    "  - { area: semh, level: sen_support }\n";

}  // namespace

int main() {
  apdr::api::IncludeResolver resolver = [](const std::string& path) -> std::optional<std::string> {
    auto found = files.find(path);
    if (found == files.end()) return std::nullopt;
    return found->second;
  };
  apdr::api::Build build = apdr::api::build_program("toolkit.yaml", toolkit, resolver);
  for (const auto& d : build.diagnostics) std::cerr << apdr::api::to_text(d) << '\n';
  if (!build.program) return 1;
  std::cout << "built: " << build.program->id() << '\n';

  // One Evaluator per thread; here there is one thread.
  apdr::api::Evaluator evaluator(build.program);
  apdr::api::EvaluateOptions options;
  options.compact = true;
  apdr::api::JsonResult result = evaluator.evaluate_json(profile, options);
  for (const auto& d : result.diagnostics) std::cerr << apdr::api::to_text(d) << '\n';
  if (!result.ok()) return 1;
  bool has_quiet_space = result.json.find("\"quiet-space\"") != std::string::npos;
  std::cout << "evaluated: " << result.json.size() << " bytes of JSON, "
            << (has_quiet_space ? "quiet-space is provision to have in place" : "quiet-space is missing") << '\n';

  // The interview: answer the first two questions, then "don't know".
  apdr::api::InterviewOptions interview_options;
  interview_options.today = "2026-11-22";
  apdr::api::Started started = apdr::api::start_interview(build.program, interview_options);
  if (!started.interview) return 1;
  apdr::api::Interview& interview = *started.interview;
  const char* answers[] = {"Year 4", "no"};
  int asked = 0;
  while (auto question = interview.next()) {
    for (const auto& note : interview.take_notes()) std::cout << "note: " << note << '\n';
    if (asked < 2) {
      std::cout << "question " << question->id << ": " << answers[asked] << '\n';
      interview.answer(answers[asked]);
    } else {
      interview.dont_know();
    }
    ++asked;
  }
  std::cout << "interview: " << asked << " questions\n";
  std::cout << (interview.evaluate_json().ok() ? "interview profile evaluates\n" : "interview profile refused\n");
  return 0;
}
