#pragma once
// How many times the program has allocated: every global operator new is
// counted (allocations.cpp replaces them), so a benchmark can report the
// allocations one warm evaluation makes (the goal is none, issue 17).
#include <cstdint>

namespace apdr::bench {

// Allocations since the program started, on every thread.
std::uint64_t allocations();

}  // namespace apdr::bench
