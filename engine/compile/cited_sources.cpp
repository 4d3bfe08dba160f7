#include "compile/cited_sources.hpp"

#include <algorithm>
#include <string_view>

#include "check/citation.hpp"
#include "compile/program.hpp"

namespace apdr::run {
namespace {

// What `cite` ("cop#6.59", or a bare "cop") names among the model's
// sources; source -1 when it names none, and the result lists nothing for it.
Program::CitedSource cited_source(Program& program, std::string_view cite) {
  const check::Model& model = *program.model;
  Program::CitedSource cited;
  cited.cite = cite;
  auto hash = cite.find('#');
  std::string_view id = cite.substr(0, hash);
  for (std::size_t k = 0; k < model.sources.size(); ++k) {
    if (model.sources[k].id != id) continue;
    cited.source = static_cast<int>(k);
    if (hash == std::string_view::npos) break;  // the source as a whole: no place in it
    // Worked out when the rule set was checked; a model built some other
    // way (by hand, in a test) has them worked out here.
    cited.citation = check::find_citation(model, cite);
    if (cited.citation == nullptr) {
      cited.citation = &program.made_citations.emplace_back(check::citation_of(model.sources[k], cite));
    }
    break;
  }
  return cited;
}

}  // namespace

void fill_cited_sources(Program& program) {
  const check::Model& model = *program.model;
  // Every distinct text an entry cites, then the ones naming a source, in
  // the order a result lists them: by source, then in reading order of the
  // place (check::cites_before); the bare id first, as it lists no place.
  program.cited.clear();
  for (std::string_view text : check::cited_texts(model)) {
    Program::CitedSource cited = cited_source(program, text);
    if (cited.source >= 0) program.cited.push_back(cited);
  }
  std::sort(program.cited.begin(), program.cited.end(),
            [](const Program::CitedSource& a, const Program::CitedSource& b) {
              if (a.source != b.source) return a.source < b.source;
              if ((a.citation == nullptr) != (b.citation == nullptr)) return a.citation == nullptr;
              return a.citation != nullptr && check::cites_before(a.cite, b.cite);
            });

  auto index_of = [&](const std::string& source) {
    for (std::size_t i = 0; i < program.cited.size(); ++i) {
      if (program.cited[i].cite == source) return static_cast<int>(i);
    }
    return -1;
  };
  auto fill = [&](const auto& entries, std::vector<int>& out) {
    out.clear();
    for (const auto& entry : entries) out.push_back(entry.source.empty() ? -1 : index_of(entry.source));
  };
  fill(model.provision, program.provision_cited);
  fill(model.steps, program.step_cited);
  fill(model.information, program.information_cited);
  fill(model.rules, program.rule_cited);
}

}  // namespace apdr::run
