#pragma once
// The context a compiled expression runs in: the pupil's facts, prepared
// once per evaluation into arrays indexed the way the compiler resolved
// names, so that running a rule does no name or string lookups.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "compile/trace.hpp"
#include "compile/value.hpp"
#include "core/source.hpp"

namespace apdr::run {

class Program;

struct Facts {
  const profile::Profile* profile = nullptr;
  Date today;
  std::array<int, 4> level{-1, -1, -1, -1};    // local level index per area; -1: no need
  std::array<std::shared_ptr<const std::vector<Value>>, 4> cycles;  // per area, oldest first
  std::shared_ptr<const std::vector<Value>> needs;
  std::vector<int> cycle_level;                // per profile cycle: local level index or -1
  std::vector<int> need_level;                 // per profile need
  std::vector<std::shared_ptr<const std::vector<Value>>> need_codes;  // per profile need, as code values
  std::uint32_t codes_present = 0;             // bit i: some need has census code i
  std::vector<Value> inputs;                   // per model input; unknown when not given
  std::vector<bool> in_place;                  // per provision item; all false when not recorded
  bool in_place_recorded = false;              // the profile records what is in place
};

// Facts that were read but unknown while evaluating one expression: what a
// profile would have to add to decide it. Only collected on request.
// Also where the first value that no fact could have supplied turned up
// (`x / 0`, a date past the calendar's end): such an expression is
// undetermined with reason cannot-compute, and no question would settle it.
struct CannotCompute {
  SourceLocation where;
  const char* why = "";   // "a division by zero", …
};

struct Missing {
  std::vector<std::string> facts;
  std::optional<CannotCompute> cannot_compute;
  void add(std::string fact);
};

struct Frame {
  const Program& program;
  const Facts& facts;
  const Value* element = nullptr;          // the list element inside `where`
  Missing* missing = nullptr;              // null: do not collect (the fast path)
  Trace* trace = nullptr;                  // null: no listener (the fast path)
  std::vector<Value> derived;              // cached derived values (this round of levels)
  std::vector<char> derived_ready;         // 0: not yet; 1: ready; 2: ready, and it used the calendar's pattern
  // Set when a working-day answer rested on the calendar's regular pattern
  // beyond its list: the evaluator clears it before a due date and reads it
  // after, so the date can say it is provisional.
  bool calendar_pattern_used = false;
  // The parameters read so far (bit i: parameter i; parameters past 63 are
  // not tracked, and count as read). The evaluator clears it before a due
  // date and reads it after, so a date says it rests on a default only when
  // the branch it took read one: an agreed review date assumes no interval.
  std::uint64_t parameters_read = 0;
  std::vector<std::uint64_t> derived_parameters;  // per cached derived value: the parameters it read

  Frame(const Program& p, const Facts& f);
  // Forget derived values: levels changed, and derived values may read them.
  void reset_derived();
};

}  // namespace apdr::run
