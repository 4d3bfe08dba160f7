#pragma once
// The lists of a Result: views into arenas the Result owns, so that a
// Result reused pupil after pupil keeps its room and allocates nothing once
// it has seen a pupil as large as the next.
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <span>
#include <vector>

namespace apdr::eval {

// A read-only view of `size` items at `data`. It owns nothing: the arena
// that made it keeps the items, until that arena is reset.
template <typename T>
class List {
 public:
  using value_type = T;
  using const_iterator = const T*;
  using iterator = const T*;

  List() = default;
  List(const T* data, std::uint32_t size) : data_(data), size_(size) {}

  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const T& operator[](std::size_t i) const { return data_[i]; }
  const T& front() const { return data_[0]; }
  const T& back() const { return data_[size_ - 1]; }
  std::span<const T> span() const { return {data_, size_}; }

  // Equal to any range of the same length whose items compare equal, so a
  // test may write `list == std::vector<std::string>{"a", "b"}`.
  template <typename Range>
  friend bool operator==(const List& list, const Range& other)
    requires requires { std::begin(other); std::end(other); }
  {
    auto it = std::begin(other);
    auto last = std::end(other);
    for (const T& item : list) {
      if (it == last || !(item == *it)) return false;
      ++it;
    }
    return it == last;
  }
  friend bool operator==(const List& a, const List& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (!(a[i] == b[i])) return false;
    }
    return true;
  }

 private:
  const T* data_ = nullptr;
  std::uint32_t size_ = 0;
};

// Where the lists of a Result live: blocks that never move once made (a
// List points into them), filled front to back and emptied by reset(),
// which keeps the blocks for the next pupil. T is copied in, so it should
// be cheap to copy (views, small structs of views).
template <typename T>
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  Arena(Arena&&) noexcept = default;
  Arena& operator=(Arena&&) noexcept = default;

  // A list holding a copy of `items`, contiguous in one block.
  List<T> copy(std::span<const T> items) {
    if (items.empty()) return {};
    T* at = room_for(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) at[i] = items[i];
    return {at, static_cast<std::uint32_t>(items.size())};
  }
  List<T> copy(std::initializer_list<T> items) { return copy(std::span<const T>(items.begin(), items.size())); }
  List<T> copy(const std::vector<T>& items) { return copy(std::span<const T>(items)); }

  // Forgets every list made so far; their room is reused.
  void reset() {
    block_ = 0;
    used_ = 0;
  }

 private:
  static constexpr std::size_t block_items = 256;

  struct Block {
    std::unique_ptr<T[]> items;
    std::size_t capacity = 0;
  };

  T* room_for(std::size_t n) {
    while (block_ < blocks_.size() && used_ + n > blocks_[block_].capacity) {
      ++block_;
      used_ = 0;
    }
    if (block_ == blocks_.size()) {
      std::size_t capacity = n > block_items ? n : block_items;
      blocks_.push_back({std::make_unique<T[]>(capacity), capacity});
      used_ = 0;
    }
    T* at = blocks_[block_].items.get() + used_;
    used_ += n;
    return at;
  }

  std::vector<Block> blocks_;
  std::size_t block_ = 0;  // the block being filled
  std::size_t used_ = 0;   // items used in it
};

}  // namespace apdr::eval
