#pragma once
// The context a compiled expression runs in: the pupil's facts, prepared
// once per evaluation into arrays indexed the way the compiler resolved
// names, so that running a rule does no name or string lookups.
#include <array>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "compile/trace.hpp"
#include "compile/value.hpp"
#include "core/source.hpp"

namespace apdr::run {

class Program;

// The pupil's facts. The lists (needs, cycles by area, each need's codes,
// the text lists) are views into `items`, which this object owns: a Facts
// is filled again for the next pupil without giving its arrays back
// (eval::prepare_facts). Moving a Facts keeps the views valid; copying one
// leaves the copy's views pointing into the original's items.
struct Facts {
  const profile::Profile* profile = nullptr;
  Date today;
  std::array<int, 4> level{-1, -1, -1, -1};    // local level index per area; -1: no need
  std::array<Value, 4> cycles{Value::of_list(nullptr, 0), Value::of_list(nullptr, 0), Value::of_list(nullptr, 0),
                              Value::of_list(nullptr, 0)};  // per area, oldest first
  Value needs = Value::of_list(nullptr, 0);
  // The pupil's and the EHC record's fields as values (index: the
  // check::PupilField, the check::EhcField), unknown when not given: read
  // once per pupil, so a rule's read is one load.
  std::array<Value, 4> pupil{};
  std::array<Value, 12> ehc{};
  std::vector<int> cycle_level;                // per profile cycle: local level index or -1
  std::vector<int> need_level;                 // per profile need
  std::vector<Value> need_codes;               // per profile need: its codes, as code values
  std::vector<Value> advice_from;              // per profile cycle: a list of texts
  std::vector<Value> awaiting_assessment;      // per profile need: a list of texts
  std::uint32_t codes_present = 0;             // bit i: some need has census code i
  std::vector<Value> inputs;                   // per model input; unknown when not given
  std::vector<bool> in_place;                  // per provision item; all false when not recorded
  bool in_place_recorded = false;              // the profile records what is in place
  std::vector<Value> items;                    // what the lists above point into
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
  // Views of names the Program holds ("cycles(semh).outcome"), so that
  // collecting them makes no strings.
  std::vector<std::string_view> facts;
  std::optional<CannotCompute> cannot_compute;
  void add(std::string_view fact);
};

// Values made while running an expression (a list literal of facts, a
// `where`'s result) live here. The pool is emptied, not freed, before each
// run, so once it has grown to what a rule set needs no run allocates.
// Chunks never move: a list's items keep their address while the pool grows.
class Scratch {
 public:
  // Room for `count` values side by side, valid until clear().
  Value* allocate(std::size_t count);
  // The last allocation used only its first `used` values: the rest is free again.
  void give_back(const Value* last, std::size_t count, std::size_t used);
  void clear() { chunk_ = 0; used_ = 0; }
  // Values the pool holds room for (what it allocated so far).
  std::size_t capacity() const;

 private:
  struct Chunk {
    std::unique_ptr<Value[]> values;
    std::size_t size = 0;
  };
  std::vector<Chunk> chunks_;
  std::size_t chunk_ = 0;   // the chunk being filled
  std::size_t used_ = 0;    // values used in it
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

  // The interpreter's working state, kept between runs so that they reuse
  // its room: the value stack, the scratch pool (emptied when an outermost
  // run starts) and where cached derived lists are kept (emptied with the
  // cache, since a cached value outlives the run that made it).
  //
  // The stack never grows: a run pushes at most one value per instruction
  // it holds (Program::stack_room), a part or a derived value it starts
  // pushes above its own, and no derived value reads itself, so a run never
  // needs more room than the program holds instructions.
  std::vector<Value> stack;
  Value* top = nullptr;                    // where the run being started pushes its first value
  Scratch scratch;
  Scratch derived_scratch;
  int depth = 0;                           // runs in progress (a derived value runs inside a rule)

  Frame(const Program& p, const Facts& f);
  // Forget derived values: levels changed, and derived values may read them.
  void reset_derived();
};

}  // namespace apdr::run
