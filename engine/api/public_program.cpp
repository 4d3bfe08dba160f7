// Building a public Program: the same pipeline as `apdr check`/`eval`
// (engine.cpp), with the root file's text given and every other file asked
// of the integrator's resolver.
#include "apdr/program.hpp"

#include "api/public_program.hpp"
#include "check/check.hpp"
#include "compile/program.hpp"
#include "load/load.hpp"

namespace apdr::api {
namespace {

Build failed(Diagnostics& diagnostics, const std::string& what) {
  Build build{nullptr, to_public(diagnostics)};
  build.diagnostics.push_back(internal_error("building the rule set", what));
  return build;
}

Build finish(std::optional<syntax::Chain> chain, Diagnostics& diagnostics) {
  if (!chain) {
    diagnostics.sort();
    return Build{nullptr, to_public(diagnostics)};
  }
  auto model = check::check(std::move(*chain), diagnostics);
  diagnostics.sort();
  if (diagnostics.has_errors()) return Build{nullptr, to_public(diagnostics)};
  auto impl = std::make_unique<Program::Impl>();
  impl->compiled = run::compile(std::move(model));
  return Build{std::make_shared<const Program>(std::move(impl)), to_public(diagnostics)};
}

}  // namespace

Program::Program(std::unique_ptr<const Impl> impl) : impl_(std::move(impl)) {}
Program::~Program() = default;

const std::string& Program::id() const { return program_id(*impl_->compiled); }

std::vector<std::string> Program::chain() const {
  return impl_->compiled->model->chain_ids;
}

Build build_program(const std::string& name, const std::string& text, const IncludeResolver& resolver) {
  Diagnostics diagnostics;
  try {
    // The texts only have to live while the rule set is built: the program
    // keeps what it needs of them.
    SourceStore sources;
    load::TextResolver none = [](const std::string&) -> std::optional<std::string> { return std::nullopt; };
    auto chain = load::load_chain_with_resolver(name, text, resolver ? load::TextResolver(resolver) : none,
                                                sources, diagnostics);
    return finish(std::move(chain), diagnostics);
  } catch (const std::exception& error) {
    return failed(diagnostics, error.what());
  }
}

Build build_embedded(const std::string& reference) {
  Diagnostics diagnostics;
  try {
    if (!reference.starts_with("apdr:")) {
      diagnostics.error(Code::UnknownEmbedded, {}, "an embedded rule set is named `apdr:NAME`, as `apdr:national`");
      return Build{nullptr, to_public(diagnostics)};
    }
    SourceStore sources;
    return finish(load::load_chain(reference, sources, diagnostics), diagnostics);
  } catch (const std::exception& error) {
    return failed(diagnostics, error.what());
  }
}

}  // namespace apdr::api
