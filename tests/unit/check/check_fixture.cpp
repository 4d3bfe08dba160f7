#include "check_fixture.hpp"

#include "load/load.hpp"

namespace apdr::checktest {

std::size_t Checked::count(Code code) const {
  std::size_t n = 0;
  for (const auto& d : diagnostics.all()) n += d.code == code ? 1 : 0;
  return n;
}

std::unique_ptr<Checked> check_file(const std::string& path) {
  auto checked = std::make_unique<Checked>();
  auto chain = load::load_chain(path, checked->sources, checked->diagnostics);
  if (chain) checked->model = check::check(std::move(*chain), checked->diagnostics);
  checked->diagnostics.sort();
  return checked;
}

Position position_of(const std::string& text, const std::string& needle, int occurrence) {
  std::size_t at = std::string::npos;
  std::size_t from = 0;
  for (int i = 0; i < occurrence; ++i) {
    at = text.find(needle, from);
    REQUIRE(at != std::string::npos);
    from = at + 1;
  }
  Position p{1, 1};
  for (std::size_t i = 0; i < at; ++i) {
    if (text[i] == '\n') { ++p.line; p.column = 1; }
    else ++p.column;
  }
  return p;
}

const Diagnostic& expect_error(const Checked& checked, Code code, const std::string& file, Position at,
                               const std::vector<std::string>& words) {
  INFO("expected " << code_name(code) << " at " << file << ":" << at.line << ":" << at.column << "; got:\n"
                   << checked.rendered());
  const Diagnostic* found = nullptr;
  for (const auto& d : checked.diagnostics.all()) {
    if (d.code == code && d.where.file == file && d.where.line == at.line && d.where.column == at.column) {
      REQUIRE(found == nullptr);  // one diagnostic per mistake, not a cascade
      found = &d;
    }
  }
  REQUIRE(found != nullptr);
  CHECK(found->severity == Severity::error);
  for (const auto& word : words) {
    INFO("the message should contain: " << word);
    CHECK(found->message.find(word) != std::string::npos);
  }
  return *found;
}

bool has_note(const Diagnostic& d, const std::string& text) {
  for (const auto& note : d.notes) {
    if (note.find(text) != std::string::npos) return true;
  }
  return false;
}

Position RuleFile::at(const std::string& needle, int occurrence) const {
  std::size_t rules = text.find("\nrules:\n");
  if (rules == std::string::npos || text.find(needle, rules) == std::string::npos) {
    return position_of(text, needle, occurrence);
  }
  Position start = position_of(text, "\nrules:\n");
  Position within = position_of(text.substr(rules + 1), needle, occurrence);
  return {start.line + within.line, within.column};  // start is the newline ending the line before `rules:`
}

std::unique_ptr<RuleFile> check_text(const std::string& text) {
  auto file = std::make_unique<RuleFile>();
  file->text = text;
  file->path = file->folder.write("rules.yaml", text);
  file->checked = check_file(file->path);
  return file;
}

std::string with_condition(const std::string& condition) {
  return root_rule_set() +
         "rules:\n"
         "  - id: the-rule\n"
         "    kind: guidance\n"
         "    when: " + condition + "\n"
         "    then: { inform: [right-to-request] }\n";
}

std::string root_rule_set(const std::string& id) {
  return "apdr: 1\n"
         "id: " + id + "\n"
         "sources:\n"
         "  cop: { title: Code of Practice }\n"
         "  oap: { title: Local guidance }\n"
         "levels:\n"
         "  - { id: universal, title: Universal }\n"
         "  - { id: sen_support, title: SEN support }\n"
         "  - { id: ehc_plan, title: EHC plan }\n"
         "parameters:\n"
         "  review_interval: 12 weeks\n"
         "inputs:\n"
         "  attendance: { type: percent }\n"
         "  support: { type: one_of, values: [light, heavy] }\n"
         "steps:\n"
         "  specialist-advice: { title: Seek specialist advice }\n"
         "information:\n"
         "  right-to-request: { text: You can ask for an assessment. }\n"
         "provision:\n"
         "  quiet-space: { area: semh, title: Quiet space, source: oap#p1 }\n";
}

}  // namespace apdr::checktest
