#include "compile/frame.hpp"

#include <algorithm>

namespace apdr::run {

namespace {
// Most runs make a few short lists; a chunk holds many of them.
constexpr std::size_t chunk_values = 256;
}  // namespace

Value* Scratch::allocate(std::size_t count) {
  // The chunks are visited in the same order after every clear(), so the
  // same run finds room where it found it before.
  while (chunk_ < chunks_.size()) {
    Chunk& chunk = chunks_[chunk_];
    if (chunk.size - used_ >= count) {
      Value* at = chunk.values.get() + used_;
      used_ += count;
      return at;
    }
    ++chunk_;
    used_ = 0;
  }
  std::size_t size = std::max(chunk_values, count);
  chunks_.push_back({std::make_unique<Value[]>(size), size});
  chunk_ = chunks_.size() - 1;
  used_ = count;
  return chunks_.back().values.get();
}

void Scratch::give_back(const Value* last, std::size_t count, std::size_t used) {
  if (chunk_ >= chunks_.size() || used_ < count) return;
  // Only the newest allocation can shrink: anything made after it sits above it.
  if (chunks_[chunk_].values.get() + (used_ - count) != last) return;
  used_ -= count - used;
}

std::size_t Scratch::capacity() const {
  std::size_t total = 0;
  for (const auto& chunk : chunks_) total += chunk.size;
  return total;
}

}  // namespace apdr::run
