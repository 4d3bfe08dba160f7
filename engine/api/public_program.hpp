#pragma once
// What a public apdr::api::Program holds, and the conversions the public
// API's sources share. Internal: never installed.
#include <memory>
#include <string>
#include <vector>

#include "apdr/engine.hpp"
#include "apdr/program.hpp"
#include "core/diagnostic.hpp"

namespace apdr::api {

struct Program::Impl {
  std::shared_ptr<const apdr::Program> compiled;
};

// The engine's diagnostics as the public struct, in the same order.
std::vector<Diagnostic> to_public(const Diagnostics& diagnostics);

// No exception may escape the public API: one from the engine (memory
// running out, a bug) becomes this error, code "internal".
Diagnostic internal_error(const std::string& doing, const std::string& what);

}  // namespace apdr::api
