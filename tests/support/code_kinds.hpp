#pragma once
// The three kinds of code every expression is compiled to (fast, plain,
// traced: compile/program.hpp), for tests that hold them equal: which one
// a run takes, a listener that hears nothing, and whether a run of code
// holds an operation.
#include "compile/program.hpp"
#include "compile/trace.hpp"

namespace apdr::testing {

enum class Code { fast, plain, traced };

// A listener, so that a run takes traced code.
class SilentTrace : public run::Trace {
 public:
  void enter(const expr::Node&) override {}
  void leave(const expr::Node&, const run::Value&) override {}
  void element(std::size_t, const run::Value&) override {}
};

// Runs `expression` as `code`: plain code when missing facts are collected
// (into `missing`), traced code when a listener is attached as well.
inline run::Value run_as(const run::Compiled& expression, run::Frame& frame, Code code, run::Missing& missing) {
  SilentTrace silent;
  frame.missing = code == Code::fast ? nullptr : &missing;
  frame.trace = code == Code::traced ? &silent : nullptr;
  run::Value v = expression(frame);
  frame.missing = nullptr;
  frame.trace = nullptr;
  return v;
}

// Whether the instructions of `span` include `op`.
inline bool holds(const run::Program& program, run::Span span, run::Op op) {
  for (auto i = span.begin; i < span.end; ++i) {
    if (program.code[i].op == op) return true;
  }
  return false;
}

}  // namespace apdr::testing
