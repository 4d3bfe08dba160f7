#pragma once
// Turns one checked expression tree into instructions (compile/instruction.hpp)
// at the end of the program's code. Every name was resolved by the checker;
// here each becomes a direct read of a Facts slot, a folded constant or a
// call, so evaluation never looks up a name or compares ids.
#include "compile/program.hpp"
#include "load/syntax.hpp"

namespace apdr::run {

// `source` is the expression as written, for the place a value that cannot
// be computed is reported at.
Compiled compile_expression(Program& program, const syntax::Expression& source);

// The name of a fact, as listed under `missing` ("ehc.decided", "attendance",
// "cycles(semh).outcome").
std::string fact_name_of_cycle_field(Area area, check::CycleField field);

}  // namespace apdr::run
