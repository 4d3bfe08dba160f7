#pragma once
// A set of catalogue indices (provision or information items) as bits:
// filled in any order, read back in catalogue order with no sort. A pupil's
// candidates are a handful of a catalogue of a few hundred, so clearing and
// scanning a few words costs less than sorting them.
#include <bit>
#include <cstdint>
#include <vector>

namespace apdr::eval {

class ItemSet {
 public:
  // Empties the set, for indices below `size`.
  void reset(std::size_t size) { words_.assign((size + 63) / 64, 0); }
  void add(std::size_t i) { words_[i / 64] |= std::uint64_t{1} << (i % 64); }
  bool contains(std::size_t i) const { return (words_[i / 64] >> (i % 64)) & 1u; }
  // The indices in the set, ascending, into `out` (emptied first).
  void list(std::vector<int>& out) const {
    out.clear();
    for (std::size_t w = 0; w < words_.size(); ++w) {
      for (std::uint64_t bits = words_[w]; bits != 0; bits &= bits - 1) {
        out.push_back(static_cast<int>(w * 64 + static_cast<std::size_t>(std::countr_zero(bits))));
      }
    }
  }

 private:
  std::vector<std::uint64_t> words_;
};

}  // namespace apdr::eval
